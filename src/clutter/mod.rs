//! Clean-up in place: which blocks around the article to hide, of which kind, and why.
//!
//! One page model ([`page::Page`]: evidence bits, counts and the article guard, in three linear
//! passes) feeds four detectors — [`ads`], [`weather`], [`promo`], [`headlines`] (with
//! [`relevance`] deciding related vs unrelated) — whose finds are grown to their wrappers and
//! merged ([`wrap`]), checked against the guard, and reduced to the outermost elements.

mod ads;
mod guard;
mod headlines;
mod page;
mod promo;
mod relevance;
mod signals;
mod url;
mod weather;
mod wrap;

use crate::dom::{Document, NodeId};
use crate::model::{ClutterKind, Link};
use page::Page;

/// What the clean-up knows of the article it must protect and compare headlines with.
pub struct ArticleContext<'a> {
    /// The element holding the article body, when one was found.
    pub root: Option<NodeId>,
    pub title: &'a str,
    pub url: Option<&'a str>,
    /// The article's plain text.
    pub text: &'a str,
}

impl ArticleContext<'_> {
    /// No article known: the clean-up then judges blocks by their own signals alone.
    pub const NONE: ArticleContext<'static> = ArticleContext {
        root: None,
        title: "",
        url: None,
        text: "",
    };
}

/// One element to hide.
pub struct Decision {
    pub node: NodeId,
    pub kind: ClutterKind,
    pub reason: String,
}

#[derive(Default)]
pub struct CleanUp {
    /// Outermost elements to hide, in document order.
    pub hidden: Vec<Decision>,
    /// Links of headline blocks that are about the article's topic (kept on the page).
    pub related: Vec<Link>,
}

impl CleanUp {
    /// How many different kinds of clutter were found.
    pub fn kinds(&self) -> usize {
        let mut seen = [false; 4];
        for d in &self.hidden {
            seen[wrap::kind_index(d.kind)] = true;
        }
        seen.iter().filter(|&&s| s).count()
    }
}

/// A detector's find before growing, merging and the guard.
pub(crate) struct Candidate {
    pub node: NodeId,
    pub kind: ClutterKind,
    pub reason: String,
    /// The evidence is an ad vendor's own marker (may hide pictures inside the article).
    pub strong: bool,
    /// Grow to the wrapper holding just this block, within this room.
    pub room: Option<wrap::Room>,
}

impl Candidate {
    pub fn new(node: NodeId, kind: ClutterKind, reason: String, strong: bool) -> Self {
        Candidate {
            node,
            kind,
            reason,
            strong,
            room: None,
        }
    }

    pub fn grow(mut self, room: wrap::Room) -> Self {
        self.room = Some(room);
        self
    }
}

/// A block's name for a reason: quoted, cut to 60 characters.
pub(crate) fn quote(text: &str) -> String {
    let t = crate::dom::collapse_whitespace(text);
    let t = t.trim_end_matches(':').trim();
    if t.chars().count() > 60 {
        format!("'{}…'", t.chars().take(60).collect::<String>())
    } else {
        format!("'{t}'")
    }
}

/// Only what a reader sees is hidden (and ad frames): never scripts, styles or icon sprites.
fn shown(doc: &Document, id: NodeId) -> bool {
    let tag = doc.tag(id);
    !crate::dom::is_non_content_tag(tag) || matches!(tag, "iframe" | "object" | "embed")
}

pub fn detect(doc: &Document, article: &ArticleContext) -> CleanUp {
    detect_with(doc, article, false)
}

/// [`detect`], and with `hide_related` the user's "hide all rails": headline blocks about the
/// article's topic are hidden too instead of kept.
pub fn detect_with(doc: &Document, article: &ArticleContext, hide_related: bool) -> CleanUp {
    let page = Page::new(doc, article);
    let n = doc.len();
    let mut cands = ads::detect(&page);
    cands.extend(weather::detect(&page));
    cands.extend(promo::detect(&page));
    cands.retain(|c| shown(doc, c.node));
    // Grow first: a promo link inside a promo paragraph is judged as the paragraph.
    let seeds = wrap::Seeds::new(n, cands.iter().map(|c| (c.node, c.kind)));
    for c in &mut cands {
        if let Some(room) = c.room.take() {
            c.node = wrap::grow(&page, &seeds, c.node, c.kind, &room);
        }
    }
    cands.retain(|c| page.can_hide(c.node, c.strong));
    let mut found = headlines::detect(&page, &seeds);
    if hide_related {
        let reason = "headline block about the article's topic (you hide all rails)";
        found.hidden.extend(
            found.kept.drain(..).map(|node| {
                Candidate::new(node, ClutterKind::Headlines, reason.to_string(), false)
            }),
        );
        found.related.clear();
    }
    cands.extend(found.hidden.into_iter().filter(|c| shown(doc, c.node)));
    // Nothing may hide a related block; clutter inside one (an ad slot) may go.
    if !found.kept.is_empty() {
        let mut kept_before = vec![0u32; n + 1];
        for &k in &found.kept {
            kept_before[k + 1] += 1;
        }
        for i in 1..=n {
            kept_before[i] += kept_before[i - 1];
        }
        cands.retain(|c| kept_before[doc.node(c.node).end] == kept_before[c.node]);
    }
    let mut decided: Vec<Option<(ClutterKind, usize)>> = vec![None; n];
    for (i, c) in cands.iter().enumerate() {
        if decided[c.node].is_none() {
            decided[c.node] = Some((c.kind, i));
        }
    }
    wrap::merge(&page, &mut decided);
    let mut hidden = Vec::new();
    let mut id = 0;
    while id < n {
        match decided[id] {
            Some((kind, idx)) => {
                let reason = combined_reason(doc, &decided, &cands, id, kind, idx);
                hidden.push(Decision {
                    node: id,
                    kind,
                    reason,
                });
                id = doc.node(id).end;
            }
            None => id += 1,
        }
    }
    CleanUp {
        hidden,
        related: found.related,
    }
}

