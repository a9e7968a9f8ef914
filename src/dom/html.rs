//! Builds the arena from an HTML string with html5ever (native only: CLI, tests, evaluation).
//!
//! Scripting is on, as in a browser with JavaScript, so `<noscript>` content is raw text and the
//! element paths match the corpus scorers' html5lib parse.
//!
//! The same hard limits as the snapshot hold here ([`MAX_NODES`], [`MAX_DEPTH`]): html5ever's
//! tree builder scans its stack of open elements on many tags, so a page nested 100,000 deep
//! takes minutes to parse. The input is fed in chunks and the parse stops once the tree grows
//! past a limit; [`parse_checked`] then declines, [`parse`] keeps what was read so far.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, ParseOpts, QualName, local_name, ns, parse_document};

use super::snapshot::{MAX_DEPTH, MAX_NODES, SnapshotError};
use super::{Document, DocumentBuilder};

/// Bytes handed to the parser between two looks at the limits.
const CHUNK: usize = 16 * 1024;

/// Parses `html` the way a browser does and returns the arena document. Past the hard limits
/// it returns what was parsed up to that point (see [`parse_checked`] to decline instead).
pub fn parse(html: &str) -> Document {
    parse_limited(html).0.build()
}

/// Parses `html`, or says which hard limit it goes past (the CLI declines such pages).
pub fn parse_checked(html: &str) -> Result<Document, SnapshotError> {
    let (tree, exceeded) = parse_limited(html);
    match exceeded {
        Some(e) => Err(e),
        None => Ok(tree.build()),
    }
}

fn parse_limited(html: &str) -> (Tree, Option<SnapshotError>) {
    let mut parser = parse_document(Tree::default(), ParseOpts::default());
    let mut rest = html;
    while !rest.is_empty() {
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        rest = tail;
        parser.process(StrTendril::from_slice(chunk));
        if let Some(e) = parser.tokenizer.sink.sink.exceeded.take() {
            // Stop here: finishing would walk the deep stack once more, for nothing.
            return (parser.tokenizer.sink.sink, Some(e));
        }
    }
    let tree = parser.finish();
    let exceeded = tree.exceeded.take();
    (tree, exceeded)
}

/// The tree html5ever builds, kept in a flat list: the parser moves nodes around (misnested
/// tags, tables) before the arena, which wants document order, can be filled in one walk.
/// Node 0 is the document. It behaves as html5ever's reference DOM (markup5ever_rcdom) does,
/// without a reference-counted allocation per node.
struct Tree {
    nodes: RefCell<Vec<TreeNode>>,
    /// Calls that inserted a node or text (the [`MAX_NODES`] guard).
    inserted: Cell<usize>,
    exceeded: Cell<Option<SnapshotError>>,
}

struct TreeNode {
    parent: Option<usize>,
    children: Vec<usize>,
    data: TreeData,
    /// Element depth when it was last inserted (the [`MAX_DEPTH`] guard), or a template
    /// fragment's depth (its template's). A guard against runaway input, not a measurement.
    depth: Option<usize>,
}

enum TreeData {
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        /// The `<template>` contents fragment, which is not part of the tree.
        template: Option<usize>,
        mathml_annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Document, template fragment, comment, doctype, processing instruction.
    Other,
}

/// A node of [`Tree`]; elements carry their name so `elem_name` can lend it.
#[derive(Clone)]
struct Handle {
    id: usize,
    name: QualName,
}

impl Default for Tree {
    fn default() -> Self {
        Tree {
            nodes: RefCell::new(vec![TreeNode::new(TreeData::Other)]),
            inserted: Cell::new(0),
            exceeded: Cell::new(None),
        }
    }
}

impl TreeNode {
    fn new(data: TreeData) -> Self {
        TreeNode {
            parent: None,
            children: Vec::new(),
            data,
            depth: None,
        }
    }
}

fn unnamed(id: usize) -> Handle {
    Handle {
        id,
        name: QualName::new(None, ns!(), local_name!("")),
    }
}

