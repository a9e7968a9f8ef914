//! The raw evidence every detector reads: words of `class`/`id` values, attribute markers, link
//! hosts and cue phrases in text, each folded into one bit of a `u64`.
//!
//! Bits are computed once per node ([`element_bits`], [`text_bits`]) and OR-ed up the tree by
//! [`super::page::Page`], so a detector asks "is there a newsletter cue below this element?" in
//! O(1). Lexicons stay small on purpose: every entry ships in the wasm.

use crate::dom::hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::dom::{Document, NodeId};
use crate::text::Fragments;

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
/// A text node whose whole text names a sponsor ("Sponsored", "From our sponsor").
pub const LABEL_SPONSOR: u64 = 1 << 24;

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
/// A sales pitch: "for as little as", "lowest prices", "subscribe to our".
pub const T_OFFER: u64 = 1 << 53;
/// "Make us your homepage".
pub const T_HOMEPAGE: u64 = 1 << 54;

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

/// True when `hay` contains `needle` (ASCII, `needle` lower-case), ignoring ASCII case.
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

// Lexicons: compact on purpose (every entry ships in the wasm), matched lower-case.
/// Ad-tech vendors and ad-server markers; a class or id word starting with one is an ad.
#[rustfmt::skip]
const AD_VENDORS: &[&str] = &[
    "adsbygoogle", "adsense", "doubleclick", "dfp", "gpt", "googletag", "taboola", "outbrain",
    "zergnet", "revcontent", "mgid", "dianomi", "nativo", "connatix", "teads", "trendmd",
    "medianet", "postquare", "criteo", "adnxs", "amzn", "prebid", "yieldmo", "sharethrough",
    "adchoices", "aswift", "adslot", "adunit", "adsystem", "adhesion", "mixi",
];
/// Position words that prefix a glued ad word ("topads", "sidead").
#[rustfmt::skip]
const AD_PREFIXES: &[&str] = &[
    "top", "bottom", "btm", "side", "sidebar", "right", "left", "rhs", "lhs", "header", "footer",
    "mid", "middle", "inline", "in", "sticky", "mobile", "desktop", "native", "video", "body",
    "content", "article", "page", "float", "fixed", "home", "main", "story", "post", "text",
    "display", "big", "wide",
];
/// Furniture words that follow a glued ad word ("adcontainer", "adshidden").
#[rustfmt::skip]
const AD_SUFFIXES: &[&str] = &[
    "container", "cont", "wrapper", "wrap", "slot", "slots", "unit", "units", "box", "holder",
    "spot", "zone", "block", "div", "area", "space", "frame", "placeholder", "place", "hidden",
    "top", "bottom", "label", "tag", "inner", "outer", "region", "section", "widget", "panel",
    "row", "item", "module", "right", "left", "side", "mobile", "desktop", "sticky", "banner",
    "node",
];
/// IAB ad sizes (width, height); 1×1 is the out-of-page slot.
#[rustfmt::skip]
const IAB_SIZES: &[(u16, u16)] = &[
    (300, 250), (728, 90), (160, 600), (300, 600), (336, 280), (970, 250), (970, 90), (320, 50),
    (320, 100), (300, 50), (468, 60), (120, 600), (300, 1050), (250, 250), (200, 200), (1250, 60),
    (320, 250), (180, 150), (1, 1),
];
/// Hosts that serve ads, sponsored recommendations or ad-supported video.
#[rustfmt::skip]
const AD_HOSTS: &[&str] = &[
    "doubleclick.net", "googlesyndication.com", "googleadservices.com", "amazon-adsystem.com",
    "adnxs.com", "taboola.com", "outbrain.com", "criteo.", "zergnet.com", "revcontent.com",
    "mgid.com", "adsafeprotected.com", "moatads.com", "trendmd.com", "smartasset.com",
    "dianomi.com", "connatix.com", "teads.tv", "media.net", "mixi.media", "sendtonews.com",
];
#[rustfmt::skip]
const APP_HOSTS: &[&str] = &[
    "play.google.com/store/apps", "itunes.apple.com", "apps.apple.com", ".onelink.me", ".app.link",
    ".page.link", "app.goo.gl", "appgallery.huawei.com",
];
#[rustfmt::skip]
const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com", "twitter.com", "//x.com/", "instagram.com", "youtube.com", "linkedin.com",
    "t.me/", "telegram.me", "whatsapp.com", "news.google.com", "pinterest.com", "koo.in",
];
#[rustfmt::skip]
const WX_HOSTS: &[&str] = &["accuweather.com", "weather.com", "weatherwidget.io", "tomorrow.io", "gismeteo."];
/// IAB ad widths that ad-position codes carry ("A300", "B728", "GO300x60").
const AD_WIDTHS: &[&str] = &["300", "728", "970", "160", "320", "336", "468", "120"];

