//! Decodes the compact snapshot of a live page that the content script makes in one DOM walk.
//!
//! Format (the JS walker in `extension/content/snapshot.js` writes it):
//! - `strings`: every tag name, attribute name, attribute value and text, concatenated;
//! - `ops`: a flat `u32` array of records, in document order:
//!   - `OPEN tag_len attr_count (name_len value_len)*` opens an element,
//!   - `TEXT len` adds a text node,
//!   - `CLOSE` closes the innermost element.
//!
//! Lengths count UTF-16 code units, as JavaScript strings do. Each record takes its strings from
//! `strings` in order. Elements are numbered in the order they are opened; that number
//! ([`super::Element::ordinal`]) is how results point back at live elements.

use super::{Document, DocumentBuilder, NodeId};

pub const OP_OPEN: u32 = 1;
pub const OP_TEXT: u32 = 2;
pub const OP_CLOSE: u32 = 3;

/// Hard limits past which the engine declines a page instead of working on it.
pub const MAX_NODES: usize = 400_000;
pub const MAX_DEPTH: usize = 4_096;
/// Inline scripts (no `src`) and `noscript` fallbacks this short (UTF-16 units) come with their
/// raw text, as the HTML parse has it: an ad box may hold nothing but a vendor's call
/// (`clutter::ads`), a lazy image its real address in a `noscript` (`extract::blocks`). Longer
/// ones, and scripts loaded from a URL, come without (JSON-LD always comes whole); the rules
/// that read them ignore longer ones, so the CLI and the extension judge alike.
pub const MAX_RAW_TEXT: usize = 1000;

/// The raw text of a script or `noscript` as both ways in carry it: `None` when it is longer
/// than [`MAX_RAW_TEXT`] (the snapshot leaves such text out, so no rule may read it).
pub fn raw_text(doc: &Document, id: NodeId) -> Option<String> {
    let text: String = doc
        .children(id)
        .iter()
        .filter_map(|&t| doc.text(t))
        .collect();
    text.encode_utf16()
        .nth(MAX_RAW_TEXT)
        .is_none()
        .then_some(text)
}

#[derive(Debug, PartialEq, Eq)]
pub enum SnapshotError {
    Truncated,
    BadOp(u32),
    StringOverrun,
    TooLarge,
    TooDeep,
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::Truncated => write!(f, "snapshot ends inside a record"),
            SnapshotError::BadOp(op) => write!(f, "snapshot has an unknown record type {op}"),
            SnapshotError::StringOverrun => write!(f, "snapshot strings are shorter than declared"),
            SnapshotError::TooLarge => write!(f, "page has more than {MAX_NODES} nodes"),
            SnapshotError::TooDeep => write!(f, "page nests deeper than {MAX_DEPTH} elements"),
        }
    }
}

impl std::error::Error for SnapshotError {}

/// Reads strings measured in UTF-16 units out of a UTF-8 `str`.
struct Strings<'a> {
    rest: &'a str,
}

impl<'a> Strings<'a> {
    fn take(&mut self, utf16_len: u32) -> Result<&'a str, SnapshotError> {
        let mut units = 0u32;
        let mut bytes = 0usize;
        let mut chars = self.rest.chars();
        while units < utf16_len {
            let c = chars.next().ok_or(SnapshotError::StringOverrun)?;
            units += c.len_utf16() as u32;
            bytes += c.len_utf8();
        }
        let (head, tail) = self.rest.split_at(bytes);
        self.rest = tail;
        Ok(head)
    }
}

struct Ops<'a> {
    ops: &'a [u32],
    at: usize,
}

impl Ops<'_> {
    fn next(&mut self) -> Result<u32, SnapshotError> {
        let v = *self.ops.get(self.at).ok_or(SnapshotError::Truncated)?;
        self.at += 1;
        Ok(v)
    }
}

/// Builds the arena from a snapshot, or says why the snapshot cannot be used.
pub fn decode(strings: &str, ops: &[u32]) -> Result<Document, SnapshotError> {
    let mut strings = Strings { rest: strings };
    let mut ops = Ops { ops, at: 0 };
    let mut builder = DocumentBuilder::new();
    let mut nodes = 0usize;
    while ops.at < ops.ops.len() {
        match ops.next()? {
            OP_OPEN => {
                let tag_len = ops.next()?;
                let attr_count = ops.next()?;
                let tag = strings.take(tag_len)?;
                let mut attrs = Vec::with_capacity(attr_count.min(64) as usize);
                for _ in 0..attr_count {
                    let name_len = ops.next()?;
                    let value_len = ops.next()?;
                    let name = strings.take(name_len)?.to_ascii_lowercase();
                    let value = strings.take(value_len)?.to_string();
                    attrs.push((name, value));
                }
                if builder.depth() >= MAX_DEPTH {
                    return Err(SnapshotError::TooDeep);
                }
                builder.open(tag, attrs);
                nodes += 1;
            }
            OP_TEXT => {
                let len = ops.next()?;
                builder.text(strings.take(len)?);
                nodes += 1;
            }
            OP_CLOSE => builder.close(),
            other => return Err(SnapshotError::BadOp(other)),
        }
        if nodes > MAX_NODES {
            return Err(SnapshotError::TooLarge);
        }
    }
    Ok(builder.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str) -> u32 {
        s.encode_utf16().count() as u32
    }

    #[test]
    fn decodes_elements_attributes_and_text() {
        let text = "Nämlich 😀 ok";
        let strings = format!("divclassx{text}");
        let ops = [OP_OPEN, 3, 1, 5, 1, OP_TEXT, utf16(text), OP_CLOSE];
        let doc = decode(&strings, &ops).unwrap();
        assert_eq!(doc.tag(1), "div");
        assert_eq!(doc.attr(1, "class"), Some("x"));
        assert_eq!(doc.text(2), Some(text));
        assert_eq!(doc.element(1).unwrap().ordinal, 0);
    }

    #[test]
    fn rejects_truncated_and_unknown_records() {
        assert_eq!(
            decode("div", &[OP_OPEN, 3]).unwrap_err(),
            SnapshotError::Truncated
        );
        assert_eq!(decode("", &[9]).unwrap_err(), SnapshotError::BadOp(9));
        assert_eq!(
            decode("di", &[OP_OPEN, 3, 0]).unwrap_err(),
            SnapshotError::StringOverrun
        );
    }
}