/// The reason of a hidden element: its own, or the evidence of the blocks it wraps, strongest
/// first ("ad slot: Google Publisher Tag slot, 'Advertisement' label, class/id 'ad-wrapper'").
fn combined_reason(
    doc: &Document,
    decided: &[Option<(ClutterKind, usize)>],
    cands: &[Candidate],
    id: NodeId,
    kind: ClutterKind,
    idx: usize,
) -> String {
    let first = &cands[idx].reason;
    if kind == ClutterKind::Headlines {
        return first.clone();
    }
    let mut heads: Vec<&str> = Vec::new();
    let mut parts: Vec<&str> = Vec::new();
    for i in std::iter::once(id).chain(doc.descendants(id)) {
        let Some((k, j)) = decided[i] else { continue };
        if k != kind {
            continue;
        }
        let reason = cands[j].reason.as_str();
        let (head, tail) = reason.split_once(": ").unwrap_or(("", reason));
        if !heads.contains(&head) {
            heads.push(head);
        }
        for part in tail.split(", ") {
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    if parts.len() <= 1 && heads.len() <= 1 {
        return first.clone();
    }
    // Markers of who serves the slot first, then captions and attributes, then class names.
    let rank = |p: &str| {
        if p.starts_with("class/id") {
            3
        } else if p.starts_with("IAB") || p.starts_with("ad-server attributes") {
            2
        } else if p.contains("label") {
            1
        } else {
            0
        }
    };
    crate::text::sort_by(&mut parts, |a, b| rank(a).cmp(&rank(b)));
    let mut names: Vec<&str> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        match p.strip_prefix("class/id ") {
            Some(name) if names.len() < 2 => names.push(name),
            Some(_) => {}
            None if out.len() < 3 => out.push(p.to_string()),
            None => {}
        }
    }
    if !names.is_empty() {
        out.push(format!("class/id {}", names.join(", ")));
    }
    let head = heads
        .iter()
        .find(|h| h.ends_with("slot"))
        .or(heads.first())
        .copied()
        .unwrap_or("");
    format!("{head}: {}", out.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::html::parse;

    #[test]
    fn hides_clutter_around_an_article_and_never_the_article() {
        let html = r#"<body><div id="top" class="ad-wrapper"><span>Advertisement</span><div id="div-gpt-ad-1-0"></div></div>
            <article id="story"><h1>Budget day</h1><p>The finance minister presented the budget on Monday, and the
            markets rose as investors welcomed the plans for roads and railways across the country.</p>
            <div class="ad-slot" id="inart"></div><p>The opposition said the plans were too small for the scale of the
            problem and called for more spending on schools and hospitals in the coming year.</p></article>
            <aside><p>Other things in the side column, written at some length.</p><div id="nl"><h3>Newsletter</h3><p>Sign up for our daily newsletter</p><form><input type="email"></form></div></aside></body>"#;
        let doc = parse(html);
        let root = doc.find_tag("article");
        let text = "The finance minister presented the budget on Monday, and the markets rose as investors welcomed the plans for roads and railways across the country.\n\nThe opposition said the plans were too small for the scale of the problem and called for more spending on schools and hospitals in the coming year.";
        let ctx = ArticleContext {
            root,
            title: "Budget day",
            url: None,
            text,
        };
        let out = detect(&doc, &ctx);
        let ids: Vec<(&str, ClutterKind)> = out
            .hidden
            .iter()
            .map(|d| (doc.attr(d.node, "id").unwrap_or(""), d.kind))
            .collect();
        assert_eq!(
            ids,
            [
                ("top", ClutterKind::Ad),
                ("inart", ClutterKind::Ad),
                ("nl", ClutterKind::Promo)
            ]
        );
        assert!(
            out.hidden[0].reason.contains("Google Publisher Tag")
                && out.hidden[0].reason.contains("'Advertisement' label"),
            "{}",
            out.hidden[0].reason
        );
    }
}
