//! The class/id vocabularies Readability's scorer reads (substring tests, as in Readability).

use std::sync::OnceLock;

use crate::dom::{Document, NodeId};
use crate::text::Fragments;

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

/// Which vocabularies above a class or id value holds a fragment of, one bit each.
const IN_UNLIKELY: u16 = 1 << 0;
const IN_MAYBE: u16 = 1 << 1;
const IN_NEGATIVE: u16 = 1 << 2;
const IN_POSITIVE: u16 = 1 << 3;
/// "accordion" or "collapse": a disclosure panel.
const IN_PANEL: u16 = 1 << 4;
/// "comment" or "disqus".
const IN_COMMENTS: u16 = 1 << 5;
/// Names that keep a comment-looking element in the article.
const IN_STORY: u16 = 1 << 6;
/// `hid` as a whole token (Readability's `^hid$| hid$| hid |^hid `).
const HID_TOKEN: u16 = 1 << 8;
/// `respond` as a whole token (a reply form).
const RESPOND_TOKEN: u16 = 1 << 9;

fn fragments() -> &'static Fragments {
    static FRAGMENTS: OnceLock<Fragments> = OnceLock::new();
    FRAGMENTS.get_or_init(|| {
        let mut fragments = Fragments::default();
        for (list, bit) in [
            (UNLIKELY, IN_UNLIKELY),
            (MAYBE, IN_MAYBE),
            (NEGATIVE, IN_NEGATIVE),
            (POSITIVE, IN_POSITIVE),
            (&["accordion", "collapse"], IN_PANEL),
            (&["comment", "disqus"], IN_COMMENTS),
            (&["article", "content", "main", "body", "story"], IN_STORY),
            (&["hid"], HID_TOKEN),
            (&["respond"], RESPOND_TOKEN),
        ] {
            fragments.add(list, u64::from(bit));
        }
        fragments
    })
}

/// The vocabularies `value` holds a fragment of, ignoring ASCII case (as a substring test on
/// the lower-cased value would), and its `hid` and `respond` tokens.
fn vocabulary_bits(value: &str) -> u16 {
    // (Every vocabulary bit is below 16.)
    let mut bits = fragments().find(value.as_bytes()) as u16;
    // The two tokens were found as fragments; now see that they stand whole.
    if bits & HID_TOKEN != 0
        && !value
            .split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("hid"))
    {
        bits &= !HID_TOKEN;
    }
    if bits & RESPOND_TOKEN != 0
        && !value
            .split_whitespace()
            .any(|t| t.eq_ignore_ascii_case("respond"))
    {
        bits &= !RESPOND_TOKEN;
    }
    bits
}

/// What `class` (low half) and `id` (high half) say, per node: computed once per document,
/// since every pass of the pipeline asks of every element.
fn name_bits(doc: &Document, id: NodeId) -> u32 {
    doc.class_id_bits.get_or_init(|| {
        (0..doc.len())
            .map(|i| {
                let of = |name| doc.attr(i, name).map_or(0, vocabulary_bits);
                u32::from(of("class")) | u32::from(of("id")) << 16
            })
            .collect()
    })[id]
}

/// [`name_bits`] of `class` and `id` together. (No fragment holds a space, so none can match
/// across the two, as none could in [`Document::class_and_id`].)
fn class_and_id_bits(doc: &Document, id: NodeId) -> u16 {
    let bits = name_bits(doc, id);
    bits as u16 | (bits >> 16) as u16
}

/// True for elements whose class, id or role mark them as page furniture.
pub fn is_unlikely_candidate(doc: &Document, id: NodeId) -> bool {
    let tag = doc.tag(id);
    if matches!(tag, "body" | "a" | "article" | "main") {
        return false;
    }
    if doc.attr(id, "role").is_some_and(|r| {
        let r = r.trim();
        UNLIKELY_ROLES.iter().any(|u| u.eq_ignore_ascii_case(r))
    }) {
        return true;
    }
    class_and_id_bits(doc, id) & (IN_UNLIKELY | IN_MAYBE) == IN_UNLIKELY
        && !wraps_quoted_post(doc, id)
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
    let bits = class_and_id_bits(doc, id);
    bits & (IN_COMMENTS | RESPOND_TOKEN) != 0 && bits & IN_STORY == 0
}

/// Readability's ±25 class weight, for class and id separately.
pub fn class_weight(doc: &Document, id: NodeId) -> f32 {
    let bits = name_bits(doc, id);
    let mut weight = 0.0;
    for bits in [bits as u16, (bits >> 16) as u16] {
        // A collapsed accordion or disclosure panel ("accordion-panel-hidden") holds text the
        // reader shows open.
        let panel = bits & IN_PANEL != 0;
        if bits & (IN_NEGATIVE | HID_TOKEN) != 0 && !panel {
            weight -= 25.0;
        }
        if bits & IN_POSITIVE != 0 {
            weight += 25.0;
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
