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
use std::collections::HashMap;
use std::rc::Rc;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, ExpandedName, ParseOpts, QualName, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use super::snapshot::{MAX_DEPTH, MAX_NODES, SnapshotError};
use super::{Document, DocumentBuilder};

/// Bytes handed to the parser between two looks at the limits.
const CHUNK: usize = 16 * 1024;

/// Parses `html` the way a browser does and returns the arena document. Past the hard limits
/// it returns what was parsed up to that point (see [`parse_checked`] to decline instead).
pub fn parse(html: &str) -> Document {
    build(&parse_limited(html).0)
}

/// Parses `html`, or says which hard limit it goes past (the CLI declines such pages).
pub fn parse_checked(html: &str) -> Result<Document, SnapshotError> {
    let (dom, exceeded) = parse_limited(html);
    match exceeded {
        Some(e) => Err(e),
        None => Ok(build(&dom)),
    }
}

fn parse_limited(html: &str) -> (RcDom, Option<SnapshotError>) {
    let mut parser = parse_document(Limited::default(), ParseOpts::default());
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
            return (parser.tokenizer.sink.sink.dom, Some(e));
        }
    }
    let sink = parser.finish();
    let exceeded = sink.exceeded.take();
    (sink.dom, exceeded)
}

/// Walks the parsed tree into the arena (template contents are not part of it, as in the DOM).
fn build(dom: &RcDom) -> Document {
    let mut builder = DocumentBuilder::new();
    // An explicit stack instead of recursion: pages can nest far deeper than the call stack.
    enum Step {
        Enter(Handle),
        Close,
    }
    let mut stack: Vec<Step> = dom
        .document
        .children
        .borrow()
        .iter()
        .rev()
        .map(|h| Step::Enter(Rc::clone(h)))
        .collect();
    while let Some(step) = stack.pop() {
        let handle = match step {
            Step::Close => {
                builder.close();
                continue;
            }
            Step::Enter(h) => h,
        };
        match &handle.data {
            NodeData::Element { name, attrs, .. } => {
                let attrs = attrs
                    .borrow()
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                builder.open(&name.local, attrs);
                stack.push(Step::Close);
                for child in handle.children.borrow().iter().rev() {
                    stack.push(Step::Enter(Rc::clone(child)));
                }
            }
            NodeData::Text { contents } => builder.text(&contents.borrow()),
            _ => {}
        }
    }
    builder.finish()
}

/// RcDom with a count of nodes and the depth of each element as it is inserted. Depths are
/// recorded when a node is appended (a node moved later keeps its first depth: the limit is a
/// guard against runaway input, not a measurement).
#[derive(Default)]
struct Limited {
    dom: RcDom,
    nodes: Cell<usize>,
    /// Element (by address) → depth; the handles in `keep` keep those addresses unique.
    depth: RefCell<HashMap<usize, usize>>,
    keep: RefCell<Vec<Handle>>,
    /// Template contents fragment (by address) → the template's depth.
    fragments: RefCell<HashMap<usize, usize>>,
    exceeded: Cell<Option<SnapshotError>>,
}

fn addr(h: &Handle) -> usize {
    Rc::as_ptr(h) as usize
}

impl Limited {
    fn depth_of(&self, parent: &Handle) -> usize {
        let a = addr(parent);
        if let Some(&d) = self.depth.borrow().get(&a) {
            return d;
        }
        self.fragments.borrow().get(&a).copied().unwrap_or(0)
    }

    fn inserted(&self, parent_depth: usize, child: &NodeOrText<Handle>) {
        self.nodes.set(self.nodes.get() + 1);
        if self.nodes.get() > MAX_NODES {
            self.exceeded.set(Some(SnapshotError::TooLarge));
        }
        if let NodeOrText::AppendNode(h) = child {
            if matches!(h.data, NodeData::Element { .. }) {
                let d = parent_depth + 1;
                if d > MAX_DEPTH {
                    self.exceeded.set(Some(SnapshotError::TooDeep));
                }
                self.depth.borrow_mut().insert(addr(h), d);
                self.keep.borrow_mut().push(Rc::clone(h));
            }
        }
    }
}

impl TreeSink for Limited {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = ExpandedName<'a>
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.dom.get_document()
    }

    fn elem_name<'a>(&self, target: &'a Handle) -> ExpandedName<'a> {
        match &target.data {
            NodeData::Element { name, .. } => name.expanded(),
            _ => panic!("not an element"),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.dom.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.dom.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.dom.create_pi(target, data)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.inserted(self.depth_of(parent), &child);
        self.dom.append(parent, child)
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        self.inserted(self.depth_of(prev_element), &child);
        self.dom
            .append_based_on_parent_node(element, prev_element, child)
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.dom
            .append_doctype_to_document(name, public_id, system_id)
    }

    fn mark_script_already_started(&self, node: &Handle) {
        self.dom.mark_script_already_started(node)
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        let contents = self.dom.get_template_contents(target);
        let depth = self.depth_of(target);
        self.fragments.borrow_mut().insert(addr(&contents), depth);
        contents
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        Rc::ptr_eq(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.dom.set_quirks_mode(mode)
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        // A sibling's depth is its parent's plus one: the new node sits at the sibling's depth.
        let depth = self.depth_of(sibling).saturating_sub(1);
        self.inserted(depth, &new_node);
        self.dom.append_before_sibling(sibling, new_node)
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.dom.add_attrs_if_missing(target, attrs)
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.dom.remove_from_parent(target)
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.dom.reparent_children(node, new_parent)
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.dom.is_mathml_annotation_xml_integration_point(handle)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.dom.maybe_clone_an_option_into_selectedcontent(option)
    }
}
