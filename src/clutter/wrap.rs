//! From a detected element to the block a person sees: climbing to the outermost wrapper that
//! holds this block and nothing else ("Advertisement" caption plus empty slot, a heading plus
//! its list), and merging siblings of one kind whose parent holds nothing else.

use std::collections::BinaryHeap;

use super::page::Page;
use super::signals as sig;
use crate::dom::{NodeId, NodeKind, is_non_content_tag};
use crate::model::ClutterKind;

/// Counts of detected elements per kind in document order, to ask "does this element hold a
/// block of another kind?" in O(1).
pub struct Seeds {
    prefix: [Vec<u32>; 4],
}

pub fn kind_index(k: ClutterKind) -> usize {
    match k {
        ClutterKind::Ad => 0,
        ClutterKind::Weather => 1,
        ClutterKind::Headlines => 2,
        ClutterKind::Promo => 3,
    }
}

impl Seeds {
    pub fn new(n: usize, seeds: impl Iterator<Item = (NodeId, ClutterKind)>) -> Self {
        let mut at: [Vec<u32>; 4] = std::array::from_fn(|_| vec![0u32; n + 1]);
        for (node, kind) in seeds {
            at[kind_index(kind)][node + 1] += 1;
        }
        for v in &mut at {
            for i in 1..v.len() {
                v[i] += v[i - 1];
            }
        }
        Seeds { prefix: at }
    }

    /// Detected elements of kinds other than `kind` in `id`'s subtree (itself included).
    pub fn others(&self, page: &Page, id: NodeId, kind: ClutterKind) -> u32 {
        let end = page.doc.node(id).end;
        (0..4)
            .filter(|&k| k != kind_index(kind))
            .map(|k| self.prefix[k][end] - self.prefix[k][id])
            .sum()
    }
}

/// How far a block may grow.
pub struct Room {
    /// Words the wrapper may add to the block (a heading, a caption).
    pub words: u32,
    /// Links the wrapper may add.
    pub links: u32,
    /// Pictures the wrapper may add (an app box's phone picture).
    pub media: bool,
    /// Words one added sibling may hold unless it carries one of the `cues` (a title, a
    /// caption); a longer sibling is another block.
    pub sibling_words: u32,
    pub cues: u64,
    /// How many such short pieces one wrapper may add.
    pub plain_siblings: u32,
    /// Story links the wrapper may add (a promo's own link reads like a headline).
    pub cards: u16,
}

/// Climbs from `seed` while the parent adds little (see [`Room`]), holds no other card links
/// and no block of another kind, and the guard allows it.
pub fn grow(page: &Page, seeds: &Seeds, seed: NodeId, kind: ClutterKind, room: &Room) -> NodeId {
    let doc = page.doc;
    let base = page.stats(seed);
    let (base_words, base_links, base_cards) = (base.words, base.links, page.cards[seed]);
    let base_media = page.sub[seed] & sig::MEDIA != 0;
    let mut cur = seed;
    while let Some(p) = doc.parent(cur) {
        let st = page.stats(p);
        if page.structural(p)
            || page.is_nav(p)
            || !page.can_hide_whole(p, false)
            || page.cards[p] > base_cards + room.cards
            || st.words > base_words + room.words
            || st.links > base_links + room.links
            || (!room.media && !base_media && page.sub[p] & sig::MEDIA != 0)
            || seeds.others(page, p, kind) > seeds.others(page, seed, kind)
            || !siblings_fit(page, p, cur, room)
        {
            break;
        }
        cur = p;
    }
    cur
}

/// True when `p`'s children other than `cur` add only a few short pieces without the block's
/// cues (a title, a caption); more are a menu or a column of other things.
fn siblings_fit(page: &Page, p: NodeId, cur: NodeId, room: &Room) -> bool {
    let mut others = 0;
    for &c in page.doc.children(p) {
        let st = page.stats(c);
        if c == cur || (st.words == 0 && st.links == 0) || page.sub[c] & room.cues != 0 {
            continue;
        }
        others += 1;
        if others > room.plain_siblings || st.words > room.sibling_words {
            return false;
        }
    }
    true
}

