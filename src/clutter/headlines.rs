//! Headline blocks: lists of story cards (links that read like headlines), pagers, tickers and
//! "also read" lines. Each block is judged by [`super::relevance`]: blocks about the article's
//! topic stay and their links become `related`; the others are hidden.

use crate::dom::hash::FxHashSet as HashSet;

use super::guard;
use super::page::Page;
use super::relevance::{Intent, Relevance};
use super::signals as sig;
use super::url;
use super::wrap::Seeds;
use super::{Candidate, quote};
use crate::dom::NodeId;
use crate::model::{ClutterKind, Link};
use crate::text::Fragments;

/// Words that name a headline block (lower-case, matched inside the heading).
#[rustfmt::skip]
const NAMES: &[&str] = &[
    "headlines", "top stories", "top news", "trending", "latest", "must read", "must watch",
    "must listen", "most read", "most popular", "most viewed", "most watched", "most commented",
    "most shared", "popular", "you may like", "you may also like", "also read", "read also",
    "read more", "more from", "more news", "more stories", "more on", "stories", "photo",
    "gallery", "video", "web stories", "breaking", "picks", "recommended", "related",
    "in case you missed", "don't miss", "elsewhere", "featured", "features", "watch now",
    "next up", "podcast", "what to read next", "recent posts", "popular posts", "also see",
    "see also", "टॉप", "ट्रेंडिंग", "फोटो", "वीडियो", "ताज़ा", "यह भी पढ़ें", "और पढ़ें",
    "ये भी पढ़ें",
];
/// Words a block's wrapper may add to it (a heading, "View all").
const ROOM_WORDS: u32 = 15;
/// Cues of a box that sells something (left to the promo detector).
const SELLS: u64 = sig::T_OFFER | sig::T_SIGNUP | sig::T_APP | sig::T_EPAPER | sig::T_NEWSLETTER;
/// Words of a bar of topic links under a "Trending" name ("Trending: Budget, Elections").
const TOPIC_WORDS: u32 = 20;
/// Cards read per block.
const MAX_CARDS: usize = 60;

/// One headline block found on the page.
struct Block {
    node: NodeId,
    heading: Option<String>,
    named: bool,
    marked: bool,
}

pub struct Found {
    pub hidden: Vec<Candidate>,
    /// Blocks about the article's topic: kept, and nothing may hide them.
    pub kept: Vec<NodeId>,
    pub related: Vec<Link>,
}

/// True when two texts have the same words (case and punctuation aside).
fn same_words(a: &str, b: &str) -> bool {
    let words = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    !b.trim().is_empty() && words(a) == words(b)
}

fn heading_tag(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Elements that may hold a block's name: headings, bold captions and "title"-like classes.
fn heading_like(page: &Page, id: NodeId) -> bool {
    let doc = page.doc;
    let tag = doc.tag(id);
    let st = page.stats(id);
    if st.words == 0 || st.words > 10 {
        return false;
    }
    heading_tag(tag)
        || (matches!(tag, "strong" | "b") && st.words <= 4)
        || doc.element(id).is_some_and(|e| {
            e.attrs.iter().any(|(n, v)| {
                n == "class"
                    && sig::words(v).any(|w| {
                        [
                            "title", "head", "heading", "header", "label", "badge", "lead", "hd",
                            "hdr", "hed",
                        ]
                        .iter()
                        .any(|k| w.eq_ignore_ascii_case(k))
                    })
            })
        })
}

/// True when the text holds one of the [`NAMES`] as whole words (a plural "s" allowed):
/// "Photos" and "Photo Gallery" name a rail, "Photography" in a site's motto does not.
fn named(text: &str) -> bool {
    let t = text.to_lowercase();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    // One pass over the text, trying the names that start with each byte; each name's matches
    // are taken left to right without overlapping, as `match_indices` finds them.
    static INDEX: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = vec![Vec::new(); 256];
        for (k, n) in NAMES.iter().enumerate() {
            index[n.as_bytes()[0] as usize].push(k as u8);
        }
        index
    });
    let b = t.as_bytes();
    let mut next = [0usize; NAMES.len()];
    for i in 0..b.len() {
        for &k in &index[b[i] as usize] {
            let k = k as usize;
            let n = NAMES[k];
            if i < next[k] || !b[i..].starts_with(n.as_bytes()) {
                continue;
            }
            let mut after = t[i + n.len()..].chars();
            let next_char = after.next();
            let whole = !letter(next_char) || (next_char == Some('s') && !letter(after.next()));
            // Latin names need word edges; Devanagari ones are matched as they are.
            if !n.is_ascii() || (whole && !letter(t[..i].chars().next_back())) {
                return true;
            }
            next[k] = i + n.len();
        }
    }
    false
}