/// True when `w` (lower-case) is an ad word glued to position or furniture words:
/// "topadshidden", "adcontainer", "rightsideadstop".
fn glued_ad_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 4
        || b.len() > 32
        || !b.windows(2).any(|p| p == b"ad")
        || !b.iter().all(u8::is_ascii_alphabetic)
    {
        return false;
    }
    let mut s = w;
    let mut prefixed = false;
    while let Some(p) = AD_PREFIXES
        .iter()
        .find(|p| s.len() > p.len() && s.starts_with(*p))
    {
        s = &s[p.len()..];
        prefixed = true;
    }
    ["advert", "ads", "ad"].iter().any(|core| {
        let Some(mut rest) = s.strip_prefix(core) else {
            return false;
        };
        let suffixed = !rest.is_empty();
        while let Some(x) = AD_SUFFIXES.iter().find(|x| rest.starts_with(*x)) {
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

/// True when a picture's file name is an IAB ad size ("…/300x600.jpg", "banner_728x90.png").
pub fn file_names_iab_size(url: &str) -> bool {
    let path = &url[..url.find(['?', '#']).unwrap_or(url.len())];
    let name = path.rsplit('/').next().unwrap_or("");
    name.split(|c: char| !c.is_ascii_alphanumeric())
        // (Not "1x1": square crops are named so.)
        .any(|w| {
            w.len() >= 6 && w.bytes().next().is_some_and(|b| b.is_ascii_digit()) && iab_size(w)
        })
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

/// An ad-position code: one to three capitals and an ad width, as in "A300" or "S300x600".
fn position_code(w: &str) -> bool {
    let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
    let rest = &w[letters..];
    let width = rest.split(['x', 'X']).next().unwrap_or("");
    (1..=3).contains(&letters)
        && AD_WIDTHS.contains(&width)
        && rest.bytes().all(|b| b.is_ascii_digit() || b == b'x')
}

/// Class/id words (lower-case) and what each says on its own.
#[rustfmt::skip]
const WORD_BITS: &[(&str, u64)] = &[
    ("ad", AD_WORD), ("ads", AD_WORD), ("adv", AD_WORD), ("advert", AD_WORD), ("adverts", AD_WORD),
    ("advertisement", AD_WORD), ("advertising", AD_WORD), ("advertorial", AD_WORD), ("adds", AD_WORD),
    ("mpu", AD_WORD), ("mrec", AD_WORD), ("medrec", AD_WORD), ("mediumrectangle", AD_WORD),
    ("leaderboard", AD_WORD), ("skyscraper", AD_WORD), ("billboard", AD_WORD), ("halfpage", AD_WORD),
    ("sponsor", AD_WORD), ("sponsored", AD_WORD), ("sponsorship", AD_WORD),
    ("banner", AD_WEAK), ("banners", AD_WEAK), ("sponsors", AD_WEAK), ("interstitial", AD_WEAK),
    ("wallpaper", AD_WEAK),
    ("accuweather", WX_WORD), ("wx", WX_WORD),
    ("newsletter", NEWS_WORD), ("newsletters", NEWS_WORD), ("subscribe", NEWS_WORD),
    ("subscription", NEWS_WORD), ("signup", NEWS_WORD), ("optin", NEWS_WORD),
    ("social", SOCIAL_WORD), ("follow", SOCIAL_WORD), ("followus", SOCIAL_WORD),
    ("smartbanner", APP_WORD), ("appdownload", APP_WORD), ("openinapp", APP_WORD), ("apppromo", APP_WORD),
    ("paywall", PAYWALL_WORD), ("meter", PAYWALL_WORD), ("regwall", PAYWALL_WORD),
    ("adblocker", ADBLOCK_WORD),
    ("trending", HL_WORD), ("popular", HL_WORD), ("mostread", HL_WORD), ("mostpopular", HL_WORD),
    ("headlines", HL_WORD), ("recirc", HL_WORD), ("ticker", HL_WORD), ("filmstrip", HL_WORD),
    ("breaking", HL_WORD), ("recommended", HL_WORD), ("recommendations", HL_WORD),
    ("prev", PAGER_WORD), ("previous", PAGER_WORD), ("pager", PAGER_WORD), ("pagination", PAGER_WORD),
    ("paginate", PAGER_WORD),
    ("paddle", PAGER_WORD),
    ("promo", PROMO_PLACE), ("promos", PROMO_PLACE), ("promotion", PROMO_PLACE), ("cta", PROMO_PLACE),
];
/// Two class/id words in a row ("sign up", "most read") and what they say together.
#[rustfmt::skip]
const PAIR_BITS: &[(&str, &str, u64)] = &[
    ("sign", "up", NEWS_WORD), ("aw", "widget", WX_VENDOR), ("gs", "informer", WX_VENDOR),
    ("app", "download", APP_WORD), ("app", "promo", APP_WORD), ("app", "banner", APP_WORD),
    ("app", "btn", APP_WORD),
    ("most", "read", HL_WORD), ("most", "popular", HL_WORD), ("most", "viewed", HL_WORD),
    ("most", "commented", HL_WORD), ("most", "shared", HL_WORD), ("most", "watched", HL_WORD),
    ("top", "stories", HL_WORD), ("top", "news", HL_WORD), ("top", "headlines", HL_WORD),
    ("more", "news", HL_WORD), ("more", "stories", HL_WORD),
    ("news", "block", HL_WORD), ("news", "more", HL_WORD), ("news", "feed", HL_WORD),
    ("news", "rail", HL_WORD), ("news", "strip", HL_WORD),
    ("next", "article", PAGER_WORD), ("next", "story", PAGER_WORD), ("next", "post", PAGER_WORD),
];

/// Word and word-pair tables as hash maps, and vendors by first letter: one lookup per word.
struct Lexicon {
    words: HashMap<&'static str, u64>,
    pairs: HashMap<(&'static str, &'static str), u64>,
    vendors: Vec<Vec<&'static str>>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut vendors = vec![Vec::new(); 256];
        for v in AD_VENDORS {
            vendors[v.as_bytes()[0] as usize].push(*v);
        }
        Lexicon {
            words: WORD_BITS.iter().copied().collect(),
            pairs: PAIR_BITS.iter().map(|&(a, b, bit)| ((a, b), bit)).collect(),
            vendors,
        }
    })
}

/// The evidence one class/id word (lower-case) carries, given the word before it.
fn word_class(w: &str, prev: &str) -> u64 {
    let lex = lexicon();
    let first = w.as_bytes().first().copied().unwrap_or(0);
    let mut bits = lex.words.get(w).copied().unwrap_or(0);
    if !prev.is_empty() {
        bits |= lex.pairs.get(&(prev, w)).copied().unwrap_or(0);
    }
    if lex.vendors[first as usize].iter().any(|v| w.starts_with(v)) {
        bits |= AD_VENDOR;
        bits &= !AD_WORD;
    } else if first.is_ascii_digit() {
        if iab_size(w) {
            bits |= AD_SIZE;
        }
    } else if bits & AD_WORD == 0 && glued_ad_word(w) {
        bits |= AD_WORD;
    }
    if matches!(first, b'w' | b'f') && (w.starts_with("weather") || w.starts_with("forecast")) {
        bits |= WX_WORD;
        if w.starts_with("weatherwidget") {
            bits |= WX_VENDOR;
        }
    }
    if prev == "adblock" {
        bits |= ADBLOCK_WORD;
    }
    bits
}

/// Bits from class/id words.
fn word_bits(value: &str) -> u64 {
    let mut bits = 0;
    // Position codes ("A300") need a capital and a digit: most values have neither.
    let (upper, digit) = value.bytes().fold((false, false), |(u, d), b| {
        (u || b.is_ascii_uppercase(), d || b.is_ascii_digit())
    });
    if upper
        && digit
        && value
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(position_code)
    {
        bits |= AD_SIZE;
    }
    // Words are ASCII; lower-case them once into two small buffers. (Longer words say nothing
    // and break a pair.)
    const LONGEST: usize = 32;
    let (mut cur, mut prev) = (String::new(), String::new());
    for w in words(value) {
        if w.len() > LONGEST {
            prev.clear();
            continue;
        }
        cur.clear();
        cur.push_str(w);
        cur.make_ascii_lowercase();
        bits |= word_class(&cur, &prev);
        std::mem::swap(&mut cur, &mut prev);
    }
    bits
}

/// True when a class or id value names an ad slot (for reasons).
pub fn element_word_is_ad(value: &str) -> bool {
    word_bits(value) & (AD_WORD | AD_VENDOR | AD_SIZE) != 0
}

/// A scratch bit for [`host_bits`]: a share or intent link, which is no social-profile link.
const SHARE_LINK: u64 = 1 << 63;

/// The host lists, each with the bits it sets, so a URL is scanned once, not once per host.
fn hosts() -> &'static Fragments {
    static HOSTS: OnceLock<Fragments> = OnceLock::new();
    HOSTS.get_or_init(|| {
        let mut hosts = Fragments::default();
        hosts.add(AD_HOSTS, AD_HOST);
        hosts.add(APP_HOSTS, APP_LINK);
        hosts.add(SOCIAL_HOSTS, SOCIAL_LINK);
        hosts.add(WX_HOSTS, WX_VENDOR);
        hosts.add(&["share", "intent"], SHARE_LINK);
        hosts
    })
}

fn host_bits(url: &str) -> u64 {
    let u = url.trim_start().as_bytes();
    // Inline data is no host; a host sits in a URL's first characters (paths can be long).
    if u.starts_with(b"data:") {
        return 0;
    }
    // (The hosts are ASCII: a character cut at the end cannot make or break a match.)
    let bits = hosts().find(&u[..u.len().min(200)]);
    if bits & SHARE_LINK != 0 {
        bits & !(SOCIAL_LINK | SHARE_LINK)
    } else {
        bits
    }
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
#[rustfmt::skip]
const TEXT_CUES: &[(&str, u64)] = &[
    ("newsletter", T_NEWSLETTER), ("न्यूज़लेटर", T_NEWSLETTER),
    ("sign up", T_SIGNUP), ("signup", T_SIGNUP), ("subscribe", T_SIGNUP), ("inbox", T_SIGNUP),
    ("your email", T_SIGNUP),
    ("follow ", T_FOLLOW), ("like us on", T_FOLLOW), ("stay connected", T_FOLLOW),
    ("never miss", T_FOLLOW), ("subscribe to", T_FOLLOW), ("join us on", T_FOLLOW), ("फॉलो", T_FOLLOW),
    ("facebook", T_SOCIAL), ("twitter", T_SOCIAL), ("instagram", T_SOCIAL), ("youtube", T_SOCIAL),
    ("linkedin", T_SOCIAL), ("telegram", T_SOCIAL), ("whatsapp", T_SOCIAL), ("google news", T_SOCIAL),
    ("download the app", T_APP), ("download our app", T_APP), ("app download", T_APP),
    ("open in app", T_APP), ("app store", T_APP), ("google play", T_APP), ("home screen", T_APP),
    ("for smartphones", T_APP),
    ("ad blocker", T_ADBLOCK), ("ad-blocker", T_ADBLOCK), ("adblock", T_ADBLOCK),
    ("read the full story", T_PAYWALL), ("subscribe to continue", T_PAYWALL),
    ("continue reading", T_PAYWALL), ("already a subscriber", T_PAYWALL),
    ("subscribers only", T_PAYWALL),
    ("notifications", T_PUSH),
    ("download", T_DOWNLOAD), (" app ", T_APP_WORD), (" app:", T_APP_WORD), (" app.", T_APP_WORD),
    (" app,", T_APP_WORD),
    ("e-paper", T_EPAPER), ("epaper", T_EPAPER), ("print edition", T_EPAPER),
    ("digital edition", T_EPAPER), ("ई-पेपर", T_EPAPER),
    ("messenger", T_MESSENGER), ("chat with us", T_MESSENGER),
    ("subscribe to our", T_OFFER), ("for as little as", T_OFFER), ("lowest price", T_OFFER),
    ("special offer", T_OFFER), ("free trial", T_OFFER), ("subscribe now", T_OFFER),
    ("subscribe today", T_OFFER),
    ("my homepage", T_HOMEPAGE), ("your homepage", T_HOMEPAGE), ("as homepage", T_HOMEPAGE),
    ("my home page", T_HOMEPAGE), ("your home page", T_HOMEPAGE),
    ("°", T_TEMP), ("℃", T_TEMP), ("℉", T_TEMP),
    ("humidity", 1 << T_WX_FIRST), ("नमी", 1 << T_WX_FIRST),
    ("wind", 1 << (T_WX_FIRST + 1)), ("हवा", 1 << (T_WX_FIRST + 1)), ("km/h", 1 << (T_WX_FIRST + 1)),
    ("mph", 1 << (T_WX_FIRST + 1)),
    ("rain", 1 << (T_WX_FIRST + 2)), ("बारिश", 1 << (T_WX_FIRST + 2)), ("shower", 1 << (T_WX_FIRST + 2)),
    ("snow", 1 << (T_WX_FIRST + 2)),
    ("forecast", 1 << (T_WX_FIRST + 3)), ("weather", 1 << (T_WX_FIRST + 3)), ("मौसम", 1 << (T_WX_FIRST + 3)),
    ("पूर्वानुमान", 1 << (T_WX_FIRST + 3)),
    ("feels like", 1 << (T_WX_FIRST + 4)), ("तापमान", 1 << (T_WX_FIRST + 4)),
    ("cloud", 1 << (T_WX_FIRST + 5)), ("बादल", 1 << (T_WX_FIRST + 5)), ("धूप", 1 << (T_WX_FIRST + 5)),
    ("sunny", 1 << (T_WX_FIRST + 5)), ("clear", 1 << (T_WX_FIRST + 5)), ("haze", 1 << (T_WX_FIRST + 5)),
    ("fog", 1 << (T_WX_FIRST + 5)),
    ("sunrise", 1 << (T_WX_FIRST + 6)), ("sunset", 1 << (T_WX_FIRST + 6)),
    ("aqi", 1 << (T_WX_FIRST + 7)), ("air quality", 1 << (T_WX_FIRST + 7)),
];

/// The cue phrases, so a text is scanned once, not once per cue.
fn cues() -> &'static Fragments {
    static CUES: OnceLock<Fragments> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = Fragments::default();
        for &(cue, bit) in TEXT_CUES {
            cues.add(&[cue], bit);
        }
        cues
    })
}

