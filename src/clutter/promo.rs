//! Promos: app-download banners (app-store and deep links), newsletter and subscription boxes,
//! "Follow us" social calls, ad-blocker and paywall messages, chat and notification prompts.

use super::Candidate;
use super::page::Page;
use super::signals as sig;
use super::wrap::Room;
use crate::dom::NodeId;
use crate::model::ClutterKind;

/// Words a promo box may hold; longer blocks are something else.
const MAX_WORDS: u32 = 150;
/// Openings of a "follow us" call (lower-case).
const FOLLOW_OPENINGS: &[&str] = &[
    "follow",
    "like us",
    "stay connected",
    "never miss",
    "join us",
    "subscribe to",
    "connect with us",
    "find us on",
    "फॉलो",
];

fn room() -> Room {
    Room {
        words: 30,
        links: 4,
        media: true,
        sibling_words: 8,
        cues: sig::T_NEWSLETTER
            | sig::T_SIGNUP
            | sig::T_FOLLOW
            | sig::T_APP
            | sig::T_PAYWALL
            | sig::APP_LINK
            | sig::SOCIAL_LINK
            | sig::EMAIL_INPUT,
        plain_siblings: 3,
        cards: 2,
    }
}

/// The smallest elements whose subtree satisfies `pred`.
fn minimal(page: &Page, pred: impl Fn(NodeId, u64) -> bool) -> Vec<NodeId> {
    let doc = page.doc;
    let mut sat = vec![false; doc.len()];
    let mut out = Vec::new();
    for id in (0..doc.len()).rev() {
        if doc.element(id).is_none() || page.sub[id] == 0 {
            continue;
        }
        sat[id] = pred(id, page.sub[id]);
        if sat[id] && !doc.children(id).iter().any(|&c| sat[c]) {
            out.push(id);
        }
    }
    out.reverse();
    out
}

fn words(page: &Page, id: NodeId) -> u32 {
    page.stats(id).words
}

/// True when a sentence opens with the call to follow: "Follow RT on", "Never miss an
/// update", "Found the story interesting? Like us on Facebook".
fn opens_with_follow(page: &Page, id: NodeId) -> bool {
    page.short_text(id, 600).is_some_and(|t| {
        let head: String = t.chars().take(80).collect::<String>().to_lowercase();
        FOLLOW_OPENINGS.iter().any(|o| {
            head.match_indices(o).any(|(i, _)| {
                let before = head[..i].trim_end();
                before.is_empty() || before.ends_with(['.', '?', '!', ':', '|'])
            })
        }) && !head.contains("share")
    })
}

/// A box named "promo": short, and not a story card unless it says what it sells (a promo
/// teaser of a story is a related link, not an ad for the site).
fn site_promo(page: &Page, id: NodeId) -> bool {
    let st = page.stats(id);
    let sells =
        page.sub[id] & (sig::T_EPAPER | sig::T_SIGNUP | sig::T_APP | sig::T_NEWSLETTER) != 0;
    (3..=40).contains(&st.words)
        && st.links <= 4
        && (page.cards[id] == 0 || (sells && page.cards[id] <= 1))
}

/// A box named for a newsletter or sign-up: not a lone "Subscribe" link or button, not a
/// list of links, and small.
fn newsletter_box(page: &Page, id: NodeId) -> bool {
    let st = page.stats(id);
    let tag = page.doc.tag(id);
    !matches!(
        tag,
        "a" | "button" | "input" | "label" | "li" | "span" | "option"
    ) && (st.words == 0 || (3..=MAX_WORDS).contains(&st.words))
        && st.links <= 6
        && page.cards[id] <= 1
}

