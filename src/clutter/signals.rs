//! The raw evidence every detector reads: words of `class`/`id` values, attribute markers, link
//! hosts and cue phrases in text, each folded into one bit of a `u64`.
//!
//! Bits are computed once per node ([`element_bits`], [`text_bits`]) and OR-ed up the tree by
//! [`super::page::Page`], so a detector asks "is there a newsletter cue below this element?" in
//! O(1). Lexicons stay small on purpose: every entry ships in the wasm.

use crate::dom::{Document, NodeId};

// Evidence from an element's own markup.
pub const AD_VENDOR: u64 = 1 << 0;
pub const AD_WORD: u64 = 1 << 1;
pub const AD_SIZE: u64 = 1 << 2;
pub const AD_ATTR: u64 = 1 << 3;
pub const AD_WEAK: u64 = 1 << 4;
pub const AD_HOST: u64 = 1 << 5;
pub const WX_WORD: u64 = 1 << 6;
pub const WX_VENDOR: u64 = 1 << 7;
pub const NEWS_WORD: u64 = 1 << 8;
pub const SOCIAL_WORD: u64 = 1 << 9;
pub const APP_WORD: u64 = 1 << 10;
pub const PAYWALL_WORD: u64 = 1 << 11;
pub const ADBLOCK_WORD: u64 = 1 << 12;
pub const HL_WORD: u64 = 1 << 13;
pub const PAGER_WORD: u64 = 1 << 14;
pub const NAV: u64 = 1 << 15;
pub const EMAIL_INPUT: u64 = 1 << 16;
pub const APP_LINK: u64 = 1 << 17;
pub const SOCIAL_LINK: u64 = 1 << 18;
pub const MEDIA: u64 = 1 << 19;
pub const PROMO_PLACE: u64 = 1 << 20;
/// A text node whose whole text is an "Advertisement" label (strong) or a weak one.
pub const LABEL_AD: u64 = 1 << 21;
pub const LABEL_WEAK: u64 = 1 << 22;
/// A link that reads like a story headline (set by the page on card links).
pub const CARD: u64 = 1 << 23;

// Cues in text.
pub const T_NEWSLETTER: u64 = 1 << 32;
pub const T_SIGNUP: u64 = 1 << 33;
pub const T_FOLLOW: u64 = 1 << 34;
pub const T_SOCIAL: u64 = 1 << 35;
pub const T_APP: u64 = 1 << 36;
pub const T_ADBLOCK: u64 = 1 << 37;
pub const T_PAYWALL: u64 = 1 << 38;
pub const T_PUSH: u64 = 1 << 39;
pub const T_MESSENGER: u64 = 1 << 40;
pub const T_TEMP: u64 = 1 << 41;
/// Weather words: each word group has its own bit so a box can count distinct ones.
pub const T_WX_FIRST: u32 = 42;
pub const T_WX_ALL: u64 = 0xFF << T_WX_FIRST;
pub const T_EPAPER: u64 = 1 << 50;
/// "Download" and the word "app" apart: together in a small box, an app promotion.
pub const T_DOWNLOAD: u64 = 1 << 51;
pub const T_APP_WORD: u64 = 1 << 52;

/// The bits any ad evidence sets.
pub const AD_ANY: u64 = AD_VENDOR | AD_WORD | AD_SIZE | AD_ATTR | AD_HOST;

/// Words of a `class` or `id` value: split at non-alphanumerics, at camel humps
/// (`GoogleDfpAd` → `Google Dfp Ad`) and between letters and digits, keeping sizes such as
/// `300x250` whole. Non-ASCII bytes separate words.
pub struct Words<'a> {
    s: &'a str,
    pos: usize,
}