/// Cue bits of one text node. `buf` is scratch space reused across calls (no allocation per
/// node once it has grown).
pub fn text_bits(text: &str, buf: &mut String) -> u64 {
    if text.trim().is_empty() {
        return 0;
    }
    // The matcher folds ASCII case itself; other letters are lower-cased here (a Kelvin sign
    // is a 'k'). The space lets a cue such as " app " match at the start.
    buf.clear();
    buf.push(' ');
    if text.is_ascii() {
        buf.push_str(text);
    } else {
        for c in text.chars() {
            if c.is_ascii() {
                buf.push(c);
            } else {
                buf.extend(c.to_lowercase());
            }
        }
    }
    cues().find(buf.as_bytes())
}

/// What a whole-text label says about the block it captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// "Advertisement": the box is an ad slot.
    Ad,
    /// "Ad", "Close": an ad when nothing else is in the box.
    Weak,
    /// "Sponsored", "From our sponsor": an ad when nothing else is in the box, or when its
    /// links lead off the site.
    Sponsor,
}

#[rustfmt::skip]
const AD_LABELS: &[&str] = &[
    "advertisement", "advertisements", "advertisment", "advert", "adchoices", "ad choices",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "advertisement continue reading below", "anzeige", "werbung",
    "publicidad", "publicité", "publicidade", "pubblicità", "реклама", "広告", "광고", "विज्ञापन",
    "iklan", "scroll to continue with content",
];
#[rustfmt::skip]
const WEAK_LABELS: &[&str] = &["ad", "ads", "close", "close ad", "x", "×", "skip ad"];
#[rustfmt::skip]
const SPONSOR_LABELS: &[&str] = &[
    "sponsored", "sponsored content", "sponsored links", "sponsored stories", "promoted",
    "promoted content", "paid content", "paid post", "partner content", "supported by",
    "presented by", "from our sponsor", "from our sponsors",
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
    // Lower-case with single spaces, in a stack buffer.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for word in t.split_whitespace() {
        if n > 0 {
            buf[n] = b' ';
            n += 1;
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            let mut tmp = [0u8; 4];
            let e = c.encode_utf8(&mut tmp).as_bytes();
            if n + e.len() > buf.len() {
                return None;
            }
            buf[n..n + e.len()].copy_from_slice(e);
            n += e.len();
        }
    }
    let t = std::str::from_utf8(&buf[..n]).ok()?;
    if AD_LABELS.contains(&t) {
        Some(Label::Ad)
    } else if WEAK_LABELS.contains(&t) {
        Some(Label::Weak)
    } else if SPONSOR_LABELS.contains(&t) {
        Some(Label::Sponsor)
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
        assert_eq!(label("Sponsored"), Some(Label::Sponsor));
        assert_eq!(label("Close"), Some(Label::Weak));
        assert_eq!(label("Advertisement feature about cars"), None);
    }
}