/// Names that promise cards on the article's topic, and names of lists chosen by clicks or
/// time (lower-case, matched inside the heading).
#[rustfmt::skip]
const RELATED_NAMES: &[&str] = &[
    "related", "more on", "also read", "read also", "read more", "explore further", "see also",
    "also see", "more about", "you may also like", "recommended", "यह भी पढ़ें", "ये भी पढ़ें",
    "और पढ़ें",
];
#[rustfmt::skip]
const POPULAR_NAMES: &[&str] = &[
    "most ", "popular", "trending", "latest", "top stories", "top news", "headlines", "breaking",
    "picks", "top video", "must ", "टॉप", "ट्रेंडिंग", "ताज़ा",
];

fn intent(heading: Option<&str>, pager: bool) -> Intent {
    let h = heading.unwrap_or("").to_lowercase();
    if RELATED_NAMES.iter().any(|n| h.contains(n)) {
        Intent::Related
    } else if pager || POPULAR_NAMES.iter().any(|n| h.contains(n)) {
        Intent::Popular
    } else {
        Intent::Other
    }
}

/// The block's name: its first heading-like element before its first card, or a heading just
/// before the block.
fn heading(page: &Page, b: NodeId) -> Option<String> {
    let doc = page.doc;
    let mut i = b;
    let end = doc.node(b).end;
    while i < end {
        if page.own[i] & sig::CARD != 0
            && !heading_like(page, i)
            && !doc.parent(i).is_some_and(|p| heading_tag(doc.tag(p)))
        {
            break;
        }
        // A heading box that holds a real heading (h2 next to "View all") gives way to it.
        if doc.element(i).is_some()
            && i != b
            && heading_like(page, i)
            && (heading_tag(doc.tag(i)) || !doc.descendants(i).any(|d| heading_tag(doc.tag(d))))
        {
            return page.short_text(i, 120);
        }
        i += 1;
    }
    // A heading just before the block, or before the boxes that hold it (a section heading
    // over several columns of cards).
    let mut cur = b;
    for _ in 0..3 {
        let p = doc.parent(cur)?;
        if page.structural(p) || page.stats(p).words > page.stats(b).words * 4 + 40 {
            return None;
        }
        let prev = doc
            .child_elements(p)
            .take_while(|&c| c != cur)
            .filter(|&c| page.stats(c).words > 0)
            .last();
        if let Some(h) = prev {
            return heading_like(page, h)
                .then(|| page.short_text(h, 120))
                .flatten();
        }
        cur = p;
    }
    None
}

/// Words of site links that are no story: legal pages, contact, about, advertising.
#[rustfmt::skip]
const SITE_WORDS: &[&str] = &[
    "privacy", "terms", "cookie", "policy", "contact", "about us", "advertise", "careers",
    "sitemap", "copyright", "subscription", "help center", "newsletters", "rss", "accessibility",
    "log in", "sign in", "sign up", "feedback", "grievance", "disclaimer", "personal information",
    "homepage", "masthead", "guidelines", "share this", "share on", "click to share", "new window",
];

fn site_link(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<Fragments> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words = Fragments::default();
        words.add(SITE_WORDS, 1);
        words
    });
    words.find(text.to_lowercase().as_bytes()) != 0
}