impl Tree {
    fn add(&self, data: TreeData) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(TreeNode::new(data));
        nodes.len() - 1
    }

    fn depth_of(&self, id: usize) -> usize {
        self.nodes.borrow()[id].depth.unwrap_or(0)
    }

    /// Counts an insertion and records an element's depth under a parent at `parent_depth`.
    fn count(&self, parent_depth: usize, child: &NodeOrText<Handle>) {
        self.inserted.set(self.inserted.get() + 1);
        if self.inserted.get() > MAX_NODES {
            self.exceeded.set(Some(SnapshotError::TooLarge));
        }
        if let NodeOrText::AppendNode(h) = child {
            let mut nodes = self.nodes.borrow_mut();
            if let TreeData::Element { .. } = nodes[h.id].data {
                let depth = parent_depth + 1;
                if depth > MAX_DEPTH {
                    self.exceeded.set(Some(SnapshotError::TooDeep));
                }
                nodes[h.id].depth = Some(depth);
            }
        }
    }

    /// Appends text to `id` when it is a text node.
    fn extend_text(&self, id: usize, text: &str) -> bool {
        match &mut self.nodes.borrow_mut()[id].data {
            TreeData::Text(t) => {
                t.push_slice(text);
                true
            }
            _ => false,
        }
    }

    fn node_of(&self, child: NodeOrText<Handle>) -> usize {
        match child {
            NodeOrText::AppendText(text) => self.add(TreeData::Text(text)),
            NodeOrText::AppendNode(h) => h.id,
        }
    }

    /// Appends `child` to `parent`, text merging into a text node that ends the parent.
    fn append_to(&self, parent: usize, child: NodeOrText<Handle>) {
        if let NodeOrText::AppendText(text) = &child {
            let last = self.nodes.borrow()[parent].children.last().copied();
            if last.is_some_and(|last| self.extend_text(last, text)) {
                return;
            }
        }
        let id = self.node_of(child);
        let mut nodes = self.nodes.borrow_mut();
        nodes[id].parent = Some(parent);
        nodes[parent].children.push(id);
    }

    /// Inserts `child` just before `sibling`, text merging into a text node there.
    fn insert_before(&self, sibling: usize, child: NodeOrText<Handle>) {
        let (parent, i) = self
            .parent_and_index(sibling)
            .expect("append_before_sibling on a node without a parent");
        if let NodeOrText::AppendText(text) = &child {
            let before = i
                .checked_sub(1)
                .map(|b| self.nodes.borrow()[parent].children[b]);
            if before.is_some_and(|b| self.extend_text(b, text)) {
                return;
            }
        }
        let id = self.node_of(child);
        self.detach(id);
        let mut nodes = self.nodes.borrow_mut();
        nodes[id].parent = Some(parent);
        // The index is taken before the node leaves its old place, as html5ever's own DOM does.
        let at = i.min(nodes[parent].children.len());
        nodes[parent].children.insert(at, id);
    }

    fn parent_and_index(&self, id: usize) -> Option<(usize, usize)> {
        let nodes = self.nodes.borrow();
        let parent = nodes[id].parent?;
        let i = nodes[parent].children.iter().position(|&c| c == id)?;
        Some((parent, i))
    }

    fn detach(&self, id: usize) {
        if let Some((parent, i)) = self.parent_and_index(id) {
            let mut nodes = self.nodes.borrow_mut();
            nodes[parent].children.remove(i);
            nodes[id].parent = None;
        }
    }

    /// Walks the tree into the arena in document order (template contents are not part of it,
    /// as in the DOM). An explicit stack: pages can nest far deeper than the call stack.
    fn build(self) -> Document {
        let nodes = self.nodes.into_inner();
        let mut builder = DocumentBuilder::with_capacity(nodes.len());
        enum Step {
            Enter(usize),
            Close,
        }
        let mut stack: Vec<Step> = nodes[0]
            .children
            .iter()
            .rev()
            .map(|&c| Step::Enter(c))
            .collect();
        while let Some(step) = stack.pop() {
            let id = match step {
                Step::Close => {
                    builder.close();
                    continue;
                }
                Step::Enter(id) => id,
            };
            match &nodes[id].data {
                TreeData::Element { name, attrs, .. } => {
                    let attrs = attrs
                        .iter()
                        // (Copied as `str`: `to_string` would go through `Display`.)
                        .map(|a| (String::from(&*a.name.local), String::from(&*a.value)))
                        .collect();
                    builder.open(&name.local, attrs);
                    stack.push(Step::Close);
                    stack.extend(nodes[id].children.iter().rev().map(|&c| Step::Enter(c)));
                }
                TreeData::Text(text) => builder.text(text),
                TreeData::Other => {}
            }
        }
        builder.finish()
    }
}

impl TreeSink for Tree {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = &'a QualName
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        unnamed(0)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> &'a QualName {
        &target.name
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template = flags.template.then(|| self.add(TreeData::Other));
        let id = self.add(TreeData::Element {
            name: name.clone(),
            attrs,
            template,
            mathml_annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        });
        Handle { id, name }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        unnamed(self.add(TreeData::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        unnamed(self.add(TreeData::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.count(self.depth_of(parent.id), &child);
        self.append_to(parent.id, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        self.count(self.depth_of(prev_element.id), &child);
        if self.nodes.borrow()[element.id].parent.is_some() {
            self.insert_before(element.id, child);
        } else {
            self.append_to(prev_element.id, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
        let id = self.add(TreeData::Other);
        let mut nodes = self.nodes.borrow_mut();
        nodes[id].parent = Some(0);
        nodes[0].children.push(id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let depth = self.depth_of(target.id);
        let mut nodes = self.nodes.borrow_mut();
        let TreeData::Element {
            template: Some(contents),
            ..
        } = nodes[target.id].data
        else {
            panic!("not a template element");
        };
        nodes[contents].depth = Some(depth);
        unnamed(contents)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        // A sibling's depth is its parent's plus one: the new node sits at the sibling's depth.
        self.count(self.depth_of(sibling.id).saturating_sub(1), &child);
        self.insert_before(sibling.id, child);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        let TreeData::Element {
            attrs: existing, ..
        } = &mut nodes[target.id].data
        else {
            panic!("not an element");
        };
        let missing: Vec<Attribute> = attrs
            .into_iter()
            .filter(|a| !existing.iter().any(|e| e.name == a.name))
            .collect();
        existing.extend(missing);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.detach(target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[node.id].children);
        for &child in &children {
            nodes[child].parent = Some(new_parent.id);
        }
        nodes[new_parent.id].children.extend(children);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.nodes.borrow()[handle.id].data,
            TreeData::Element {
                mathml_annotation_xml_integration_point: true,
                ..
            }
        )
    }
}
