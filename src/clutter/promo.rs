//! Promos: app-download banners (app-store and deep links), newsletter and subscription boxes,
//! "Follow us" social calls, ad-blocker and paywall messages, chat and notification prompts.

use super::Candidate;
use super::ads;
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

/// The last two labels of a link's host ("puzzles.news.example" → "news.example"), or the
/// page's own for a link on this site.
fn site_of<'a>(page: &Page<'a>, href: &'a str) -> Option<&'a str> {
    let h = ads::host(href).or_else(|| page.ctx.url.and_then(ads::host))?;
    let h = h.split(':').next().unwrap_or(h);
    let dots: Vec<usize> = h.match_indices('.').map(|(i, _)| i).collect();
    Some(match dots.len() {
        0 | 1 => h,
        n => &h[dots[n - 2] + 1..],
    })
}

/// True when a link leads to another site (never when the page's own address is unknown).
fn leads_away(page: &Page, href: &str) -> bool {
    let own = page.ctx.url.and_then(|u| site_of(page, u));
    own.is_some() && ads::host(href).is_some() && site_of(page, href) != own
}

/// Hrefs of the links below `id`.
fn hrefs<'a>(page: &Page<'a>, id: NodeId) -> impl Iterator<Item = &'a str> + 'a {
    let doc = page.doc;
    doc.descendants(id)
        .filter(move |&a| doc.tag(a) == "a")
        .filter_map(move |a| doc.attr(a, "href"))
        .map(|h| h.trim().trim_end_matches('/'))
}

/// True for a box that is a slot of its own in a side column: a child of an `aside`, or of an
/// element whose class or id names a sidebar or rail.
fn in_side_column(page: &Page, id: NodeId) -> bool {
    let doc = page.doc;
    doc.parent(id).is_some_and(|a| {
        doc.tag(a) == "aside"
            || doc.element(a).is_some_and(|e| {
                e.attrs.iter().any(|(n, v)| {
                    (n == "class" || n == "id")
                        && sig::words(v).any(|w| {
                            ["sidebar", "rail", "aside"]
                                .iter()
                                .any(|k| w.eq_ignore_ascii_case(k))
                        })
                })
            })
    })
}

/// A box that is a picture and at most a short title, all linking to one page.
fn picture_link(page: &Page, id: NodeId) -> bool {
    let st = page.stats(id);
    let mut links = hrefs(page, id);
    let first = links.next();
    !matches!(page.doc.tag(id), "a" | "img" | "picture" | "figure")
        && page.sub[id] & sig::MEDIA != 0
        && st.words <= 5
        && page.cards[id] <= 1
        && page.sub[id] & (sig::SOCIAL_LINK | sig::APP_LINK) == 0
        && first.is_some_and(|f| {
            // A page on the web, not a share, mail or script link, nor an author's page.
            (f.starts_with("http") || f.starts_with('/'))
                && !f.contains("/author/")
                && links.all(|h| h == f)
        })
}

/// A form that sends the reader to another host and is no search or log-in ("Enter your zip
/// code to find the channel near you").
fn form_away(page: &Page, id: NodeId) -> bool {
    let doc = page.doc;
    let Some(own) = page.ctx.url.and_then(ads::host) else {
        return false;
    };
    let off_host = |a: &str| ads::host(a).is_some_and(|h| h != own);
    if doc.tag(id) != "form" || !doc.attr(id, "action").is_some_and(off_host) {
        return false;
    }
    let searchy = |v: &str| sig::contains_ci(v, "search") || sig::contains_ci(v, "login");
    let own = doc.class_and_id(id) + doc.attr(id, "action").unwrap_or("");
    !searchy(&own)
        && !doc.descendants(id).any(|i| {
            // (A drop-down of sections is a menu.)
            doc.tag(i) == "select"
                || doc.tag(i) == "input"
                    && (matches!(doc.attr(i, "type"), Some("search" | "password"))
                        || doc.attr(i, "name").is_some_and(|n| {
                            matches!(n, "q" | "s" | "query" | "keyword" | "keywords") || searchy(n)
                        }))
        })
        && page
            .short_text(id, 300)
            .is_some_and(|t| !sig::contains_ci(&t, "search"))
}

