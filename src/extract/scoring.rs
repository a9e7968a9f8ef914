//! Finding the article's root element: Readability's content scorer, told in order, on the arena.
//!
//! 1. Skip what cannot be content (hidden, scripts, furniture by class/id/role).
//! 2. Score every paragraph-like element and pass the score up to five ancestors.
//! 3. Scale candidates by their link density and take the best.
//! 4. Prefer a common ancestor of close alternatives; climb while the parent scores higher.
//! 5. Merge siblings that look like part of the same article.

use crate::dom::{Document, NodeId, NodeKind, is_non_content_tag};

use super::signals::{class_weight, is_block_tag, is_comment_section, is_unlikely_candidate};

/// The pipeline's switches; a retry turns them off one by one when too little text comes back.
#[derive(Debug, Clone, Copy)]
pub struct Flags {
    pub strip_unlikely: bool,
    pub weight_classes: bool,
    pub clean_conditionally: bool,
}

impl Flags {
    pub const ALL: Flags = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };
}

/// The chosen content: `parts` are rendered in order; `root` holds them all.
#[derive(Debug, Clone)]
pub struct Selection {
    pub root: NodeId,
    pub parts: Vec<NodeId>,
}

const MIN_PARAGRAPH_CHARS: u32 = 25;
const ANCESTOR_LEVELS: usize = 5;
const TOP_CANDIDATES: usize = 5;
const MIN_ALTERNATIVES: usize = 3;

/// Why a node is out of the content before any scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Keep,
    /// Scripts, styles and other elements without reading text.
    NonContent,
    /// Hidden by the page's own markup.
    Hidden,
    /// Page furniture by class, id or role.
    Unlikely,
    /// Hidden by the clean-up.
    CleanedUp,
}

impl Skip {
    pub fn is_out(self) -> bool {
        self != Skip::Keep
    }
}

/// Marks every node that cannot be content: hidden, non-content tags, and (when the flag is on)
/// page furniture by class, id or role. Children of a skipped node are skipped too.
pub fn skipped_nodes(doc: &Document, flags: Flags) -> Vec<Skip> {
    let mut skip = vec![Skip::Keep; doc.len()];
    let mut i = 1;
    while i < doc.len() {
        let why = match &doc.node(i).kind {
            NodeKind::Element(e) if is_non_content_tag(&e.tag) => Skip::NonContent,
            NodeKind::Element(_) if doc.is_hidden_by_markup(i) => Skip::Hidden,
            NodeKind::Element(_)
                if flags.strip_unlikely
                    && is_unlikely_candidate(doc, i)
                    && !inside_table(doc, i) =>
            {
                Skip::Unlikely
            }
            NodeKind::Element(_) if is_comment_section(doc, i) => Skip::Unlikely,
            _ => Skip::Keep,
        };
        if why.is_out() {
            let end = doc.node(i).end;
            skip[i..end].iter_mut().for_each(|s| *s = why);
            i = end;
        } else {
            i += 1;
        }
    }
    skip
}

fn inside_table(doc: &Document, id: NodeId) -> bool {
    doc.ancestors(id).take(3).any(|a| doc.tag(a) == "table")
}

fn tag_prior(tag: &str) -> f32 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

struct Scores {
    score: Vec<f32>,
    scored: Vec<bool>,
    flags: Flags,
}

impl Scores {
    fn add(&mut self, doc: &Document, id: NodeId, amount: f32) {
        if !self.scored[id] {
            self.scored[id] = true;
            let weight = if self.flags.weight_classes {
                class_weight(doc, id)
            } else {
                0.0
            };
            self.score[id] = tag_prior(doc.tag(id)) + weight;
        }
        self.score[id] += amount;
    }

    /// Adds a paragraph's score to its ancestors, starting with `first`, with falling weight.
    fn propagate(&mut self, doc: &Document, first: NodeId, chars: u32, commas: u32) {
        if chars < MIN_PARAGRAPH_CHARS {
            return;
        }
        let content = 1.0 + (commas + 1) as f32 + (chars / 100).min(3) as f32;
        let chain = std::iter::once(first).chain(doc.ancestors(first));
        for (level, ancestor) in chain
            .filter(|&a| doc.element(a).is_some() && doc.tag(a) != "html")
            .take(ANCESTOR_LEVELS)
            .enumerate()
        {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            self.add(doc, ancestor, content / divider);
        }
    }
}

/// True when the element has a child that starts a block (so it is a container, not a
/// paragraph).
fn has_block_child(doc: &Document, id: NodeId) -> bool {
    doc.child_elements(id).any(|c| is_block_tag(doc.tag(c)))
}

