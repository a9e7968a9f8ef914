//! Reader extraction: the article's metadata, its root element and its body as blocks.

mod blocks;
mod metadata;
mod scoring;

use crate::dom::{Document, NodeId};
use crate::model::Block;
pub use metadata::Metadata;

pub struct Article {
    pub meta: Metadata,
    /// The element holding the article body.
    pub root: Option<NodeId>,
    pub blocks: Vec<Block>,
    /// The body as plain text, blocks separated by blank lines.
    pub text: String,
    pub readerable: bool,
}

pub fn extract(doc: &Document, url: Option<&str>) -> Article {
    let meta = metadata::read(doc, url);
    let root = scoring::find_root(doc);
    let blocks = root.map_or_else(Vec::new, |r| blocks::render(doc, r, url));
    let text = blocks
        .iter()
        .map(Block::plain_text)
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    let readerable = scoring::is_readerable(doc);
    Article {
        meta,
        root,
        blocks,
        text,
        readerable,
    }
}
