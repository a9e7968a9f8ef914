//! The article guard: which words on the page are the article's own, so nothing holding them is
//! hidden.
//!
//! The article root from `extract` may be wrong or missing, so the guard also finds the article
//! text itself: every run of three words of `ArticleContext.text` is hashed, and the page's text is
//! streamed once in document order; a word counts as the article's when a three-word run it is
//! part of is one of the article's. Words inside links do not count: link lists that an
//! extractor swept into the text are still headline blocks, and article prose is not links.

use crate::dom::hash::FxHashSet as HashSet;

use crate::dom::{Document, NodeId, NodeKind};

/// Hashes of every three-word run of `text`.
pub fn trigrams(text: &str) -> HashSet<u64> {
    let mut set = HashSet::default();
    let mut w = [0u64; 3];
    let mut n = 0usize;
    for_each_word(text, |h| {
        w = [w[1], w[2], h];
        n += 1;
        if n >= 3 {
            set.insert(mix(w));
        }
    });
    set
}

fn mix(w: [u64; 3]) -> u64 {
    w[0].rotate_left(42) ^ w[1].rotate_left(21) ^ w[2]
}

/// Calls `f` with the hash of each word (letters, digits and combining marks; lower-cased).
pub fn for_each_word(text: &str, mut f: impl FnMut(u64)) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut len = 0;
    for c in text.chars() {
        if c.is_alphanumeric() || is_mark(c) {
            for l in c.to_lowercase() {
                h = (h ^ l as u64).wrapping_mul(0x0100_0000_01b3);
            }
            len += 1;
        } else if len > 0 {
            f(h);
            h = 0xcbf2_9ce4_8422_2325;
            len = 0;
        }
    }
    if len > 0 {
        f(h);
    }
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

/// True when every three-word run of `text` is in `set` (a short text of 3+ words that the
/// article repeats word for word). Linear in `text`, whatever the article's length.
pub fn repeats(set: &HashSet<u64>, text: &str) -> bool {
    let mut w = [0u64; 3];
    let (mut n, mut all) = (0usize, true);
    for_each_word(text, |h| {
        w = [w[1], w[2], h];
        n += 1;
        if n >= 3 && !set.contains(&mix(w)) {
            all = false;
        }
    });
    n >= 3 && all
}

/// For each text node, how many of its words (outside links) are the article's. `skip[i]` marks
/// nodes whose text is not content (scripts and the like); `in_link[i]` nodes inside a link;
/// `set` holds the article's [`trigrams`].
pub fn article_words(
    doc: &Document,
    set: &HashSet<u64>,
    skip: &[bool],
    in_link: &[bool],
) -> Vec<u32> {
    let mut out = vec![0u32; doc.len()];
    if set.is_empty() {
        return out;
    }
    // A window of the last three words: (hash, text node, matched).
    let mut win: [(u64, NodeId, bool); 3] = [(0, 0, false); 3];
    let mut n = 0usize;
    let credit = |out: &mut Vec<u32>, (_, node, hit): (u64, NodeId, bool)| {
        if hit && !in_link[node] {
            out[node] += 1;
        }
    };
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeKind::Text(t) = &node.kind else {
            continue;
        };
        if skip[id] {
            continue;
        }
        for_each_word(t, |h| {
            if n >= 3 {
                credit(&mut out, win[0]);
            }
            win = [win[1], win[2], (h, id, false)];
            n += 1;
            if n >= 3 && set.contains(&mix([win[0].0, win[1].0, win[2].0])) {
                for w in &mut win {
                    w.2 = true;
                }
            }
        });
    }
    for w in win.iter().skip(3usize.saturating_sub(n)) {
        credit(&mut out, *w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::html::parse;

    fn flags(doc: &Document) -> (Vec<bool>, Vec<bool>) {
        let mut skip = vec![false; doc.len()];
        let mut link = vec![false; doc.len()];
        for i in 1..doc.len() {
            if let Some(p) = doc.parent(i) {
                skip[i] = skip[p] || matches!(doc.tag(p), "script" | "style");
                link[i] = link[p] || doc.tag(p) == "a";
            }
        }
        (skip, link)
    }

    #[test]
    fn finds_the_article_words_and_ignores_links_and_scripts() {
        let doc = parse(
            "<p>The ministry said on Tuesday that talks would resume.</p>\
             <ul><li><a href='/x'>The ministry said on Tuesday</a></li></ul>\
             <script>The ministry said on Tuesday</script><p>Other words entirely here.</p>",
        );
        let (skip, link) = flags(&doc);
        let set = trigrams("The ministry said on Tuesday that talks would resume.");
        let counts = article_words(&doc, &set, &skip, &link);
        let total: u32 = counts.iter().sum();
        assert_eq!(total, 9);
        let p = doc.find_tag("p").unwrap();
        assert_eq!(counts[p + 1], 9);
    }

    #[test]
    fn matches_across_inline_markup() {
        let doc = parse("<p>Follow the <b>ministry</b> on Koo for updates.</p>");
        let (skip, link) = flags(&doc);
        let counts = article_words(
            &doc,
            &trigrams("follow the ministry on koo for updates"),
            &skip,
            &link,
        );
        assert_eq!(counts.iter().sum::<u32>(), 7);
    }
}