pub fn detect(page: &Page) -> Vec<Candidate> {
    let doc = page.doc;
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |id: NodeId, what: &str| {
        if !page.in_nav(id) && page.cards[id] < 3 {
            out.push(
                Candidate::new(id, ClutterKind::Promo, format!("promo: {what}"), false)
                    .grow(room()),
            );
        }
    };
    // Markup first: app-store links, app banners, sign-up forms, paywalls, ad-blocker notices,
    // newsletter boxes (the outermost element named for one).
    let mut news_above = vec![false; doc.len()];
    let mut promo_above = vec![false; doc.len()];
    for id in doc.elements() {
        let own = page.own[id];
        let n = words(page, id);
        let above = doc.parent(id).is_some_and(|p| news_above[p]);
        news_above[id] = above || own & sig::NEWS_WORD != 0;
        let promo_outer =
            own & sig::PROMO_PLACE != 0 && !doc.parent(id).is_some_and(|p| promo_above[p]);
        promo_above[id] =
            doc.parent(id).is_some_and(|p| promo_above[p]) || own & sig::PROMO_PLACE != 0;
        if own & sig::NEWS_WORD != 0 && !above && newsletter_box(page, id) {
            push(
                id,
                if n == 0 {
                    "newsletter box, empty until a script fills it"
                } else {
                    "newsletter sign-up box"
                },
            );
        } else if promo_outer && site_promo(page, id) {
            push(id, "site promotion box");
        } else if own & sig::APP_LINK != 0 {
            push(id, "app download link (app store or app deep link)");
        } else if own & sig::APP_WORD != 0 && n <= MAX_WORDS {
            push(id, "app download banner");
        } else if own & sig::EMAIL_INPUT != 0 {
            push(id, "e-mail sign-up form");
        } else if own & sig::ADBLOCK_WORD != 0 && page.sub[id] & sig::T_ADBLOCK != 0 && n <= 300 {
            push(id, "ad-blocker message");
        } else if own & sig::PAYWALL_WORD != 0
            && n <= MAX_WORDS
            && page.sub[id] & sig::T_SIGNUP != 0
        {
            push(id, "subscription wall");
        }
    }
    // Then text: the smallest box that says it.
    for id in minimal(page, |id, s| {
        s & sig::T_NEWSLETTER != 0
            && (s & sig::T_SIGNUP != 0 || page.own[id] & sig::NEWS_WORD != 0)
            && (4..=80).contains(&words(page, id))
    }) {
        push(id, "newsletter sign-up");
    }
    for id in minimal(page, |id, s| {
        s & sig::T_FOLLOW != 0
            && s & (sig::T_SOCIAL | sig::SOCIAL_LINK) != 0
            && words(page, id) <= 40
    }) {
        if opens_with_follow(page, id) {
            push(id, "'follow us' social call");
        }
    }
    for id in minimal(page, |id, s| {
        let st = page.stats(id);
        // Not a menu that happens to list the e-paper.
        s & sig::T_EPAPER != 0
            && (3..=40).contains(&st.words)
            && (st.links <= 1 || st.link_density() < 0.7)
    }) {
        push(id, "e-paper promotion");
    }
    let app = sig::T_DOWNLOAD | sig::T_APP_WORD;
    for id in minimal(page, |id, s| {
        (s & sig::T_APP != 0 || s & app == app) && words(page, id) <= 30
    }) {
        if page.stats(id).words >= 2 {
            push(id, "app download call");
        }
    }
    for id in minimal(page, |id, s| {
        s & sig::T_ADBLOCK != 0 && (8..=300).contains(&words(page, id))
    }) {
        push(id, "ad-blocker message");
    }
    for id in minimal(page, |id, s| {
        s & sig::T_PAYWALL != 0 && s & sig::T_SIGNUP != 0 && words(page, id) <= 40
    }) {
        push(id, "subscription wall");
    }
    for id in minimal(page, |id, s| {
        s & (sig::T_MESSENGER | sig::T_PUSH) != 0
            && s & (sig::T_SIGNUP | sig::T_SOCIAL | sig::NEWS_WORD) != 0
            && words(page, id) <= 60
    }) {
        // A share bar names Messenger too.
        if !page
            .short_text(id, 600)
            .is_some_and(|t| t.to_lowercase().contains("share"))
        {
            push(id, "chat or notification sign-up prompt");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clutter::ArticleContext;
    use crate::dom::html::parse;

    fn detected(html: &str) -> Vec<String> {
        let doc = parse(html);
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        let mut v: Vec<String> = detect(&page)
            .into_iter()
            .map(|c| doc.attr(c.node, "id").unwrap_or("").to_string())
            .collect();
        v.dedup();
        v
    }

    #[test]
    fn finds_app_newsletter_and_follow_boxes() {
        assert_eq!(
            detected(
                r#"<a id="gp" href="https://play.google.com/store/apps/details?id=x"><img src="b.svg"></a>"#
            ),
            ["gp"]
        );
        assert_eq!(detected(r#"<div id="nl"><p>Sign up for our daily newsletter</p><form><input id="em" type="email"></form></div>"#).first().map(String::as_str), Some("em"));
        assert_eq!(
            detected(
                r#"<p id="f">Follow Newsbeat on <a href="https://www.instagram.com/x/">Instagram</a> and <a href="https://twitter.com/x">Twitter</a>.</p>"#
            ),
            ["f"]
        );
    }

    #[test]
    fn leaves_share_bars_and_prose_alone() {
        assert!(detected(r#"<div id="s"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></div>"#).is_empty());
        assert!(detected(r#"<p id="p">The ministry asked followers on Twitter to follow the ministry on Koo.</p>"#).is_empty());
    }
}
