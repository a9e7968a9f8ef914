//! The article body as structured blocks.

use crate::dom::{Document, NodeId};
use crate::model::{Block, Inline};

pub fn render(doc: &Document, root: NodeId, _url: Option<&str>) -> Vec<Block> {
    doc.descendants(root)
        .filter(|&i| doc.tag(i) == "p")
        .map(|p| Block::Paragraph {
            inlines: vec![Inline::Text {
                text: doc.text_content(p),
            }],
        })
        .collect()
}
