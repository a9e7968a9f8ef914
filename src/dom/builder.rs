//! Fills a [`Document`] from a stream of open / text / close events, which is what both the
//! html5ever walk and the live-page snapshot produce.

use super::{Document, Element, Node, NodeId, NodeKind, stats};

pub struct DocumentBuilder {
    nodes: Vec<Node>,
    open: Vec<NodeId>,
    elements: u32,
    metas: Vec<NodeId>,
}

impl Default for DocumentBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl DocumentBuilder {
    pub fn new() -> Self {
        Self::with_capacity(1)
    }

    /// A builder with room for `nodes` nodes (the document node counts), when the caller knows
    /// about how many are coming: the arena then grows without copying itself.
    pub fn with_capacity(nodes: usize) -> Self {
        let root = Node {
            parent: None,
            children: Vec::new(),
            end: 0,
            kind: NodeKind::Document,
        };
        let mut all = Vec::with_capacity(nodes.max(1));
        all.push(root);
        DocumentBuilder {
            nodes: all,
            open: vec![Document::ROOT],
            elements: 0,
            metas: Vec::new(),
        }
    }

    fn push(&mut self, kind: NodeKind) -> NodeId {
        let id = self.nodes.len();
        let parent = *self.open.last().expect("the document node is never closed");
        self.nodes[parent].children.push(id);
        self.nodes.push(Node {
            parent: Some(parent),
            children: Vec::new(),
            end: 0,
            kind,
        });
        id
    }

    /// Opens an element; everything until the matching [`close`](Self::close) goes inside it.
    pub fn open(&mut self, tag: &str, attrs: Vec<(String, String)>) -> NodeId {
        let element = Element {
            tag: tag.to_ascii_lowercase(),
            attrs,
            ordinal: self.elements,
        };
        self.elements += 1;
        let is_meta = element.tag == "meta";
        let id = self.push(NodeKind::Element(element));
        if is_meta {
            self.metas.push(id);
        }
        self.open.push(id);
        id
    }

    /// Adds text to the open element, merging it with a text node just before it.
    pub fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let parent = *self.open.last().expect("the document node is never closed");
        if let Some(&last) = self.nodes[parent].children.last() {
            if last + 1 == self.nodes.len() {
                if let NodeKind::Text(t) = &mut self.nodes[last].kind {
                    t.push_str(text);
                    return;
                }
            }
        }
        self.push(NodeKind::Text(text.to_string()));
    }

    /// Closes the innermost open element. Extra closes are ignored.
    pub fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    pub fn depth(&self) -> usize {
        self.open.len() - 1
    }

    pub fn finish(mut self) -> Document {
        // Pre-order ids: a node's subtree ends where the next node that is not its descendant
        // starts. Walking backwards, each node's end is the end of its last child (or itself + 1).
        for id in (0..self.nodes.len()).rev() {
            let end = match self.nodes[id].children.last() {
                Some(&last) => self.nodes[last].end,
                None => id + 1,
            };
            self.nodes[id].end = end;
        }
        let stats = stats::compute(&self.nodes);
        Document {
            nodes: self.nodes,
            stats,
            metas: self.metas,
            class_id_bits: Default::default(),
        }
    }
}