/// Climbs from a list to the outermost element holding just it, its heading and furniture.
fn grow(page: &Page, seeds: &Seeds, seed: NodeId) -> NodeId {
    let doc = page.doc;
    let base_words = page.stats(seed).words;
    let mut cur = seed;
    while let Some(p) = doc.parent(cur) {
        if page.structural(p) || page.in_nav(p) || !page.can_hide(p, false) {
            break;
        }
        let extra_cards = page.cards[p] - page.cards[cur];
        // One more card is allowed when it is the block's heading link ("More News from …").
        let heading_card = extra_cards == 1
            && doc.child_elements(p).any(|c| {
                c != cur
                    && page.cards[c] == 1
                    && heading_tag(doc.tag(c))
                    && page.stats(c).words <= 8
            });
        if (extra_cards > 0 && !heading_card)
            || page.stats(p).words > base_words + ROOM_WORDS
            || seeds.others(page, p, ClutterKind::Headlines)
                > seeds.others(page, cur, ClutterKind::Headlines)
        {
            break;
        }
        cur = p;
    }
    cur
}

/// The card links of a block (the first [`MAX_CARDS`]: enough to judge it, and the scan stays
/// short however big the page). A story linked twice (its title, then a teaser paragraph) is
/// one card, read by its shorter text: the headline.
fn cards(page: &Page, b: NodeId) -> Vec<NodeId> {
    let doc = page.doc;
    let mut out: Vec<NodeId> = Vec::new();
    for a in doc
        .descendants(b)
        .filter(|&i| page.own[i] & sig::CARD != 0)
        .take(MAX_CARDS)
    {
        let href = doc
            .attr(a, "href")
            .map(|h| h.trim().trim_end_matches('/'))
            .filter(|h| !h.starts_with("javascript:"));
        let twin = href.and_then(|href| {
            out.iter_mut().find(|o| {
                doc.attr(**o, "href")
                    .is_some_and(|h| h.trim().trim_end_matches('/') == href)
            })
        });
        match twin {
            Some(o) if page.stats(a).words < page.stats(*o).words => *o = a,
            Some(_) => {}
            None => out.push(a),
        }
    }
    out
}

fn seeds_of_blocks(page: &Page, seeds: &Seeds) -> Vec<Block> {
    let doc = page.doc;
    let mut found: Vec<Block> = Vec::new();
    let mut add = |node: NodeId, marked: bool| {
        let heading = heading(page, node);
        let named = heading.as_deref().is_some_and(named);
        found.push(Block {
            node,
            heading,
            named,
            marked: marked || page.own[node] & (sig::HL_WORD | sig::PAGER_WORD) != 0,
        });
    };
    for id in doc.elements() {
        if page.in_nav(id) || page.structural(id) {
            continue;
        }
        let c = page.cards[id];
        let marked = page.own[id] & (sig::HL_WORD | sig::PAGER_WORD) != 0;
        // A list: an element with three cards of its own (outside its own lists of three).
        let loose: u32 = doc
            .children(id)
            .iter()
            .map(|&ch| page.cards[ch] as u32)
            .filter(|&k| k < 3)
            .sum();
        let sublists = doc
            .children(id)
            .iter()
            .filter(|&&ch| page.cards[ch] >= 3)
            .count();
        // (A lead card or two next to one list, under one heading, make one box too.)
        if c >= 3
            && (loose >= 3 || (loose >= 1 && sublists == 1))
            && (sublists == 0 || seeds.others(page, id, ClutterKind::Headlines) == 0)
        {
            add(grow(page, seeds, id), marked);
        } else if (1..=2).contains(&c)
            && (marked || (page.own[id] & sig::PROMO_PLACE != 0 && page.sub[id] & SELLS == 0))
            && page.stats(id).words <= 60
        {
            // A ticker or pager named by its class, or a story teaser named "promo".
            add(grow(page, seeds, id), true);
        } else if c <= 1
            && heading_like(page, id)
            && page.short_text(id, 120).is_some_and(|t| named(&t))
        {
            // A named line or box with one or two cards: "ALSO READ: …", "BREAKING …".
            let owner = doc.ancestors(id).take(4).find(|&a| page.cards[a] > c);
            if let Some(a) = owner
                .filter(|&a| page.cards[a] <= 2 && page.stats(a).words <= 60 && !page.structural(a))
            {
                add(grow(page, seeds, a), false);
            } else if c == 0 {
                // A named box with no cards yet: the list under the heading comes from a script.
                // Under a "Trending" or "Most read" name, short links are the list: topics.
                let words = page.stats(id).words + 3;
                let popular = page
                    .short_text(id, 120)
                    .is_some_and(|t| intent(Some(&t), false) == Intent::Popular);
                let mut a = id;
                for up in doc.ancestors(id).take(3) {
                    let st = page.stats(up);
                    let topics = popular && st.words <= TOPIC_WORDS && st.link_density() >= 0.6;
                    if page.structural(up)
                        || (st.words > words && !topics)
                        || page.sub[up] & sig::MEDIA != 0
                        || page.cards[up] > 0
                    {
                        break;
                    }
                    a = up;
                }
                if a != id && page.stats(a).elements > page.stats(id).elements + 1 {
                    add(grow(page, seeds, a), false);
                }
            }
        } else if c == 0
            && page.own[id] & sig::HL_WORD != 0
            && seeds.others(page, id, ClutterKind::Headlines) == 0
            && page.stats(id).words <= 6
            && page.sub[id] & sig::MEDIA == 0
            && (page.stats(id).elements > 0
                || matches!(doc.tag(id), "div" | "section" | "aside" | "ul"))
        {
            // A headline box a script fills later ("most-popular", "trending").
            add(grow(page, seeds, id), true);
        }
    }
    // Nested lists stay, each judged on its own (an outer block that holds a related list is
    // not hidden); a small find inside a bigger block (one item of a list) is part of it.
    crate::text::sort_by(&mut found, |a, b| a.node.cmp(&b.node));
    let mut out: Vec<Block> = Vec::new();
    // Blocks that may still hold the next ones (indices into `out`), innermost last.
    let mut open: Vec<usize> = Vec::new();
    for b in found {
        while open
            .last()
            .is_some_and(|&o| !doc.contains(out[o].node, b.node))
        {
            open.pop();
        }
        match open.last().copied() {
            Some(o) if out[o].node == b.node || page.cards[b.node] < 3 => {
                out[o].named |= b.named;
                out[o].marked |= b.marked;
            }
            _ => {
                open.push(out.len());
                out.push(b);
            }
        }
    }
    out
}

