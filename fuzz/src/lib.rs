//! Shared by the fuzz targets and the seed maker: the fuzz input layout of a snapshot, and a
//! native snapshot encoder (html5ever → arena → the ops the content script writes).
//!
//! A snapshot fuzz input is `[n: u32 LE][n bytes of strings (UTF-8, lossy)][ops: u32 LE ...]`,
//! so every byte string is an input and the decoder sees exactly what `analyzeSnapshot` gets.

use tidings::dom::snapshot::{OP_CLOSE, OP_OPEN, OP_TEXT};
use tidings::dom::{Document, NodeKind};

/// Splits a fuzz input into the decoder's `strings` and `ops`.
pub fn split_snapshot(data: &[u8]) -> (String, Vec<u32>) {
    if data.len() < 4 {
        return (String::new(), Vec::new());
    }
    let n = u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize;
    let rest = &data[4..];
    let n = n.min(rest.len());
    let strings = String::from_utf8_lossy(&rest[..n]).into_owned();
    let ops = rest[n..]
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    (strings, ops)
}

/// Joins `strings` and `ops` into one fuzz input (the inverse of [`split_snapshot`]).
pub fn join_snapshot(strings: &str, ops: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + strings.len() + ops.len() * 4);
    out.extend_from_slice(&(strings.len() as u32).to_le_bytes());
    out.extend_from_slice(strings.as_bytes());
    for op in ops {
        out.extend_from_slice(&op.to_le_bytes());
    }
    out
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Encodes a parsed document the way `extension/content/snapshot.js` walks a live one (text in
/// script/style/noscript/template skipped, except ld+json, short inline scripts and noscripts; attribute values cut to 2000 units).
pub fn encode(doc: &Document) -> (String, Vec<u32>) {
    let mut strings = String::new();
    let mut ops = Vec::new();
    // (node, keep text of its children?) with explicit closes: no recursion.
    enum Step {
        Enter(usize, bool),
        Close,
    }
    let mut stack: Vec<Step> = doc
        .children(Document::ROOT)
        .iter()
        .rev()
        .map(|&c| Step::Enter(c, true))
        .collect();
    while let Some(step) = stack.pop() {
        let (id, keep) = match step {
            Step::Close => {
                ops.push(OP_CLOSE);
                continue;
            }
            Step::Enter(id, keep) => (id, keep),
        };
        match &doc.node(id).kind {
            NodeKind::Element(e) => {
                ops.extend([OP_OPEN, utf16_len(&e.tag), e.attrs.len() as u32]);
                strings.push_str(&e.tag);
                for (name, value) in &e.attrs {
                    let value: String = if utf16_len(value) > 2000 {
                        value.chars().take(1000).collect()
                    } else {
                        value.clone()
                    };
                    ops.extend([utf16_len(name), utf16_len(&value)]);
                    strings.push_str(name);
                    strings.push_str(&value);
                }
                let child_keep = keep
                    && match e.tag.as_str() {
                        "script"
                            if e.attr("type").is_some_and(|t| {
                                t.trim().eq_ignore_ascii_case("application/ld+json")
                            }) =>
                        {
                            true
                        }
                        "script" if e.attr("src").is_some() => false,
                        "script" | "noscript" => {
                            tidings::dom::snapshot::raw_text(doc, id).is_some()
                        }
                        "style" | "template" => false,
                        _ => true,
                    };
                stack.push(Step::Close);
                for &c in doc.children(id).iter().rev() {
                    stack.push(Step::Enter(c, child_keep));
                }
            }
            NodeKind::Text(t) if keep && !t.is_empty() => {
                ops.extend([OP_TEXT, utf16_len(t)]);
                strings.push_str(t);
            }
            _ => {}
        }
    }
    (strings, ops)
}

/// Runs the whole analysis and checks what the content script relies on: hidden entries name
/// real element ordinals. Panics otherwise (a fuzz finding).
pub fn analyze_checked(doc: &Document) {
    let elements = doc.elements().count() as u32;
    let analysis = tidings::analyze(doc, Some("https://example.com/news/story.html"));
    for h in &analysis.hidden {
        assert!(
            h.element < elements,
            "hidden element ordinal {} of {elements}",
            h.element
        );
    }
}
