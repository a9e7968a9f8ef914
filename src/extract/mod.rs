//! Reader extraction: the article's metadata, its root element and its body as blocks.
//!
//! The pipeline runs with every rule on, and retries with fewer rules when too little text comes
//! back (the page's markup fooled a rule), keeping the longest result. Once the clean-up has
//! decided what to hide, [`Article::leave_out`] renders the body again without those blocks, so
//! the reader never shows what the page clean-up hid.

mod blocks;
mod cleaning;
mod metadata;
mod scoring;
mod signals;

use crate::dom::{Document, NodeId};
use crate::model::{Block, Removed};
pub use metadata::{Metadata, is_article_type_name};
use scoring::{Flags, Selection, Skip};

pub struct Article {
    pub meta: Metadata,
    /// The element holding the article body.
    pub root: Option<NodeId>,
    pub blocks: Vec<Block>,
    /// The body as plain text, blocks separated by blank lines.
    pub text: String,
    pub readerable: bool,
    /// What the reader left out of the body, and why.
    pub removed: Vec<Removed>,
    /// How the body was chosen, kept so it can be rendered again.
    chosen: Option<(Selection, Flags)>,
    base: Option<String>,
}

/// One pass of the pipeline: what it chose, with which rules, what it rendered, and its text.
type Attempt = (Selection, Flags, blocks::Rendered, String);

/// An article shorter than this (in characters) makes the pipeline retry with fewer rules.
const MIN_ARTICLE_CHARS: usize = 500;
/// A body with less than this share of its content's words makes the pipeline retry too.
const MIN_COVERAGE: f32 = 0.25;

const ATTEMPTS: [Flags; 4] = [
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

pub fn extract(doc: &Document, url: Option<&str>) -> Article {
    let mut meta = metadata::read(doc, url);
    let base = metadata::base_url(doc, url);
    let mut title = meta.title.clone().unwrap_or_default();
    let mut best: Option<Attempt> = None;
    for flags in ATTEMPTS {
        let skip = scoring::skipped_nodes(doc, flags);
        let Some(selection) = scoring::select(doc, &skip, flags) else {
            break;
        };
        if best.is_none() {
            // The headline stands next to the body: now that it is found, choose again.
            meta.title = metadata::title(doc, meta.ld_headline.as_deref(), Some(selection.root));
            title = meta.title.clone().unwrap_or_default();
        }
        let rendered =
            blocks::Renderer::new(doc, &skip, flags, base.clone(), &title).render(&selection.parts);
        let text = plain_text(&rendered);
        // The rules left out most of the chosen content's words: they may have taken the story
        // for furniture (a review inside a "product-widget"); try with fewer.
        let chars = text.chars().count();
        let covers = chars as f32 >= MIN_COVERAGE * kept_chars(doc, &skip, &selection.parts) as f32;
        let long_enough = chars >= MIN_ARTICLE_CHARS && covers;
        if best.as_ref().is_none_or(|(.., t)| text.len() > t.len()) {
            best = Some((selection, flags, rendered, text));
        }
        if long_enough {
            break;
        }
    }
    let readerable = scoring::is_readerable(doc);
    let (
        chosen,
        blocks::Rendered {
            blocks, removed, ..
        },
        text,
    ) = match best {
        Some((selection, flags, rendered, text)) => (Some((selection, flags)), rendered, text),
        None => (
            None,
            blocks::Rendered {
                blocks: Vec::new(),
                removed: Vec::new(),
                cards: Vec::new(),
            },
            String::new(),
        ),
    };
    if let Some((selection, _)) = &chosen {
        let shown = metadata::shown_date(
            doc,
            selection.root,
            meta.title.as_deref(),
            meta.published.as_deref(),
            meta.modified.as_deref(),
        );
        if shown.is_some() {
            meta.published = shown;
        }
    }
    if let Some(dir) = chosen.as_ref().and_then(|(s, _)| declared_dir(doc, s.root)) {
        meta.dir = Some(dir);
    }
    if meta.excerpt.is_none() {
        meta.excerpt = blocks.iter().find_map(|b| match b {
            Block::Paragraph { .. } => Some(b.plain_text()),
            _ => None,
        });
    }
    if meta.lead_image.is_none() {
        meta.lead_image = chosen
            .as_ref()
            .and_then(|(s, _)| blocks::lead_image_before(doc, s.root, base.as_deref()))
            .or_else(|| {
                blocks.iter().find_map(|b| match b {
                    Block::Figure { src, .. } => Some(src.clone()),
                    _ => None,
                })
            });
    }
    Article {
        meta,
        root: chosen.as_ref().map(|(s, _)| s.root),
        blocks,
        text,
        readerable,
        removed,
        chosen,
        base,
    }
}

impl Article {
    /// Renders the body again without the `hidden` elements (and what they hold), when any of
    /// them lies inside it.
    pub fn leave_out(&mut self, doc: &Document, hidden: &[NodeId]) {
        let Some((selection, flags)) = &self.chosen else {
            return;
        };
        let inside: Vec<NodeId> = hidden
            .iter()
            .copied()
            .filter(|&h| {
                selection
                    .parts
                    .iter()
                    .any(|&p| doc.contains(p, h) || doc.contains(h, p))
            })
            .filter(|&h| !selection.parts.iter().any(|&p| doc.contains(h, p)))
            .collect();
        if inside.is_empty() {
            return;
        }
        let mut skip = scoring::skipped_nodes(doc, *flags);
        for h in inside {
            skip[h..doc.node(h).end]
                .iter_mut()
                .for_each(|s| *s = Skip::CleanedUp);
        }
        let title = self.meta.title.clone().unwrap_or_default();
        let rendered = blocks::Renderer::new(doc, &skip, *flags, self.base.clone(), &title)
            .render(&selection.parts);
        self.text = plain_text(&rendered);
        (self.blocks, self.removed) = (rendered.blocks, rendered.removed);
    }
}

/// The characters of text in `parts` that the skip rules keep (hidden, scripts and furniture
/// by name do not count): what the rendering rules could show at most. From the per-node
/// statistics: each part's characters less those of the subtrees it skips.
fn kept_chars(doc: &Document, skip: &[Skip], parts: &[NodeId]) -> usize {
    let mut kept = 0;
    for &part in parts {
        kept += doc.stats[part].chars as usize;
        let mut i = part;
        while i < doc.node(part).end {
            if skip[i].is_out() {
                kept -= doc.stats[i].chars as usize;
                i = doc.node(i).end;
            } else {
                i += 1;
            }
        }
    }
    kept
}

/// The writing direction the page declares nearest to the article (`dir` on the body's
/// container, `main`, `body` or `html`), as Readability reads it.
fn declared_dir(doc: &Document, root: NodeId) -> Option<String> {
    std::iter::once(root)
        .chain(doc.ancestors(root))
        .find_map(|a| doc.attr(a, "dir"))
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| d == "rtl" || d == "ltr")
}

/// The body's text: every block but figures, whose captions describe pictures rather than tell
/// the story, and links to players (the reader still shows both).
fn plain_text(rendered: &blocks::Rendered) -> String {
    rendered
        .blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| !matches!(b, Block::Figure { .. }) && !rendered.cards.contains(i))
        .map(|(_, b)| b)
        .map(Block::plain_text)
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
