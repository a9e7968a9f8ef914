//! Per-node facts every detector shares, computed in three linear passes: ancestors first
//! (inside a link, a nav, the article root, a script), then the article guard's text stream,
//! then a backward pass folding evidence bits and counts up the tree.

use crate::dom::hash::FxHashSet as HashSet;

use super::ArticleContext;
use super::guard;
use super::signals::{self as sig, Label};
use crate::dom::{Document, NodeId, NodeKind, TextStats, is_non_content_tag};

/// Article words (outside links) that make an element part of the article.
const ARTICLE_WORDS: u32 = 10;
/// Non-link characters of prose above which an element is article-like whatever its markup says.
const PROSE_CHARS: u32 = 1500;

const IN_LINK: u8 = 1;
const IN_NAV: u8 = 2;
const IN_ROOT: u8 = 4;
const IN_SKIP: u8 = 8;
/// Inside a story pager (a class says "pagination"): its links load stories by script.
const IN_PAGER: u8 = 16;

pub struct Page<'a> {
    pub doc: &'a Document,
    pub ctx: &'a ArticleContext<'a>,
    /// Evidence of the node itself (element markup, or cues of a text node).
    pub own: Vec<u64>,
    /// `own` OR-ed over the subtree.
    pub sub: Vec<u64>,
    /// Headline-like links (3+ words) in the subtree.
    pub cards: Vec<u16>,
    /// Characters of ad-label text ("Advertisement", "Sponsored") in the subtree.
    pub label_chars: Vec<u32>,
    /// Article words outside links in the subtree.
    pub art: Vec<u32>,
    flags: Vec<u8>,
    /// The nearest enclosing paragraph (`p`, `li`, `blockquote`), or 0.
    para: Vec<u32>,
    /// The root and its ancestors.
    on_root_path: Vec<bool>,
    /// Hashes of the article text's three-word runs.
    pub article: HashSet<u64>,
}

impl<'a> Page<'a> {
    pub fn new(doc: &'a Document, ctx: &'a ArticleContext<'a>) -> Self {
        let n = doc.len();
        let mut flags = vec![0u8; n];
        let mut para = vec![0u32; n];
        let mut own = vec![0u64; n];
        let mut buf = String::new();
        for id in 1..n {
            let Some(p) = doc.parent(id) else { continue };
            let mut f = flags[p];
            para[id] = para[p];
            if let Some(e) = doc.element(p) {
                if matches!(
                    e.tag.as_str(),
                    "p" | "li" | "blockquote" | "h1" | "h2" | "h3"
                ) {
                    para[id] = p as u32;
                }
                if e.tag == "a" {
                    f |= IN_LINK;
                }
                if is_non_content_tag(&e.tag) {
                    f |= IN_SKIP;
                }
                if e.tag == "nav" || e.attr("role") == Some("navigation") {
                    f |= IN_NAV;
                }
                if own[p] & sig::PAGER_WORD != 0 {
                    f |= IN_PAGER;
                }
            }
            if ctx.root == Some(p) {
                f |= IN_ROOT;
            }
            flags[id] = f;
            own[id] = match &doc.nodes[id].kind {
                NodeKind::Element(_) => sig::element_bits(doc, id),
                NodeKind::Text(t) if f & IN_SKIP == 0 => {
                    let mut b = sig::text_bits(t, &mut buf);
                    match sig::label(t) {
                        Some(Label::Ad) => b |= sig::LABEL_AD,
                        Some(Label::Weak) => b |= sig::LABEL_WEAK,
                        Some(Label::Sponsor) => b |= sig::LABEL_WEAK | sig::LABEL_SPONSOR,
                        None => {}
                    }
                    b
                }
                _ => 0,
            };
        }
        let skip: Vec<bool> = flags.iter().map(|f| f & IN_SKIP != 0).collect();
        let in_link: Vec<bool> = flags.iter().map(|f| f & IN_LINK != 0).collect();
        let article = guard::trigrams(ctx.text);
        let mut art = guard::article_words(doc, &article, &skip, &in_link);

        let mut sub = own.clone();
        let mut cards = vec![0u16; n];
        let mut label_chars = vec![0u32; n];
        for id in (1..n).rev() {
            let node = &doc.nodes[id];
            match &node.kind {
                NodeKind::Text(_) => {
                    if own[id] & (sig::LABEL_AD | sig::LABEL_WEAK) != 0 {
                        label_chars[id] = doc.stats[id].chars;
                    }
                }
                NodeKind::Element(e) => {
                    if is_non_content_tag(&e.tag) {
                        // Scripts and iframes carry markers (ad hosts) but no text.
                        sub[id] = own[id];
                        art[id] = 0;
                        continue;
                    }
                    let (mut s, mut c, mut l, mut a) = (own[id], 0u16, 0u32, 0u32);
                    for &ch in &node.children {
                        s |= sub[ch];
                        c = c.saturating_add(cards[ch]);
                        l += label_chars[ch];
                        a += art[ch];
                    }
                    if e.tag == "a" && is_card_link(doc, id, flags[id]) {
                        c = c.saturating_add(1);
                        own[id] |= sig::CARD;
                        s |= sig::CARD;
                    }
                    sub[id] = s;
                    cards[id] = c;
                    label_chars[id] = l;
                    art[id] = a;
                }
                NodeKind::Document => {}
            }
        }
        let mut on_root_path = vec![false; n];
        if let Some(r) = ctx.root {
            on_root_path[r] = true;
            for a in doc.ancestors(r) {
                on_root_path[a] = true;
            }
        }
        Page {
            doc,
            ctx,
            own,
            sub,
            cards,
            label_chars,
            art,
            flags,
            para,
            on_root_path,
            article,
        }
    }