pub fn words(s: &str) -> Words<'_> {
    Words { s, pos: 0 }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        while self.pos < b.len() && !b[self.pos].is_ascii_alphanumeric() {
            self.pos += 1;
        }
        if self.pos >= b.len() {
            return None;
        }
        let start = self.pos;
        let mut i = start + 1;
        if b[start].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < b.len() && (b[i] | 0x20) == b'x' && b[i + 1].is_ascii_digit() {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
        } else if b[start].is_ascii_uppercase() && i < b.len() && b[i].is_ascii_uppercase() {
            // An acronym: "DFPAd" is "DFP" then "Ad".
            while i < b.len() && b[i].is_ascii_uppercase() {
                i += 1;
            }
            if i < b.len() && b[i].is_ascii_lowercase() {
                i -= 1;
            }
        } else {
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
        }
        self.pos = i;
        Some(&self.s[start..i])
    }
}

fn starts_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn in_ci(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when `hay` contains `needle` (ASCII, `needle` lower-case), ignoring ASCII case.
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    if n.len() > h.len() {
        return false;
    }
    // Compare only where the first byte matches (measured: the per-window comparison of the
    // plain `windows().any()` was a fifth of the native CLI's time, host lists on every link).
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    h[..=h.len() - n.len()]
        .iter()
        .enumerate()
        .any(|(i, &b)| (b == lo || b == up) && h[i + 1..i + n.len()].eq_ignore_ascii_case(rest))
}

/// Ad-tech vendors and ad-server markers; a class or id word starting with one is an ad.
const AD_VENDORS: &[&str] = &[
    "adsbygoogle",
    "adsense",
    "doubleclick",
    "dfp",
    "gpt",
    "googletag",
    "taboola",
    "outbrain",
    "zergnet",
    "revcontent",
    "mgid",
    "dianomi",
    "nativo",
    "connatix",
    "teads",
    "trendmd",
    "medianet",
    "postquare",
    "criteo",
    "adnxs",
    "amzn",
    "prebid",
    "yieldmo",
    "sharethrough",
    "adchoices",
    "aswift",
    "adslot",
    "adunit",
    "adsystem",
    "adhesion",
    "mixi",
];
/// Class or id words that name an ad slot.
const AD_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "advertorial",
    "mpu",
    "mrec",
    "medrec",
    "mediumrectangle",
    "leaderboard",
    "skyscraper",
    "billboard",
    "halfpage",
    "sponsor",
    "sponsored",
    "sponsorship",
    "adds",
];
/// Position words that prefix a glued ad word ("topads", "sidead").
const AD_PREFIXES: &[&str] = &[
    "top", "bottom", "btm", "side", "sidebar", "right", "left", "rhs", "lhs", "header", "footer",
    "mid", "middle", "inline", "in", "sticky", "mobile", "desktop", "native", "video", "body",
    "content", "article", "page", "float", "fixed", "home", "main", "story", "post", "text",
    "display", "big", "wide",
];
/// Furniture words that follow a glued ad word ("adcontainer", "adshidden").
const AD_SUFFIXES: &[&str] = &[
    "container",
    "cont",
    "wrapper",
    "wrap",
    "slot",
    "slots",
    "unit",
    "units",
    "box",
    "holder",
    "spot",
    "zone",
    "block",
    "div",
    "area",
    "space",
    "frame",
    "placeholder",
    "place",
    "hidden",
    "top",
    "bottom",
    "label",
    "tag",
    "inner",
    "outer",
    "region",
    "section",
    "widget",
    "panel",
    "row",
    "item",
    "module",
    "right",
    "left",
    "side",
    "mobile",
    "desktop",
    "sticky",
    "banner",
    "node",
];
const AD_WEAK_WORDS: &[&str] = &["banner", "banners", "sponsors", "interstitial", "wallpaper"];
/// IAB ad sizes (width, height).
const IAB_SIZES: &[(u16, u16)] = &[
    (300, 250),
    (728, 90),
    (160, 600),
    (300, 600),
    (336, 280),
    (970, 250),
    (970, 90),
    (320, 50),
    (320, 100),
    (300, 50),
    (468, 60),
    (120, 600),
    (300, 1050),
    (250, 250),
    (200, 200),
    (1250, 60),
    (320, 250),
    (180, 150),
    (1, 1),
];
/// Hosts that serve ads or sponsored recommendation widgets.
const AD_HOSTS: &[&str] = &[
    "doubleclick.net",
    "googlesyndication.com",
    "googleadservices.com",
    "amazon-adsystem.com",
    "adnxs.com",
    "taboola.com",
    "outbrain.com",
    "criteo.",
    "zergnet.com",
    "revcontent.com",
    "mgid.com",
    "adsafeprotected.com",
    "moatads.com",
    "trendmd.com",
    "smartasset.com",
    "dianomi.com",
    "connatix.com",
    "teads.tv",
    "media.net",
    "mixi.media",
    "sendtonews.com",
];
const APP_HOSTS: &[&str] = &[
    "play.google.com/store/apps",
    "itunes.apple.com",
    "apps.apple.com",
    ".onelink.me",
    ".app.link",
    ".page.link",
    "app.goo.gl",
    "appgallery.huawei.com",
];
const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com",
    "twitter.com",
    "//x.com/",
    "instagram.com",
    "youtube.com",
    "linkedin.com",
    "t.me/",
    "telegram.me",
    "whatsapp.com",
    "news.google.com",
    "pinterest.com",
    "koo.in",
];
const WX_HOSTS: &[&str] = &[
    "accuweather.com",
    "weather.com",
    "weatherwidget.io",
    "tomorrow.io",
    "gismeteo.",
];

