//! Clean-up in place: which blocks around the article to hide, of which kind, and why.

use crate::dom::{Document, NodeId};
use crate::model::{ClutterKind, Link};

/// What the clean-up knows of the article it must protect and compare headlines with.
pub struct ArticleContext<'a> {
    /// The element holding the article body, when one was found.
    pub root: Option<NodeId>,
    pub title: &'a str,
    pub url: Option<&'a str>,
    /// The article's plain text.
    pub text: &'a str,
}

/// One element to hide.
pub struct Decision {
    pub node: NodeId,
    pub kind: ClutterKind,
    pub reason: String,
}

pub struct CleanUp {
    /// Outermost elements to hide, in document order.
    pub hidden: Vec<Decision>,
    /// Links of headline blocks that are about the article's topic (kept on the page).
    pub related: Vec<Link>,
}

pub fn detect(_doc: &Document, _article: &ArticleContext) -> CleanUp {
    CleanUp {
        hidden: Vec::new(),
        related: Vec::new(),
    }
}