    pub fn stats(&self, id: NodeId) -> &TextStats {
        &self.doc.stats[id]
    }

    pub fn in_root(&self, id: NodeId) -> bool {
        self.flags[id] & IN_ROOT != 0 || self.ctx.root == Some(id)
    }

    pub fn in_nav(&self, id: NodeId) -> bool {
        self.flags[id] & IN_NAV != 0 || self.is_nav(id)
    }

    /// The `nav` element (or `role=navigation`) itself.
    pub fn is_nav(&self, id: NodeId) -> bool {
        self.own[id] & sig::NAV != 0
    }

    /// True for html, head, body and main: never hidden, never climbed into.
    pub fn structural(&self, id: NodeId) -> bool {
        matches!(self.doc.tag(id), "html" | "head" | "body" | "main" | "")
    }

    /// True when the subtree holds no visible text but ad labels, and no picture or video.
    pub fn empty_but_labels(&self, id: NodeId) -> bool {
        self.stats(id).chars <= self.label_chars[id] && self.sub[id] & sig::MEDIA == 0
    }

    /// The article guard. `strong` evidence (an ad vendor's own marker) may hide pictures inside
    /// the article; nothing may hide the root, its ancestors, article words or article-like prose,
    /// nor a piece of an article paragraph (a name's hover card is part of the sentence).
    pub fn can_hide(&self, id: NodeId, strong: bool) -> bool {
        let para = self.para[id] as usize;
        // Also without the extractor's help: a piece of a long paragraph of prose stays.
        let prose = |p: NodeId| {
            let st = self.stats(p);
            st.chars.saturating_sub(st.link_chars) >= 120 && !strong
        };
        self.can_hide_whole(id, strong) && (para == 0 || (self.art[para] < 3 && !prose(para)))
    }

    /// [`Self::can_hide`] without the paragraph rule: for climbing from a piece of a paragraph
    /// towards the whole paragraph, which is judged on its own words.
    pub fn can_hide_whole(&self, id: NodeId, strong: bool) -> bool {
        if self.structural(id) || self.on_root_path[id] || self.art[id] >= ARTICLE_WORDS {
            return false;
        }
        let st = self.stats(id);
        if st.chars.saturating_sub(st.link_chars) > PROSE_CHARS
            && st.link_density() < 0.35
            && !strong
        {
            return false;
        }
        // The article's own figures and videos.
        !(self.in_root(id)
            && self.sub[id] & sig::MEDIA != 0
            && !strong
            && self.doc.tag(id) == "figure")
    }

    /// The element's text, only when it is short (labels, headings): longer texts are not read.
    pub fn short_text(&self, id: NodeId, max_chars: u32) -> Option<String> {
        (self.stats(id).chars <= max_chars).then(|| self.doc.text_content(id))
    }
}

/// A link that reads like a story headline: 3 to 40 words, a real target (in a story pager,
/// also a script that scrolls to the story), not nested.
fn is_card_link(doc: &Document, id: NodeId, flags: u8) -> bool {
    let words = doc.stats[id].words;
    if flags & IN_LINK != 0 || !(3..=40).contains(&words) {
        return false;
    }
    doc.attr(id, "href").is_some_and(|h| {
        let h = h.trim();
        !h.is_empty()
            && !h.starts_with('#')
            && (!h.starts_with("javascript:") || flags & IN_PAGER != 0)
            && !h.starts_with("mailto:")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::html::parse;

    fn ctx(text: &str) -> ArticleContext<'_> {
        ArticleContext {
            root: None,
            title: "",
            url: None,
            text,
        }
    }

    #[test]
    fn counts_cards_labels_and_article_words() {
        let doc = parse(
            "<div id=a><span>Advertisement</span><div class=slot></div></div>\
             <ul id=l><li><a href='/1'>One story about the budget</a></li><li><a href='/2'>Two</a></li></ul>\
             <p id=p>The finance minister presented the budget on Monday in parliament.</p>",
        );
        let text = "The finance minister presented the budget on Monday in parliament.";
        let c = ctx(text);
        let page = Page::new(&doc, &c);
        let find = |id: &str| {
            doc.elements()
                .find(|&i| doc.attr(i, "id") == Some(id))
                .unwrap()
        };
        assert!(page.empty_but_labels(find("a")));
        assert_eq!(page.cards[find("l")], 1);
        assert_eq!(page.art[find("p")], 10);
        assert!(!page.can_hide(find("p"), true));
        assert!(page.can_hide(find("l"), false));
        assert!(!page.can_hide(doc.find_tag("body").unwrap(), true));
    }

    #[test]
    fn keeps_pieces_of_prose_paragraphs_without_the_extractor() {
        let doc = parse(
            "<p>Representative <span id=n><span>Ilhan Omar</span><a href='/x'>Her latest news in one card</a></span> \
             said on Tuesday that the sentencing showed the country could answer threats with compassion, \
             and she asked the judge for leniency in a letter.</p>",
        );
        let c = ctx("");
        let page = Page::new(&doc, &c);
        let n = doc
            .elements()
            .find(|&i| doc.attr(i, "id") == Some("n"))
            .unwrap();
        assert!(!page.can_hide(n, false));
        assert!(page.can_hide(n, true));
    }
}
