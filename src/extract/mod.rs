//! Reader extraction: the article's metadata, its root element and its body as blocks.
//!
//! The pipeline runs with every rule on, and retries with fewer rules when too little text comes
//! back (the page's markup fooled a rule), keeping the longest result.

mod blocks;
mod cleaning;
mod metadata;
mod scoring;
mod signals;

use crate::dom::{Document, NodeId};
use crate::model::Block;
pub use metadata::Metadata;
use scoring::Flags;

pub struct Article {
    pub meta: Metadata,
    /// The element holding the article body.
    pub root: Option<NodeId>,
    pub blocks: Vec<Block>,
    /// The body as plain text, blocks separated by blank lines.
    pub text: String,
    pub readerable: bool,
}

/// An article shorter than this (in characters) makes the pipeline retry with fewer rules.
const MIN_ARTICLE_CHARS: usize = 500;

pub fn extract(doc: &Document, url: Option<&str>) -> Article {
    let meta = metadata::read(doc, url);
    let base = metadata::base_url(doc, url);
    let title = meta.title.clone().unwrap_or_default();
    let attempts = [
        Flags::ALL,
        Flags {
            strip_unlikely: false,
            ..Flags::ALL
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
    let mut best: Option<(Option<NodeId>, Vec<Block>, String)> = None;
    for flags in attempts {
        let skip = scoring::skipped_nodes(doc, flags);
        let Some(selection) = scoring::select(doc, &skip, flags) else {
            break;
        };
        let blocks =
            blocks::Renderer::new(doc, &skip, flags, base.clone(), &title).render(&selection.parts);
        let text = plain_text(&blocks);
        let long_enough = text.chars().count() >= MIN_ARTICLE_CHARS;
        if best.as_ref().is_none_or(|(_, _, t)| text.len() > t.len()) {
            best = Some((Some(selection.root), blocks, text));
        }
        if long_enough {
            break;
        }
    }
    let (root, blocks, text) = best.unwrap_or((None, Vec::new(), String::new()));
    let readerable = scoring::is_readerable(doc);
    let mut meta = meta;
    if meta.excerpt.is_none() {
        meta.excerpt = blocks.iter().find_map(|b| match b {
            Block::Paragraph { .. } => Some(b.plain_text()),
            _ => None,
        });
    }
    if meta.lead_image.is_none() {
        meta.lead_image = blocks.iter().find_map(|b| match b {
            Block::Figure { src, .. } => Some(src.clone()),
            _ => None,
        });
    }
    Article {
        meta,
        root,
        blocks,
        text,
        readerable,
    }
}

/// The body's text: every block but figures, whose captions describe pictures rather than tell
/// the story (the reader still shows them).
fn plain_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .filter(|b| !matches!(b, Block::Figure { .. }))
        .map(Block::plain_text)
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