/// The element a paragraph counts for: its parent, unless the parent is a `div` that wraps this
/// one paragraph and nothing else (Readability replaces such a div with its paragraph), in
/// which case the wrapper's own parent.
fn unwrapped_parent(doc: &Document, id: NodeId, parent: NodeId) -> NodeId {
    let wraps_only = |div: NodeId, child: NodeId| {
        doc.tag(div) == "div"
            && doc.child_elements(div).count() == 1
            && doc
                .children(div)
                .iter()
                .all(|&c| c == child || doc.text(c).is_some_and(|t| t.trim().is_empty()))
            && doc.stats[div].link_density() < 0.25
    };
    if doc.tag(id) == "p" && wraps_only(parent, id) {
        doc.parent(parent)
            .filter(|&g| doc.element(g).is_some())
            .unwrap_or(parent)
    } else {
        parent
    }
}

/// Picks the article's content, or `None` for a page without a body.
pub fn select(doc: &Document, skip: &[Skip], flags: Flags) -> Option<Selection> {
    let body = doc.find_tag("body")?;
    let mut scores = Scores {
        score: vec![0.0; doc.len()],
        scored: vec![false; doc.len()],
        flags,
    };
    for id in doc.descendants(body) {
        if skip[id].is_out() {
            continue;
        }
        let Some(parent) = doc.parent(id) else {
            continue;
        };
        match doc.tag(id) {
            "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let s = doc.stats[id];
                scores.propagate(doc, unwrapped_parent(doc, id, parent), s.chars, s.commas);
            }
            "div" if !has_block_child(doc, id) => {
                let s = doc.stats[id];
                scores.propagate(doc, parent, s.chars, s.commas);
            }
            "" if doc.tag(parent) == "div" && has_block_child(doc, parent) => {
                // Loose text inside a container div reads as a paragraph of that div.
                let s = doc.stats[id];
                scores.propagate(doc, parent, s.chars, s.commas);
            }
            _ => {}
        }
    }
    let mut candidates: Vec<(NodeId, f32)> = (0..doc.len())
        .filter(|&i| scores.scored[i] && doc.contains(body, i))
        .map(|i| (i, scores.score[i] * (1.0 - doc.stats[i].link_density())))
        .collect();
    crate::text::sort_by(&mut candidates, |a, b| b.1.total_cmp(&a.1));
    candidates.truncate(TOP_CANDIDATES);
    let final_score = |id: NodeId| scores.score[id] * (1.0 - doc.stats[id].link_density());

    let Some(&(mut top, top_score)) = candidates.first().filter(|(id, _)| *id != body) else {
        return Some(Selection {
            root: body,
            parts: vec![body],
        });
    };

    // Several close alternatives inside one ancestor: the ancestor is the article.
    let alternatives: Vec<NodeId> = candidates[1..]
        .iter()
        .filter(|(_, s)| *s / top_score >= 0.75)
        .map(|(id, _)| *id)
        .collect();
    if alternatives.len() >= MIN_ALTERNATIVES {
        let mut parent = doc.parent(top);
        while let Some(p) = parent.filter(|&p| p != body && doc.element(p).is_some()) {
            let holding = alternatives.iter().filter(|&&a| doc.contains(p, a)).count();
            if holding >= MIN_ALTERNATIVES {
                top = p;
                break;
            }
            parent = doc.parent(p);
        }
    }

    // Climb while the parent scores higher (its content is spread over several children).
    let mut last = final_score(top);
    let threshold = last / 3.0;
    let mut parent = doc.parent(top);
    while let Some(p) = parent.filter(|&p| p != body && doc.element(p).is_some()) {
        if !scores.scored[p] {
            parent = doc.parent(p);
            continue;
        }
        let s = final_score(p);
        if s < threshold {
            break;
        }
        if s > last {
            top = p;
            break;
        }
        last = s;
        parent = doc.parent(p);
    }
    // A lone child is the same content as its parent.
    while let Some(p) = doc
        .parent(top)
        .filter(|&p| p != body && doc.element(p).is_some())
    {
        // Children without words beside it (an empty embed slot) change nothing when the
        // parent is one of a run of like blocks ("block text", "block quote", "block text"):
        // the story goes on in its siblings.
        let only_child = doc.child_elements(p).count() == 1;
        let in_block_run = || {
            doc.child_elements(p)
                .all(|c| c == top || doc.stats[c].chars == 0)
                && doc.attr(p, "class").is_some_and(|class| {
                    !class.trim().is_empty()
                        && doc.parent(p).is_some_and(|g| {
                            doc.child_elements(g)
                                .any(|s| s != p && doc.attr(s, "class") == Some(class))
                        })
                })
        };
        if !only_child && !in_block_run() {
            break;
        }
        top = p;
    }

    // Among articles side by side (the story, then other posts), the one with the headline.
    let scope = match doc.parent(top) {
        Some(p) if doc.tag(top) == "article" && p != body => p,
        _ => top,
    };
    if let Some(article) = headline_article(doc, skip, scope) {
        return Some(Selection {
            root: article,
            parts: vec![article],
        });
    }

    let Some(parent) = doc.parent(top).filter(|&p| doc.element(p).is_some()) else {
        return Some(Selection {
            root: top,
            parts: vec![top],
        });
    };
    let top_final = final_score(top);
    let sibling_threshold = (top_final * 0.2).max(10.0);
    let top_class = doc.attr(top, "class").unwrap_or("");
    let parts: Vec<NodeId> = doc
        .child_elements(parent)
        .filter(|&s| {
            if s == top {
                return true;
            }
            if skip[s].is_out() || is_teaser_listing(doc, s) {
                return false;
            }
            let mut bonus = 0.0;
            if !top_class.is_empty() && doc.attr(s, "class") == Some(top_class) {
                bonus += top_final * 0.2;
            }
            if scores.scored[s] && final_score(s) + bonus >= sibling_threshold {
                return true;
            }
            if doc.tag(s) == "p" {
                let st = doc.stats[s];
                let density = st.link_density();
                if st.chars > 80 && density < 0.25 {
                    return true;
                }
                if st.chars > 0 && st.chars < 80 && density == 0.0 {
                    let text = doc.text_content(s);
                    return text.ends_with('.') || text.contains(". ");
                }
            }
            false
        })
        .collect();
    if parts.len() == 1 {
        Some(Selection {
            root: top,
            parts: vec![top],
        })
    } else {
        Some(Selection {
            root: parent,
            parts,
        })
    }
}

