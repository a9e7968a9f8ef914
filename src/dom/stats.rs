//! Per-node text statistics computed once, bottom-up, so no analysis re-walks text.

use super::{Node, NodeKind, is_non_content_tag};

#[derive(Debug, Clone, Copy, Default)]
pub struct TextStats {
    /// Characters of visible text (white space runs count as one).
    pub chars: u32,
    /// Characters of that text that sit inside links.
    pub link_chars: u32,
    /// Words of visible text.
    pub words: u32,
    /// Commas (Latin and CJK/Devanagari-friendly ones), Readability's sign of prose.
    pub commas: u32,
    /// Links below (`a` with an href).
    pub links: u32,
    /// Elements below.
    pub elements: u32,
}

impl TextStats {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

fn text_stats(text: &str) -> TextStats {
    let mut s = TextStats::default();
    let mut in_space = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                s.chars += 1;
            }
            in_space = true;
        } else {
            if in_space {
                s.words += 1;
            }
            in_space = false;
            s.chars += 1;
            if matches!(c, ',' | '،' | '、' | '，') {
                s.commas += 1;
            }
        }
    }
    s
}

pub(super) fn compute(nodes: &[Node]) -> Vec<TextStats> {
    let mut stats = vec![TextStats::default(); nodes.len()];
    // Children have larger ids than their parents, so one backward pass sees every child first.
    for id in (0..nodes.len()).rev() {
        let own = match &nodes[id].kind {
            NodeKind::Text(t) => text_stats(t),
            NodeKind::Element(e) if is_non_content_tag(&e.tag) => {
                stats[id] = TextStats::default();
                continue;
            }
            _ => {
                let mut sum = TextStats::default();
                for &c in &nodes[id].children {
                    let cs = &stats[c];
                    sum.chars += cs.chars;
                    sum.link_chars += cs.link_chars;
                    sum.words += cs.words;
                    sum.commas += cs.commas;
                    sum.links += cs.links;
                    sum.elements += cs.elements;
                    if matches!(nodes[c].kind, NodeKind::Element(_)) {
                        sum.elements += 1;
                    }
                }
                if let NodeKind::Element(e) = &nodes[id].kind {
                    if e.tag == "a" && e.attr("href").is_some() {
                        sum.link_chars = sum.chars;
                        sum.links += 1;
                    }
                }
                sum
            }
        };
        stats[id] = own;
    }
    stats
}
