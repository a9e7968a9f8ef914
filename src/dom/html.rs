//! Builds the arena from an HTML string with html5ever (native only: CLI, tests, evaluation).
//!
//! Scripting is on, as in a browser with JavaScript, so `<noscript>` content is raw text and the
//! element paths match the corpus scorers' html5lib parse.

use std::rc::Rc;

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use super::{Document, DocumentBuilder};

/// Parses `html` the way a browser does and returns the arena document.
pub fn parse(html: &str) -> Document {
    let dom = parse_document(RcDom::default(), ParseOpts::default())
        .from_utf8()
        .read_from(&mut html.as_bytes())
        .expect("reading from a byte slice cannot fail");
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