/// True when `w` is an ad word glued to position or furniture words: "topadshidden",
/// "adcontainer", "rightsideadstop".
fn glued_ad_word(w: &str) -> bool {
    if w.len() < 4 || w.len() > 32 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut s = w;
    let mut prefixed = false;
    while let Some(p) = AD_PREFIXES
        .iter()
        .find(|p| s.len() > p.len() && starts_ci(s, p))
    {
        s = &s[p.len()..];
        prefixed = true;
    }
    ["advert", "ads", "ad"].iter().any(|core| {
        if !starts_ci(s, core) {
            return false;
        }
        let mut rest = &s[core.len()..];
        let suffixed = !rest.is_empty();
        while let Some(x) = AD_SUFFIXES.iter().find(|x| starts_ci(rest, x)) {
            rest = &rest[x.len()..];
        }
        rest.is_empty() && (prefixed || suffixed)
    })
}

fn iab_size(w: &str) -> bool {
    let Some((a, b)) = w.split_once(['x', 'X']) else {
        return false;
    };
    match (a.parse::<u16>(), b.parse::<u16>()) {
        (Ok(a), Ok(b)) => IAB_SIZES.contains(&(a, b)),
        _ => false,
    }
}

/// True when an attribute value lists an IAB size, as `300x250` or `[[300, 250], ...]`.
fn lists_iab_size(v: &str) -> bool {
    let mut prev: Option<u16> = None;
    for part in v.split(|c: char| !c.is_ascii_digit()) {
        if part.is_empty() {
            continue;
        }
        let n = part.parse::<u16>().ok();
        if let (Some(a), Some(b)) = (prev, n) {
            if IAB_SIZES.contains(&(a, b)) {
                return true;
            }
        }
        prev = n;
    }
    false
}

/// IAB ad widths that ad-position codes carry ("A300", "B728", "GO300x60").
const AD_WIDTHS: &[&str] = &["300", "728", "970", "160", "320", "336", "468", "120"];

/// An ad-position code: one to three capitals and an ad width, as in "A300" or "S300x600".
fn position_code(w: &str) -> bool {
    let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
    let rest = &w[letters..];
    let width = rest.split(['x', 'X']).next().unwrap_or("");
    (1..=3).contains(&letters)
        && AD_WIDTHS.contains(&width)
        && rest.bytes().all(|b| b.is_ascii_digit() || b == b'x')
}

