//! The class/id vocabularies Readability's scorer reads (substring tests, as in Readability).

use crate::dom::{Document, NodeId};

/// Class/id fragments of page furniture that is unlikely to hold the article.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// Fragments that rescue an unlikely-looking element (a "main-header-content" is content).
const MAYBE: &[&str] = &[
    "and",
    "article",
    "body",
    "column",
    "content",
    "main",
    "mathjax",
    "shadow",
    // Accordion panes hold article text; their "pane-header" classes are no page header.
    "accordion",
];

const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// ARIA roles of navigation and chrome, never the article.
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

fn any_in(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack.contains(n))
}

/// `hid` as a whole class token (Readability's `^hid$| hid$| hid |^hid `).
fn has_hid_token(s: &str) -> bool {
    s.split_ascii_whitespace().any(|t| t == "hid")
}

/// True for elements whose class, id or role mark them as page furniture.
pub fn is_unlikely_candidate(doc: &Document, id: NodeId) -> bool {
    let tag = doc.tag(id);
    if matches!(tag, "body" | "a" | "article" | "main") {
        return false;
    }
    if doc
        .attr(id, "role")
        .is_some_and(|r| UNLIKELY_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let s = doc.class_and_id(id);
    any_in(&s, UNLIKELY) && !any_in(&s, MAYBE) && !wraps_quoted_post(doc, id)
}

/// Classes the platforms' own embed code gives a quoted post: the post's words in a
/// `blockquote`, shown as they are until the platform's script (never run in the reader) turns
/// them into a card.
const QUOTED_POST_CLASSES: &[&str] = &[
    "twitter-tweet",
    "twitter-video",
    "instagram-media",
    "tiktok-embed",
    "bluesky-embed",
    "reddit-embed-bq",
    "text-post-media",
];

/// A post quoted in the article (a tweet the story is about).
fn is_quoted_post(doc: &Document, id: NodeId) -> bool {
    doc.tag(id) == "blockquote"
        && doc.attr(id, "class").is_some_and(|c| {
            c.split_whitespace()
                .any(|t| QUOTED_POST_CLASSES.contains(&t))
        })
}

/// True when `id` holds little but a quoted post: its "social-embed" class names the post, not
/// share buttons.
pub fn wraps_quoted_post(doc: &Document, id: NodeId) -> bool {
    let chars = doc.stats[id].chars;
    doc.descendants(id)
        .any(|d| is_quoted_post(doc, d) && doc.stats[d].chars * 10 >= chars * 9)
}

/// Comment threads and reply forms: never the article, even when a retry relaxes the other
/// furniture rules (a short post under a long thread must not lose to the thread).
pub fn is_comment_section(doc: &Document, id: NodeId) -> bool {
    let tag = doc.tag(id);
    if matches!(tag, "body" | "article" | "main" | "a" | "span") {
        return false;
    }
    let s = doc.class_and_id(id);
    (s.contains("comment") || s.contains("disqus") || s.split_whitespace().any(|t| t == "respond"))
        && !any_in(&s, &["article", "content", "main", "body", "story"])
}

/// Readability's ±25 class weight, for class and id separately.
pub fn class_weight(doc: &Document, id: NodeId) -> f32 {
    let mut weight = 0.0;
    for name in ["class", "id"] {
        if let Some(v) = doc.attr(id, name) {
            let v = v.to_ascii_lowercase();
            if v.is_empty() {
                continue;
            }
            // A collapsed accordion or disclosure panel ("accordion-panel-hidden") holds text
            // the reader shows open.
            let panel = v.contains("accordion") || v.contains("collapse");
            if (any_in(&v, NEGATIVE) || has_hid_token(&v)) && !panel {
                weight -= 25.0;
            }
            if any_in(&v, POSITIVE) {
                weight += 25.0;
            }
        }
    }
    weight
}

/// Elements that start a new block when they appear inside a `div`.
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
            | "select"
            | "img"
            | "picture"
            | "video"
            | "iframe"
    )
}