pub fn detect(page: &Page) -> Vec<Candidate> {
    let doc = page.doc;
    let mut out: Vec<Candidate> = Vec::new();
    // Finds with their own rules for growing (or none).
    let mut whole: Vec<Candidate> = Vec::new();
    let mut push = |id: NodeId, what: &str| {
        // (An icon's name in a sprite sheet, "icon-newsletter", is no box.)
        let icon = matches!(
            doc.tag(id),
            "svg" | "symbol" | "g" | "path" | "use" | "defs"
        );
        if !page.in_nav(id) && page.cards[id] < 3 && !icon {
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
        } else if own & sig::SOCIAL_WORD != 0
            && own & sig::AD_WEAK != 0
            && page.stats(id).chars == 0
            && doc
                .parent(id)
                .is_none_or(|p| page.own[p] & sig::SOCIAL_WORD == 0)
        {
            push(id, "social-media banner, empty until a script fills it");
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
    // Forms that send readers elsewhere; picture links in side columns (the site's own
    // features, or a banner sized as an ad).
    let mut after = 0;
    for id in doc.elements() {
        if form_away(page, id) && words(page, id) <= 40 {
            // Grows to the widget: its title, a line of help, one more link.
            let room = Room {
                words: 25,
                links: 2,
                media: false,
                sibling_words: 12,
                cues: 0,
                plain_siblings: 3,
                cards: 1,
            };
            whole.push(
                Candidate::new(
                    id,
                    ClutterKind::Promo,
                    "promo: a form that sends readers to another site".to_string(),
                    false,
                )
                .grow(room),
            );
        }
        if id < after || page.in_root(id) || page.in_nav(id) || !picture_link(page, id) {
            continue;
        }
        if !in_side_column(page, id) {
            continue;
        }
        after = doc.node(id).end;
        let sized = doc.descendants(id).any(|i| {
            doc.tag(i) == "img"
                && ["src", "data-src"]
                    .iter()
                    .filter_map(|n| doc.attr(i, n))
                    .any(sig::file_names_iab_size)
        });
        let away = hrefs(page, id).next().is_some_and(|h| leads_away(page, h));
        let (kind, reason) = if sized {
            (
                ClutterKind::Ad,
                "ad slot: picture link in the side column, picture sized as an ad banner",
            )
        } else if away {
            (
                ClutterKind::Promo,
                "promo: picture link to another site, in the side column",
            )
        } else {
            (
                ClutterKind::Promo,
                "promo: picture link to a feature of the site, in the side column",
            )
        };
        whole.push(Candidate::new(id, kind, reason.to_string(), false));
    }
    // Then text: the smallest box that says it.
    for id in minimal(page, |id, s| {
        // A link that makes the offer, or a box of words with a link (not a menu, nor the
        // page's header or footer).
        let st = page.stats(id);
        let furniture = || {
            std::iter::once(id)
                .chain(doc.ancestors(id))
                .any(|a| matches!(doc.tag(a), "header" | "footer"))
        };
        s & sig::T_OFFER != 0
            && (3..=60).contains(&st.words)
            && (doc.tag(id) == "a" || (st.links >= 1 && st.link_density() < 0.7))
            && !furniture()
    }) {
        // An offer pictured in the article (a magazine cover and its caption) that leads to
        // another site is an advertisement, not the article's figure.
        let figure = std::iter::once(id)
            .chain(doc.ancestors(id))
            .take(4)
            .find(|&a| doc.tag(a) == "figure");
        match figure {
            Some(f)
                if words(page, f) <= 60
                    && hrefs(page, f).next().is_some()
                    && hrefs(page, f).all(|h| leads_away(page, h)) =>
            {
                whole.push(Candidate::new(
                    f,
                    ClutterKind::Promo,
                    "promo: sales or subscription offer, pictured, linking to another site"
                        .to_string(),
                    true,
                ));
            }
            _ => push(id, "sales or subscription offer"),
        }
    }
    for id in minimal(page, |id, s| {
        s & sig::T_HOMEPAGE != 0 && words(page, id) <= 12
    }) {
        // Grows to the dialog: a close button, the steps to follow.
        let room = Room {
            words: MAX_WORDS,
            links: 3,
            media: true,
            sibling_words: 80,
            cues: 0,
            plain_siblings: 3,
            cards: 0,
        };
        whole.push(
            Candidate::new(
                id,
                ClutterKind::Promo,
                "promo: 'make us your homepage' prompt".to_string(),
                false,
            )
            .grow(room),
        );
    }
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
    out.extend(whole);
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
    fn leaves_icon_sprites_alone() {
        assert!(
            detected(r#"<svg id="sprite" style="position:absolute"><symbol id="icon-newsletter" viewBox="0 0 9 9"><path d="M0 0h9v9z"/></symbol></svg>"#)
                .is_empty()
        );
    }

    #[test]
    fn leaves_share_bars_and_prose_alone() {
        assert!(detected(r#"<div id="s"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></div>"#).is_empty());
        assert!(detected(r#"<p id="p">The ministry asked followers on Twitter to follow the ministry on Koo.</p>"#).is_empty());
    }
}