/// True when a child adds nothing a reader would miss next to a block of `kind`: white space,
/// scripts, empty boxes, and for ads their captions and skip links, for headline blocks a short
/// heading.
fn furniture(page: &Page, id: NodeId, kind: ClutterKind) -> bool {
    let doc = page.doc;
    let st = page.stats(id);
    match &doc.node(id).kind {
        NodeKind::Text(_) => {
            st.chars == 0 || (kind == ClutterKind::Ad && page.label_chars[id] >= st.chars)
        }
        NodeKind::Element(e) => {
            if is_non_content_tag(&e.tag) {
                return e.tag != "iframe" || page.own[id] & sig::MEDIA == 0;
            }
            let heading = matches!(e.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            // A block's title may be a link ("More News from Sci-Tech").
            let cards_ok = page.cards[id] == 0
                || (heading && page.cards[id] == 1 && kind == ClutterKind::Headlines);
            // Pictures without words next to headline lists are a photo strip of the same rail.
            let media_ok =
                page.sub[id] & sig::MEDIA == 0 || (kind == ClutterKind::Headlines && st.chars == 0);
            if !cards_ok || !media_ok {
                return false;
            }
            if st.chars == 0 {
                return true;
            }
            match kind {
                // Captions, skip links ("Continue reading the main story"), a box title.
                ClutterKind::Ad => {
                    page.label_chars[id] >= st.chars
                        || (e.tag == "a"
                            && e.attr("href").is_some_and(|h| h.starts_with('#'))
                            && st.words <= 6)
                        || (heading && st.words <= 6)
                }
                // A heading, tabs, "View all".
                ClutterKind::Headlines => st.words <= 8,
                _ => false,
            }
        }
        NodeKind::Document => false,
    }
}

/// Merges decided blocks upward: a parent whose children are all blocks of one kind or
/// furniture (and at most one promo badge without words) becomes the block. `decided[id]` holds the index of the candidate decided at `id`.
pub fn merge(page: &Page, decided: &mut [Option<(ClutterKind, usize)>]) {
    let doc = page.doc;
    let mut heap: BinaryHeap<NodeId> = BinaryHeap::new();
    let mut queued = vec![false; decided.len()];
    for (id, d) in decided.iter().enumerate() {
        if d.is_some() {
            if let Some(p) = doc.parent(id) {
                if !queued[p] {
                    queued[p] = true;
                    heap.push(p);
                }
            }
        }
    }
    // Largest id first: every descendant of a parent is settled before the parent is examined.
    while let Some(p) = heap.pop() {
        if decided[p].is_some() || page.structural(p) || page.in_nav(p) {
            continue;
        }
        let mut found: Option<(ClutterKind, usize)> = None;
        // A promo without words (app-store badges) may go with a block of another kind beside
        // it: the box shows that block only.
        let mut badges: Vec<(ClutterKind, usize)> = Vec::new();
        let mut ok = true;
        for &c in doc.children(p) {
            if let Some((k, idx)) = decided[c] {
                if k == ClutterKind::Promo && page.stats(c).chars == 0 {
                    badges.push((k, idx));
                    continue;
                }
                match found {
                    Some((fk, _)) if fk != k => {
                        ok = false;
                        break;
                    }
                    None => found = Some((k, idx)),
                    _ => {}
                }
            }
        }
        let Some((kind, idx)) = found.or(badges.first().copied()) else {
            continue;
        };
        if !ok || (kind != ClutterKind::Promo && badges.len() > 1) {
            continue;
        }
        let all = doc
            .children(p)
            .iter()
            .all(|&c| decided[c].is_some() || furniture(page, c, kind));
        if !all || !page.can_hide(p, false) {
            continue;
        }
        decided[p] = Some((kind, idx));
        if let Some(pp) = doc.parent(p) {
            if !queued[pp] {
                queued[pp] = true;
                heap.push(pp);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clutter::ArticleContext;
    use crate::dom::html::parse;

    fn by_id(doc: &crate::dom::Document, id: &str) -> NodeId {
        doc.elements()
            .find(|&i| doc.attr(i, "id") == Some(id))
            .unwrap()
    }

    #[test]
    fn merges_a_caption_and_a_slot_into_their_wrapper() {
        let doc = parse(
            "<div id=side><p>Some text of the sidebar that stays.</p>\
             <div id=w><span id=l>Advertisement</span><div id=s class=ad></div><script>x()</script></div></div>",
        );
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        let mut decided = vec![None; doc.len()];
        decided[by_id(&doc, "s")] = Some((ClutterKind::Ad, 0));
        merge(&page, &mut decided);
        assert!(decided[by_id(&doc, "w")].is_some());
        assert!(decided[by_id(&doc, "side")].is_none());
    }

    #[test]
    fn does_not_merge_two_kinds() {
        let doc = parse("<div id=w><div id=a></div><div id=b></div></div>");
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        let mut decided = vec![None; doc.len()];
        decided[by_id(&doc, "a")] = Some((ClutterKind::Ad, 0));
        decided[by_id(&doc, "b")] = Some((ClutterKind::Weather, 1));
        merge(&page, &mut decided);
        assert!(decided[by_id(&doc, "w")].is_none());
    }

    #[test]
    fn a_wordless_promo_badge_goes_with_the_rail_beside_it() {
        let doc = parse(
            "<div id=main><p>The article, long enough to stay where it is on the page.</p></div>\
             <div id=col><div id=tabs><a href='/live'>Live TV</a> <a href='/photos'>Photos</a></div>\
             <div id=app><a href='https://apps.apple.com/app/x'><img src='ios.png'></a></div>\
             <div id=rail><h3>Photo Gallery</h3><a href='/a'>One story of the day</a></div></div>",
        );
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        let mut decided = vec![None; doc.len()];
        decided[by_id(&doc, "app")] = Some((ClutterKind::Promo, 0));
        decided[by_id(&doc, "rail")] = Some((ClutterKind::Headlines, 1));
        merge(&page, &mut decided);
        assert_eq!(
            decided[by_id(&doc, "col")],
            Some((ClutterKind::Headlines, 1))
        );
    }

    #[test]
    fn grows_to_the_box_holding_a_heading() {
        let doc = parse(
            "<div id=col><p>Lots of other words in this column that are not part of the box at all.</p>\
             <div id=box><h3>Newsletter</h3><form id=f><input type=email></form></div></div>",
        );
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        let seeds = Seeds::new(doc.len(), std::iter::empty());
        let room = Room {
            words: 6,
            links: 1,
            media: false,
            sibling_words: 8,
            cues: 0,
            plain_siblings: 1,
            cards: 0,
        };
        assert_eq!(
            grow(&page, &seeds, by_id(&doc, "f"), ClutterKind::Promo, &room),
            by_id(&doc, "box")
        );
    }
}