/// Bits from class/id words.
fn word_bits(value: &str) -> u64 {
    let mut bits = 0;
    if value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(position_code)
    {
        bits |= AD_SIZE;
    }
    let mut prev = "";
    for w in words(value) {
        if AD_VENDORS.iter().any(|v| starts_ci(w, v)) {
            bits |= AD_VENDOR;
        } else if in_ci(w, AD_WORDS) || glued_ad_word(w) {
            bits |= AD_WORD;
        } else if iab_size(w) {
            bits |= AD_SIZE;
        } else if in_ci(w, AD_WEAK_WORDS) {
            bits |= AD_WEAK;
        }
        if starts_ci(w, "weather") || starts_ci(w, "forecast") || in_ci(w, &["accuweather", "wx"]) {
            bits |= WX_WORD;
        }
        if in_ci(
            w,
            &[
                "newsletter",
                "newsletters",
                "subscribe",
                "subscription",
                "signup",
                "optin",
            ],
        ) || (prev.eq_ignore_ascii_case("sign") && w.eq_ignore_ascii_case("up"))
        {
            bits |= NEWS_WORD;
        }
        if in_ci(w, &["social", "follow", "followus"]) {
            bits |= SOCIAL_WORD;
        }
        if in_ci(w, &["smartbanner", "appdownload", "openinapp", "apppromo"])
            || (prev.eq_ignore_ascii_case("app")
                && in_ci(w, &["download", "promo", "banner", "btn"]))
        {
            bits |= APP_WORD;
        }
        if in_ci(w, &["paywall", "meter", "regwall"]) {
            bits |= PAYWALL_WORD;
        }
        if prev.eq_ignore_ascii_case("adblock") || w.eq_ignore_ascii_case("adblocker") {
            bits |= ADBLOCK_WORD;
        }
        if in_ci(
            w,
            &[
                "trending",
                "popular",
                "mostread",
                "mostpopular",
                "headlines",
                "recirc",
                "ticker",
                "filmstrip",
                "breaking",
                "recommended",
                "recommendations",
            ],
        ) || (prev.eq_ignore_ascii_case("most")
            && in_ci(
                w,
                &[
                    "read",
                    "popular",
                    "viewed",
                    "commented",
                    "shared",
                    "watched",
                ],
            ))
            || (prev.eq_ignore_ascii_case("top") && in_ci(w, &["stories", "news", "headlines"]))
            || (prev.eq_ignore_ascii_case("more") && in_ci(w, &["news", "stories"]))
            || (prev.eq_ignore_ascii_case("news")
                && in_ci(w, &["block", "more", "feed", "rail", "strip"]))
        {
            bits |= HL_WORD;
        }
        if in_ci(w, &["prev", "previous", "pager", "pagination", "paddle"])
            || (prev.eq_ignore_ascii_case("next") && in_ci(w, &["article", "story", "post"]))
        {
            bits |= PAGER_WORD;
        }
        if in_ci(w, &["promo", "promos", "promotion", "cta"]) {
            bits |= PROMO_PLACE;
        }
        prev = w;
    }
    // "aw-widget" (AccuWeather), "weatherwidget-io", "gsInformer" (Gismeteo) glue vendor names.
    if contains_ci(value, "aw-widget")
        || contains_ci(value, "weatherwidget")
        || contains_ci(value, "gsinformer")
    {
        bits |= WX_VENDOR;
    }
    bits
}

/// True when a class or id value names an ad slot (for reasons).
pub fn element_word_is_ad(value: &str) -> bool {
    word_bits(value) & (AD_WORD | AD_VENDOR | AD_SIZE) != 0
}

fn host_bits(url: &str) -> u64 {
    let u = url.trim();
    let mut bits = 0;
    if AD_HOSTS.iter().any(|h| contains_ci(u, h)) {
        bits |= AD_HOST;
    }
    if APP_HOSTS.iter().any(|h| contains_ci(u, h)) {
        bits |= APP_LINK;
    }
    if SOCIAL_HOSTS.iter().any(|h| contains_ci(u, h))
        && !contains_ci(u, "share")
        && !contains_ci(u, "intent")
    {
        bits |= SOCIAL_LINK;
    }
    if WX_HOSTS.iter().any(|h| contains_ci(u, h)) {
        bits |= WX_VENDOR;
    }
    bits
}

