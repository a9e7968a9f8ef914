//! The arena DOM that every analysis runs on.
//!
//! Nodes live in one `Vec` in document (pre-)order, so a node's descendants are exactly the ids
//! `id + 1 .. subtree_end(id)`. That makes "is inside" a range check and lets per-node statistics
//! be computed in a single backward pass. Two builders fill it: `html` (html5ever, native only)
//! and `snapshot` (the compact walk of a live page that the content script sends).

mod builder;
pub mod hash;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
mod path;
pub mod snapshot;
mod stats;

pub use builder::DocumentBuilder;
pub use stats::TextStats;

/// Index of a node in [`Document::nodes`]. The document node is always 0.
pub type NodeId = usize;

#[derive(Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    /// One past the last descendant: descendants are `id + 1 .. end`.
    pub end: NodeId,
    pub kind: NodeKind,
}

#[derive(Debug)]
pub enum NodeKind {
    Document,
    Element(Element),
    Text(String),
}

#[derive(Debug)]
pub struct Element {
    /// Lower-case local name.
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    /// Position among all elements in document order; the live-page side uses it to find the
    /// element again.
    pub ordinal: u32,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Elements whose text is never content (scripts, styles, templates and the like).
pub fn is_non_content_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "textarea"
    )
}

#[derive(Debug)]
pub struct Document {
    pub nodes: Vec<Node>,
    pub stats: Vec<TextStats>,
    /// The `meta` elements in document order: metadata reads them many times, by key.
    metas: Vec<NodeId>,
    /// What each node's `class` and `id` say in the extraction's vocabularies, filled on first
    /// use by `extract::signals` (every pass of the pipeline asks it of every element).
    pub(crate) class_id_bits: std::sync::OnceLock<Vec<u32>>,
}

impl Document {
    pub const ROOT: NodeId = 0;

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id].kind {
            NodeKind::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The element's tag, or "" for text and the document node.
    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| e.tag.as_str())
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].kind {
            NodeKind::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    /// True when the space-separated attribute `name` (`rel`, `itemprop`, `class`) holds
    /// `token`, ignoring ASCII case.
    pub fn has_token(&self, id: NodeId, name: &str, token: &str) -> bool {
        self.attr(id, name).is_some_and(|v| {
            v.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(token))
        })
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id].children
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].parent
    }

    /// The element children of `id`.
    pub fn child_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes[id]
            .children
            .iter()
            .copied()
            .filter(|&c| self.element(c).is_some())
    }

    /// Every node below `id`, in document order.
    pub fn descendants(&self, id: NodeId) -> std::ops::Range<NodeId> {
        id + 1..self.nodes[id].end
    }

    /// True when `inner` is `outer` or lies inside it.
    pub fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        inner >= outer && inner < self.nodes[outer].end
    }

    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent, move |&p| self.nodes[p].parent)
    }

    /// All elements in document order.
    pub fn elements(&self) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len()).filter(|&i| self.element(i).is_some())
    }

    /// The first element with this tag, in document order.
    pub fn find_tag(&self, tag: &str) -> Option<NodeId> {
        self.elements().find(|&i| self.tag(i) == tag)
    }

    /// The class attribute split into tokens.
    pub fn classes(&self, id: NodeId) -> impl Iterator<Item = &str> {
        self.attr(id, "class")
            .unwrap_or("")
            .split_ascii_whitespace()
    }

    /// `class` and `id` joined, lower-cased: the string most signals look at.
    pub fn class_and_id(&self, id: NodeId) -> String {
        let (class, id) = (self.attr(id, "class"), self.attr(id, "id"));
        let mut s =
            String::with_capacity(class.map_or(0, str::len) + id.map_or(0, |i| i.len() + 1));
        if let Some(c) = class {
            s.push_str(c);
        }
        if let Some(i) = id {
            s.push(' ');
            s.push_str(i);
        }
        s.make_ascii_lowercase();
        s
    }

    /// The visible text below `id` with white space collapsed (scripts, styles and other
    /// non-content elements skipped).
    pub fn text_content(&self, id: NodeId) -> String {
        self.text_content_except(id, |_| false)
    }

    /// `text_content` without the elements below `id` that `leave_out` names.
    pub fn text_content_except(&self, id: NodeId, leave_out: impl Fn(NodeId) -> bool) -> String {
        // At least a byte per counted character: room enough that the string rarely grows.
        let mut out = String::with_capacity(self.stats[id].chars as usize);
        let mut i = id;
        let end = self.nodes[id].end;
        while i < end {
            match &self.nodes[i].kind {
                NodeKind::Element(e) if i != id && (is_non_content_tag(&e.tag) || leave_out(i)) => {
                    i = self.nodes[i].end;
                    continue;
                }
                NodeKind::Text(t) => push_collapsed(&mut out, t),
                // A line break parts words as a space would ("Jane Doe<br>March 25").
                NodeKind::Element(e) if e.tag == "br" => push_collapsed(&mut out, " "),
                _ => {}
            }
            i += 1;
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }

    /// True when the markup itself hides the element (`hidden`, `aria-hidden`, inline
    /// `display:none` or `visibility:hidden`).
    pub fn is_hidden_by_markup(&self, id: NodeId) -> bool {
        let Some(e) = self.element(id) else {
            return false;
        };
        if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
            return true;
        }
        e.attr("style").is_some_and(|s| {
            let s: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    }

    /// The meta tag content for `name` or `property` (first match).
    /// The `meta` elements, in document order.
    pub fn meta_elements(&self) -> &[NodeId] {
        &self.metas
    }

    pub fn meta(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .copied()
            .find(|&i| {
                self.attr(i, "property")
                    .or_else(|| self.attr(i, "name"))
                    .or_else(|| self.attr(i, "itemprop"))
                    .is_some_and(|k| k.eq_ignore_ascii_case(key))
            })
            .and_then(|i| self.attr(i, "content"))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// Appends `text` to `out`, folding runs of white space into one space.
pub fn push_collapsed(out: &mut String, text: &str) {
    // Runs of non-space are copied whole; bytes are read one by one and only non-ASCII
    // characters decoded (most text is ASCII).
    let b = text.as_bytes();
    let (mut i, mut run) = (0, 0);
    while i < b.len() {
        let (space, len) = if b[i] < 0x80 {
            (
                matches!(b[i], b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' '),
                1,
            )
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            out.push_str(&text[run..i]);
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            run = i + len;
        }
        i += len;
    }
    out.push_str(&text[run..]);
}

/// `text` with white space folded and trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}