pub fn detect(page: &Page, seeds: &Seeds) -> Found {
    let doc = page.doc;
    let blocks = seeds_of_blocks(page, seeds);
    let mut found = Found {
        hidden: Vec::new(),
        kept: Vec::new(),
        related: Vec::new(),
    };
    if blocks.is_empty() {
        return found;
    }
    let per_block: Vec<Vec<NodeId>> = blocks.iter().map(|b| cards(page, b.node)).collect();
    let texts: Vec<Vec<String>> = per_block
        .iter()
        .map(|cs| cs.iter().map(|&a| doc.text_content(a)).collect())
        .collect();
    let all: Vec<&str> = texts.iter().flatten().map(String::as_str).collect();
    let rel = Relevance::new(page.ctx.title, page.ctx.text, page.ctx.url, &all, |c| {
        guard::repeats(&page.article, c)
    });
    let mut seen_links: HashSet<String> = HashSet::default();
    for ((b, cs), heads) in blocks.iter().zip(&per_block).zip(&texts) {
        let st = page.stats(b.node);
        let n = cs.len();
        let avg_words = if n == 0 {
            0
        } else {
            cs.iter().map(|&a| page.stats(a).words).sum::<u32>() / n as u32
        };
        let dense = st.link_density();
        // Site furniture (privacy, terms, contact…) is not news, even in long link texts.
        let furniture = heads.iter().filter(|h| site_link(h)).count();
        let accepted = if furniture * 5 >= n * 2 && n > 0 {
            false
        } else if n >= 3 {
            dense >= 0.4 && (avg_words >= 4 || b.named || b.marked)
        } else if n == 0 {
            // (Outside the article, a named box may show a player: "Podcasts" over an embed;
            // a picture is more likely the site's logo.)
            let topics = intent(b.heading.as_deref(), false) == Intent::Popular
                && st.words <= TOPIC_WORDS
                && dense >= 0.6;
            let player = || {
                doc.descendants(b.node)
                    .any(|i| matches!(doc.tag(i), "iframe" | "video" | "audio"))
            };
            (b.marked || b.named)
                && (st.words <= 6 || topics)
                && (page.sub[b.node] & sig::MEDIA == 0 || (!page.in_root(b.node) && player()))
        } else {
            n >= 1 && (b.named || b.marked) && dense >= 0.3
        };
        // A pager is chosen by time, not topic ("next story"), however many stories it lists.
        let paged = b.marked && page.sub[b.node] & sig::PAGER_WORD != 0;
        let pager = paged && n <= 2;
        // The article's own card (a pager's current story) says nothing about the others.
        let others: Vec<String> = heads
            .iter()
            .filter(|h| !same_words(h, page.ctx.title))
            .cloned()
            .collect();
        let verdict = rel.judge(&others, intent(b.heading.as_deref(), paged));
        if !accepted || !page.can_hide(b.node, false) {
            continue;
        }
        let name = b
            .heading
            .as_deref()
            .map_or_else(String::new, |h| format!(" {}", quote(h)));
        if verdict.related {
            found.kept.push(b.node);
            for (&a, text) in cs.iter().zip(heads) {
                if let Some(href) = doc.attr(a, "href").and_then(|h| url::join(page.ctx.url, h)) {
                    if seen_links.insert(href.clone()) {
                        found.related.push(Link {
                            text: text.clone(),
                            href,
                        });
                    }
                }
            }
            continue;
        }
        let topic = match verdict.on_topic {
            0 if n == 0 => "empty until a script fills it".to_string(),
            0 if n == 1 => "it does not share a topic with the article".to_string(),
            0 => "none shares a topic with the article".to_string(),
            1 if n == 1 => "too far from the article's topic".to_string(),
            1 => format!("only 1 of {n} shares a topic with the article"),
            k => format!("{k} of {n} touch the article's topic, too few to keep it"),
        };
        let what = if pager {
            "story pager"
        } else {
            "headline block"
        };
        let cards = match n {
            0 => "no cards yet".to_string(),
            1 => "1 card".to_string(),
            _ => format!("{n} cards"),
        };
        found.hidden.push(Candidate::new(
            b.node,
            ClutterKind::Headlines,
            format!("{what}{name}: {cards}, {topic}"),
            false,
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clutter::ArticleContext;
    use crate::dom::html::parse;

    const ARTICLE: &str = "The IT Ministry took to Koo, India's rival to Twitter, and called the blog unusual. \
        Twitter said it has not taken action on accounts of news media entities, journalists and politicians.";

    fn run(html: &str) -> (Vec<String>, Vec<String>) {
        let doc = parse(html);
        let root = doc.elements().find(|&i| doc.attr(i, "id") == Some("story"));
        let ctx = ArticleContext {
            root,
            title: "IT Ministry Calls Twitter's Blog Unusual",
            url: Some("https://n.example.com/tech/koo-twitter-1"),
            text: ARTICLE,
        };
        let page = Page::new(&doc, &ctx);
        let seeds = Seeds::new(doc.len(), std::iter::empty());
        let f = detect(&page, &seeds);
        let hidden = f
            .hidden
            .iter()
            .map(|c| format!("{} {}", doc.attr(c.node, "id").unwrap_or(""), c.reason))
            .collect();
        (hidden, f.related.iter().map(|l| l.href.clone()).collect())
    }

    #[test]
    fn hides_an_unrelated_rail_with_its_heading() {
        let (hidden, related) = run(
            r#"<div id="story"><p>The IT Ministry took to Koo, India's rival to Twitter, and called the blog unusual.</p></div>
            <section id="rail"><h2>Top Headlines</h2><div>
              <div><a href="/a">PM Modi Slams Opposition At Bengal Rally</a></div>
              <div><a href="/b">Sunita Kejriwal To Enter AAP's Poll Campaign</a></div>
              <div><a href="/c">Amit Shah Asks Rahul Gandhi About Sharia Row</a></div>
              <div><a href="/d">Himanta Says PM Has No Reason To Meet Kharge</a></div></div></section>"#,
        );
        assert_eq!(
            hidden,
            ["rail headline block 'Top Headlines': 4 cards, none shares a topic with the article"]
        );
        assert!(related.is_empty());
    }

    #[test]
    fn keeps_a_related_also_read_line_and_reports_its_link() {
        let (hidden, related) = run(
            r#"<div id="story"><p>The IT Ministry took to Koo, India's rival to Twitter, and called the blog unusual.</p>
            <p id="also"><strong>ALSO READ:</strong> <a href="/news/twitter-acts-on-500-indian-accounts">Twitter Acts On 500 Indian Accounts, Explains Action On Journalists</a></p></div>"#,
        );
        assert!(hidden.is_empty(), "{hidden:?}");
        assert_eq!(
            related,
            ["https://n.example.com/news/twitter-acts-on-500-indian-accounts"]
        );
    }

    #[test]
    fn hides_named_boxes_of_topics_players_and_unrelated_teasers() {
        let (hidden, related) = run(
            r#"<div id="story"><p>The IT Ministry took to Koo, India's rival to Twitter, and called the blog unusual.</p>
            <div id="teaser" class="Enhancement"><div class="PromoSmall"><div class="PromoSmall-category"><a href="/sport">Sport</a></div>
              <div class="PromoSmall-title"><a href="/sport/cricket-final-tonight">Cricket Final Tonight In Mumbai Stadium</a></div></div></div>
            <div id="teaser2" class="Enhancement"><div class="PromoSmall"><div class="PromoSmall-title"><a href="/tech/twitter-500-accounts">Twitter Acts On 500 Indian Accounts After IT Ministry Order</a></div></div></div></div>
            <div id="bar"><h2>TRENDING:</h2><ul><li><a href="/t/budget">Budget</a></li><li><a href="/t/elections">State elections</a></li><li><a href="/t/monsoon">Monsoon</a></li></ul></div>
            <div id="pod"><div class="pod-heading"><div class="pod-title">Podcasts</div><a href="/podcasts/">All podcasts</a></div>
              <iframe src="https://player.example/p/1" height="115"></iframe></div>"#,
        );
        let ids: Vec<&str> = hidden
            .iter()
            .map(|h| h.split(' ').next().unwrap())
            .collect();
        assert_eq!(ids, ["teaser", "bar", "pod"], "{hidden:?}");
        assert_eq!(related, ["https://n.example.com/tech/twitter-500-accounts"]);
    }

    #[test]
    fn hides_a_scripted_story_pager_that_lists_the_article_itself() {
        let (hidden, related) = run(
            r#"<div id="story"><p>The IT Ministry took to Koo, India's rival to Twitter, and called the blog unusual.</p></div>
            <div id="strip" class="scroll-paginate"><ul>
              <li><a href="javascript:;">IT Ministry Calls Twitter's Blog Unusual</a></li>
              <li><a href="javascript:;">Markets Close Higher On Bank Shares Today</a></li>
              <li><a href="javascript:;">Monsoon Reaches Kerala Two Days Early This Year</a></li></ul></div>"#,
        );
        assert_eq!(hidden.len(), 1, "{hidden:?}");
        assert!(hidden[0].starts_with("strip "), "{hidden:?}");
        assert!(related.is_empty());
    }

    #[test]
    fn names_are_whole_words() {
        assert!(named("Photos") && named("Photo Gallery") && named("Top Videos"));
        assert!(named("PodcastsAll podcasts") && named("ट्रेंडिंग न्यूज़"));
        assert!(!named("Home, DIY, & Photography") && !named("Unrelated matters"));
    }

    #[test]
    fn reads_a_story_linked_twice_by_its_headline() {
        let doc = parse(
            r#"<ul id="l"><li><a href="/g/one/">Night Mode Guide</a><a href="/g/one"><p>A long teaser paragraph that repeats many words of the article about the ministry and Twitter and Koo.</p></a></li>
            <li><a href="/g/two">Dark Mode Guide</a></li></ul>"#,
        );
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        let l = doc
            .elements()
            .find(|&i| doc.attr(i, "id") == Some("l"))
            .unwrap();
        let texts: Vec<String> = cards(&page, l)
            .iter()
            .map(|&a| doc.text_content(a))
            .collect();
        assert_eq!(texts, ["Night Mode Guide", "Dark Mode Guide"]);
    }

    #[test]
    fn leaves_menus_and_short_link_lists() {
        let (hidden, _) = run(
            r#"<nav><ul><li><a href="/1">India News Today Live</a></li><li><a href="/2">World News Today Live</a></li><li><a href="/3">Business News Today Live</a></li></ul></nav>
            <ul id="foot"><li><a href="/about">About Us</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li></ul>"#,
        );
        assert!(hidden.is_empty(), "{hidden:?}");
    }
}