/// The one `article` under `root` that holds the headline (`h1`), when `root` holds several
/// articles side by side (the story, then teasers of other posts as articles of their own)
/// and that one has text enough to be the story.
fn headline_article(doc: &Document, skip: &[Skip], root: NodeId) -> Option<NodeId> {
    const MIN_CHARS: u32 = 200;
    let mut articles = Vec::new();
    let mut i = root + 1;
    while i < doc.node(root).end {
        if doc.tag(i) == "article" && !skip[i].is_out() {
            articles.push(i);
            i = doc.node(i).end;
        } else {
            i += 1;
        }
    }
    if articles.len() < 2 {
        return None;
    }
    let with_headline: Vec<NodeId> = articles
        .into_iter()
        .filter(|&a| {
            doc.descendants(a)
                .any(|d| doc.tag(d) == "h1" && !skip[d].is_out())
        })
        .collect();
    match with_headline[..] {
        [one] if doc.stats[one].chars >= MIN_CHARS => Some(one),
        _ => None,
    }
}

/// A listing of other stories: two or more headings that are each one link (the headline of a
/// teaser card). Never a sibling of the article, however much text its excerpts hold.
fn is_teaser_listing(doc: &Document, id: NodeId) -> bool {
    doc.descendants(id)
        .filter(|&d| matches!(doc.tag(d), "h2" | "h3" | "h4" | "h5" | "h6"))
        .filter(|&d| {
            let s = doc.stats[d];
            s.chars > 0 && s.link_density() >= 0.99
        })
        .nth(1)
        .is_some()
}

/// Firefox's cheap "is this an article?" test: enough long, visible paragraphs.
pub fn is_readerable(doc: &Document) -> bool {
    const MIN_CONTENT_LENGTH: f32 = 140.0;
    const MIN_SCORE: f32 = 20.0;
    let mut score = 0.0;
    let mut i = 0;
    while i < doc.len() {
        let tag = doc.tag(i);
        if doc.is_hidden_by_markup(i) || is_non_content_tag(tag) && !tag.is_empty() {
            i = doc.node(i).end;
            continue;
        }
        let paragraph_like = matches!(tag, "p" | "pre" | "article")
            || (tag == "div" && doc.child_elements(i).any(|c| doc.tag(c) == "br"));
        if paragraph_like
            && !is_unlikely_candidate(doc, i)
            && !(tag == "p" && doc.parent(i).is_some_and(|p| doc.tag(p) == "li"))
        {
            let len = doc.stats[i].chars as f32;
            if len >= MIN_CONTENT_LENGTH {
                score += (len - MIN_CONTENT_LENGTH).sqrt();
                if score > MIN_SCORE {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}