/// The evidence an element's own tag and attributes carry.
pub fn element_bits(doc: &Document, id: NodeId) -> u64 {
    let Some(e) = doc.element(id) else {
        return 0;
    };
    let mut bits = 0;
    for (name, value) in &e.attrs {
        match name.as_str() {
            "class" | "id" => bits |= word_bits(value),
            "role" if value == "navigation" => bits |= NAV,
            "src" | "data-src" | "data-orig-src"
                if matches!(e.tag.as_str(), "iframe" | "script" | "img") =>
            {
                bits |= host_bits(value) & (AD_HOST | WX_VENDOR);
            }
            "href" if e.tag == "a" => bits |= host_bits(value),
            "type" if e.tag == "input" && value.eq_ignore_ascii_case("email") => {
                bits |= EMAIL_INPUT
            }
            "aria-label" | "title"
                if e.tag != "a" && e.tag != "img" && contains_ci(value, "weather") =>
            {
                bits |= WX_WORD;
            }
            n if n.starts_with("data-ad-") || n.starts_with("data-ad_") || n == "data-ad" => {
                bits |= AD_ATTR
            }
            n if n.starts_with("data-dfp") || n == "data-adunit" || n == "data-google-query-id" => {
                bits |= AD_ATTR;
            }
            n if n.contains("size") && lists_iab_size(value) => bits |= AD_SIZE,
            _ => {}
        }
    }
    // An ad frame: titled as one ("Advertisement", GPT's "3rd party ad content") or sized as one.
    if e.tag == "iframe" {
        let titled = ["title", "aria-label"]
            .iter()
            .filter_map(|n| e.attr(n))
            .any(|t| label(t) == Some(Label::Ad) || contains_ci(t, "ad content"));
        let sized = match (e.attr("width"), e.attr("height")) {
            (Some(w), Some(h)) => {
                matches!((w.trim().parse(), h.trim().parse()), (Ok(w), Ok(h)) if IAB_SIZES.contains(&(w, h)))
            }
            _ => false,
        };
        if titled {
            bits |= AD_ATTR;
        }
        if sized {
            bits |= AD_SIZE;
        }
    }
    match e.tag.as_str() {
        "nav" => bits |= NAV,
        "ins" if bits & AD_VENDOR != 0 || e.attr("data-ad-client").is_some() => bits |= AD_VENDOR,
        "amp-ad" | "amp-embed" => bits |= AD_VENDOR,
        "iframe" if bits & AD_HOST == 0 && bits & AD_ANY == 0 => bits |= MEDIA,
        "img" | "picture" | "video" | "audio" | "object" | "embed" => bits |= MEDIA,
        _ => {}
    }
    // An ad iframe or ad script makes its element an ad marker.
    if bits & AD_HOST != 0 && matches!(e.tag.as_str(), "iframe" | "script") {
        bits |= AD_VENDOR;
    }
    bits
}

