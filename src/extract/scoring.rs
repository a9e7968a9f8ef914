//! Finding the article's root element.

use crate::dom::{Document, NodeId};

pub fn find_root(doc: &Document) -> Option<NodeId> {
    doc.find_tag("article").or_else(|| doc.find_tag("body"))
}

pub fn is_readerable(_doc: &Document) -> bool {
    false
}