/// Cue phrases (lower-case) and the bit each sets.
const TEXT_CUES: &[(&str, u64)] = &[
    ("newsletter", T_NEWSLETTER),
    ("न्यूज़लेटर", T_NEWSLETTER),
    ("sign up", T_SIGNUP),
    ("signup", T_SIGNUP),
    ("subscribe", T_SIGNUP),
    ("inbox", T_SIGNUP),
    ("your email", T_SIGNUP),
    ("follow ", T_FOLLOW),
    ("like us on", T_FOLLOW),
    ("stay connected", T_FOLLOW),
    ("never miss", T_FOLLOW),
    ("subscribe to", T_FOLLOW),
    ("join us on", T_FOLLOW),
    ("फॉलो", T_FOLLOW),
    ("facebook", T_SOCIAL),
    ("twitter", T_SOCIAL),
    ("instagram", T_SOCIAL),
    ("youtube", T_SOCIAL),
    ("linkedin", T_SOCIAL),
    ("telegram", T_SOCIAL),
    ("whatsapp", T_SOCIAL),
    ("google news", T_SOCIAL),
    ("download the app", T_APP),
    ("download our app", T_APP),
    ("app download", T_APP),
    ("open in app", T_APP),
    ("app store", T_APP),
    ("google play", T_APP),
    ("home screen", T_APP),
    ("for smartphones", T_APP),
    ("ad blocker", T_ADBLOCK),
    ("ad-blocker", T_ADBLOCK),
    ("adblock", T_ADBLOCK),
    ("read the full story", T_PAYWALL),
    ("subscribe to continue", T_PAYWALL),
    ("continue reading", T_PAYWALL),
    ("already a subscriber", T_PAYWALL),
    ("subscribers only", T_PAYWALL),
    ("notifications", T_PUSH),
    ("download", T_DOWNLOAD),
    (" app ", T_APP_WORD),
    (" app:", T_APP_WORD),
    (" app.", T_APP_WORD),
    (" app,", T_APP_WORD),
    ("e-paper", T_EPAPER),
    ("epaper", T_EPAPER),
    ("print edition", T_EPAPER),
    ("digital edition", T_EPAPER),
    ("ई-पेपर", T_EPAPER),
    ("messenger", T_MESSENGER),
    ("chat with us", T_MESSENGER),
    ("°", T_TEMP),
    ("℃", T_TEMP),
    ("℉", T_TEMP),
    ("humidity", 1 << T_WX_FIRST),
    ("नमी", 1 << T_WX_FIRST),
    ("wind", 1 << (T_WX_FIRST + 1)),
    ("हवा", 1 << (T_WX_FIRST + 1)),
    ("km/h", 1 << (T_WX_FIRST + 1)),
    ("mph", 1 << (T_WX_FIRST + 1)),
    ("rain", 1 << (T_WX_FIRST + 2)),
    ("बारिश", 1 << (T_WX_FIRST + 2)),
    ("shower", 1 << (T_WX_FIRST + 2)),
    ("snow", 1 << (T_WX_FIRST + 2)),
    ("forecast", 1 << (T_WX_FIRST + 3)),
    ("weather", 1 << (T_WX_FIRST + 3)),
    ("मौसम", 1 << (T_WX_FIRST + 3)),
    ("पूर्वानुमान", 1 << (T_WX_FIRST + 3)),
    ("feels like", 1 << (T_WX_FIRST + 4)),
    ("तापमान", 1 << (T_WX_FIRST + 4)),
    ("cloud", 1 << (T_WX_FIRST + 5)),
    ("बादल", 1 << (T_WX_FIRST + 5)),
    ("धूप", 1 << (T_WX_FIRST + 5)),
    ("sunny", 1 << (T_WX_FIRST + 5)),
    ("clear", 1 << (T_WX_FIRST + 5)),
    ("haze", 1 << (T_WX_FIRST + 5)),
    ("fog", 1 << (T_WX_FIRST + 5)),
    ("sunrise", 1 << (T_WX_FIRST + 6)),
    ("sunset", 1 << (T_WX_FIRST + 6)),
    ("aqi", 1 << (T_WX_FIRST + 7)),
    ("air quality", 1 << (T_WX_FIRST + 7)),
];

/// Cue bits of one text node. `buf` is scratch space reused across calls (no allocation per
/// node once it has grown).
pub fn text_bits(text: &str, buf: &mut String) -> u64 {
    if text.trim().is_empty() {
        return 0;
    }
    buf.clear();
    for c in text.chars() {
        buf.extend(c.to_lowercase());
    }
    let mut bits = 0;
    for &(cue, bit) in TEXT_CUES {
        if bits & bit == 0 && buf.contains(cue) {
            bits |= bit;
        }
    }
    bits
}

/// What a whole-text label says about the block it captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// "Advertisement": the box is an ad slot.
    Ad,
    /// "Sponsored", "Ad", "Supported by": an ad when nothing else is in the box.
    Weak,
}

const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertisment",
    "advertising",
    "advert",
    "adchoices",
    "ad choices",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "advertisement continue reading below",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "publicidade",
    "pubblicità",
    "реклама",
    "広告",
    "광고",
    "विज्ञापन",
    "iklan",
    "scroll to continue with content",
];
const WEAK_LABELS: &[&str] = &[
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "sponsored links",
    "sponsored stories",
    "promoted",
    "promoted content",
    "paid content",
    "paid post",
    "partner content",
    "supported by",
    "presented by",
    "from our sponsor",
    "close",
    "close ad",
    "x",
    "×",
    "skip ad",
];

/// The label a short text is, when its whole text (trimmed of punctuation) is one.
pub fn label(text: &str) -> Option<Label> {
    let t = text.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '–' | '—' | ':' | '|' | '·' | '•' | '[' | ']' | '(' | ')'
            )
    });
    if t.is_empty() || t.len() > 48 {
        return None;
    }
    let eq = |l: &&str| {
        let mut a = t.split_whitespace();
        let mut b = l.split_whitespace();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.to_lowercase() == y => {}
                _ => return false,
            }
        }
    };
    if AD_LABELS.iter().any(eq) {
        Some(Label::Ad)
    } else if WEAK_LABELS.iter().any(eq) {
        Some(Label::Weak)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::html::parse;

    fn split(s: &str) -> Vec<&str> {
        words(s).collect()
    }

    #[test]
    fn splits_class_words() {
        assert_eq!(
            split("GoogleDfpAd-wrapper"),
            ["Google", "Dfp", "Ad", "wrapper"]
        );
        assert_eq!(
            split("div-gpt-ad-1430377943388-3"),
            ["div", "gpt", "ad", "1430377943388", "3"]
        );
        assert_eq!(split("DFPAd ad_300x250"), ["DFP", "Ad", "ad", "300x250"]);
        assert_eq!(split("sideAdv-wrapper"), ["side", "Adv", "wrapper"]);
    }

    #[test]
    fn recognises_glued_ad_words_but_not_lookalikes() {
        for w in [
            "topadshidden",
            "rightsideadstop",
            "adcontainer",
            "sidead",
            "adslot",
        ] {
            assert!(glued_ad_word(w), "{w}");
        }
        for w in [
            "header",
            "download",
            "thread",
            "advtoprail",
            "loaded",
            "adventure",
            "ad",
        ] {
            assert!(!glued_ad_word(w), "{w}");
        }
    }

    #[test]
    fn reads_sizes_in_words_and_attributes() {
        assert!(iab_size("300x250") && iab_size("1x1") && !iab_size("12x34"));
        assert!(position_code("A300") && position_code("GO300x60") && position_code("B728"));
        assert!(!position_code("a300") && !position_code("A3000") && !position_code("H1"));
        assert!(lists_iab_size("[[300, 250], [300, 600]]"));
        assert!(lists_iab_size("970x250,728x90"));
        assert!(!lists_iab_size("[[12,34]]"));
    }

    #[test]
    fn element_bits_see_ads_weather_and_promos() {
        let doc = parse(
            r#"<div id="div-gpt-ad-1"></div><div class="ad-wrapper"></div>
            <ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>
            <div class="aw-widget-current"></div><a href="https://play.google.com/store/apps/details?id=x">x</a>
            <div class="newsletter-signup"></div><div class="most-popular"></div>"#,
        );
        let bits: Vec<u64> = doc
            .elements()
            .filter(|&i| doc.tag(i) != "html" && doc.tag(i) != "head" && doc.tag(i) != "body")
            .map(|i| element_bits(&doc, i))
            .collect();
        assert!(bits[0] & AD_VENDOR != 0);
        assert!(bits[1] & AD_WORD != 0);
        assert!(bits[2] & AD_VENDOR != 0);
        assert!(bits[3] & WX_VENDOR != 0);
        assert!(bits[4] & APP_LINK != 0);
        assert!(bits[5] & NEWS_WORD != 0);
        assert!(bits[6] & HL_WORD != 0);
    }

    #[test]
    fn text_cues_and_labels() {
        let mut buf = String::new();
        let b = text_bits("25°C Humidity 97% Wind 47 km/h", &mut buf);
        assert!(b & T_TEMP != 0 && (b & T_WX_ALL).count_ones() >= 2);
        assert!(
            text_bits("Sign up for our Newsletter", &mut buf) & (T_NEWSLETTER | T_SIGNUP)
                == T_NEWSLETTER | T_SIGNUP
        );
        assert_eq!(label(" ADVERTISEMENT "), Some(Label::Ad));
        assert_eq!(label("- Advertisement -"), Some(Label::Ad));
        assert_eq!(label("विज्ञापन"), Some(Label::Ad));
        assert_eq!(label("Sponsored"), Some(Label::Weak));
        assert_eq!(label("Advertisement feature about cars"), None);
    }
}
