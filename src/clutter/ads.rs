//! Ad slots: ad-server markers (Google Publisher Tag ids, AdSense `ins`, `data-ad-*`), ad
//! vendors' widgets (Taboola, Outbrain…), ad words and IAB sizes in class or id, iframes and
//! scripts from ad hosts, and "Advertisement" captions. Most slots are empty until a script
//! fills them, so emptiness is not a reason to keep one.

use super::Candidate;
use super::page::Page;
use super::signals::{self as sig, words};
use crate::dom::NodeId;
use crate::model::ClutterKind;

/// Vendor words and the names a reason gives them.
const VENDOR_NAMES: &[(&str, &str)] = &[
    ("gpt", "Google Publisher Tag"),
    ("googletag", "Google Publisher Tag"),
    ("dfp", "Google Ad Manager"),
    ("doubleclick", "Google Ad Manager"),
    ("adsbygoogle", "AdSense"),
    ("adsense", "AdSense"),
    ("taboola", "Taboola"),
    ("outbrain", "Outbrain"),
    ("zergnet", "ZergNet"),
    ("revcontent", "Revcontent"),
    ("mgid", "MGID"),
    ("dianomi", "Dianomi"),
    ("nativo", "Nativo"),
    ("connatix", "Connatix"),
    ("teads", "Teads"),
    ("trendmd", "TrendMD"),
    ("medianet", "Media.net"),
    ("postquare", "Postquare"),
    ("amzn", "Amazon Associates"),
    ("prebid", "Prebid"),
    ("mixi", "Mixi.Media"),
];

fn vendor(page: &Page, id: NodeId) -> Option<&'static str> {
    let e = page.doc.element(id)?;
    for (n, v) in &e.attrs {
        if n != "class" && n != "id" {
            continue;
        }
        for w in words(v) {
            let w = w.to_ascii_lowercase();
            if let Some((_, name)) = VENDOR_NAMES.iter().find(|(k, _)| w.starts_with(k)) {
                return Some(name);
            }
        }
    }
    None
}

/// The first class or id word that names an ad slot, for the reason.
fn ad_word(page: &Page, id: NodeId) -> Option<String> {
    let e = page.doc.element(id)?;
    ["id", "class"]
        .iter()
        .filter_map(|n| e.attr(n))
        .find_map(|v| {
            v.split_ascii_whitespace()
                .find(|part| sig::element_word_is_ad(part))
                .map(|part| part.chars().take(40).collect())
        })
}

/// Ad vendors' script globals and calls (case-sensitive, as written in code).
const SCRIPT_VENDORS: &[(&str, &str)] = &[
    ("_taboola", "Taboola"),
    ("googletag.display", "Google Publisher Tag"),
    ("adsbygoogle", "AdSense"),
    ("OBR.extern", "Outbrain"),
    ("_mgq", "MGID"),
];

/// What a short inline script does when it fills its box with an ad: calls a vendor's code
/// ("loads Taboola") or a function named for placing an ad (`placeAd(`, `displayAds(`).
/// Scripts loaded from a URL, JSON, and longer code (a comments widget's set-up does many
/// things) are not read; the live page's snapshot carries exactly these short scripts
/// ([`crate::dom::snapshot::MAX_RAW_TEXT`]), so the extension judges as the CLI does.
fn inline_ad_call(page: &Page, script: NodeId) -> Option<String> {
    let doc = page.doc;
    if doc.attr(script, "src").is_some() {
        return None;
    }
    let text = crate::dom::snapshot::raw_text(doc, script)?;
    if let Some((_, name)) = SCRIPT_VENDORS.iter().find(|(k, _)| text.contains(k)) {
        return Some(format!("loads {name}"));
    }
    // A call of an identifier ending in the word "Ad"/"Ads" (after a lower-case letter).
    let b = text.as_bytes();
    let placed = text.match_indices("Ad").any(|(i, _)| {
        let mut j = i + 2;
        if b.get(j) == Some(&b's') {
            j += 1;
        }
        i > 0 && b[i - 1].is_ascii_lowercase() && b.get(j) == Some(&b'(')
    });
    placed.then(|| "places an ad".to_string())
}

/// Ad evidence of one element, as reason parts; empty when there is none worth acting on.
fn evidence(page: &Page, id: NodeId) -> Vec<String> {
    let own = page.own[id];
    let doc = page.doc;
    let tag = doc.tag(id);
    let mut why = Vec::new();
    if matches!(
        tag,
        "script" | "style" | "noscript" | "template" | "link" | "meta"
    ) {
        return why;
    }
    let st = page.stats(id);
    let empty = page.empty_but_labels(id);
    let short = st.chars <= page.label_chars[id] + 40;
    if own & sig::AD_VENDOR != 0 {
        match (vendor(page, id), tag) {
            (Some(v), _) => why.push(format!("{v} slot")),
            (None, "iframe") => why.push("iframe from an ad server".to_string()),
            (None, "ins") => why.push("AdSense unit".to_string()),
            (None, _) => why.push("ad-server slot".to_string()),
        }
    } else if own & sig::AD_HOST != 0 && tag == "a" && short {
        why.push("link through an ad server".to_string());
    }
    // A container whose only content is an ad script ("script-only slot"): one loaded from an
    // ad server, or inline code that calls an ad vendor or places an ad.
    if why.is_empty() && empty {
        for c in doc.child_elements(id).filter(|&c| doc.tag(c) == "script") {
            if page.own[c] & sig::AD_VENDOR != 0 {
                why.push("holds only an ad-server script".to_string());
                break;
            }
            if let Some(what) = inline_ad_call(page, c) {
                why.push(format!("holds only a script that {what}"));
                break;
            }
        }
    }
    let labelled = page.sub[id] & sig::LABEL_AD != 0;
    // Pictures count against weaker evidence: an ad word on a box with a picture may be a logo.
    let may_show =
        empty || (short && (labelled || page.sub[id] & (sig::AD_HOST | sig::AD_VENDOR) != 0));
    if own & sig::AD_ATTR != 0 && (short || !why.is_empty()) {
        why.push("ad-server attributes (data-ad…)".to_string());
    }
    if own & sig::AD_WORD != 0 && (may_show || !why.is_empty()) {
        match ad_word(page, id) {
            Some(w) => why.push(format!("class/id '{w}'")),
            None => why.push("ad class/id".to_string()),
        }
    }
    if own & sig::AD_SIZE != 0 && (may_show || !why.is_empty()) {
        why.push("IAB ad size".to_string());
    }
    if own & sig::AD_WEAK != 0
        && why.is_empty()
        && empty
        && st.links == 0
        && doc
            .node(id)
            .children
            .iter()
            .any(|&c| doc.element(c).is_some())
    {
        why.push(format!("empty {} placeholder", ad_word_weak(page, id)));
    }
    if !why.is_empty() && labelled {
        why.push("'Advertisement' label".to_string());
    }
    why
}

fn ad_word_weak(page: &Page, id: NodeId) -> &'static str {
    let e = page.doc.element(id);
    let has = |w: &str| {
        e.is_some_and(|e| {
            e.attrs
                .iter()
                .any(|(n, v)| (n == "class" || n == "id") && sig::contains_ci(v, w))
        })
    };
    if has("sponsor") { "sponsor" } else { "banner" }
}

/// The host of a link, or `None` for a link on the same site (relative).
pub(super) fn host(href: &str) -> Option<&str> {
    let rest = href.trim().split_once("//")?.1;
    let host = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    Some(host.trim_start_matches("www."))
}

/// Boxes captioned "Sponsored" or "From our sponsor" whose links lead off the site: native ads
/// and sponsor widgets without a vendor's marker. (Same-site stories under a sponsor's name
/// are left to the headline judge.)
fn sponsored_widgets(page: &Page, out: &mut Vec<Candidate>) {
    let doc = page.doc;
    let site = page.ctx.url.and_then(host);
    let mut sat = vec![false; doc.len()];
    for id in (0..doc.len()).rev() {
        if page.sub[id] & sig::LABEL_SPONSOR == 0 || doc.element(id).is_none() {
            continue;
        }
        let st = page.stats(id);
        sat[id] = st.links >= 2 && st.words <= 250 && !page.in_nav(id);
        if !sat[id] || doc.children(id).iter().any(|&c| sat[c]) {
            continue;
        }
        // Grow to the biggest box that is still small and still points away.
        let offsite = |e: NodeId| {
            let (mut links, mut away) = (0, 0);
            for a in doc.descendants(e).filter(|&a| doc.tag(a) == "a") {
                let Some(href) = doc.attr(a, "href") else {
                    continue;
                };
                links += 1;
                if host(href).is_some_and(|h| Some(h) != site) {
                    away += 1;
                }
            }
            links >= 2 && away * 5 >= links * 3
        };
        if !offsite(id) {
            continue;
        }
        let mut top = id;
        while let Some(p) = doc.parent(top) {
            if page.structural(p) || page.in_nav(p) || page.stats(p).words > 250 || !offsite(p) {
                break;
            }
            top = p;
        }
        let reason = "sponsored widget: sponsor's label, links to other sites".to_string();
        out.push(Candidate::new(top, ClutterKind::Ad, reason, false));
    }
}

/// Every element with ad evidence, plus the boxes that hold an "Advertisement" caption.
pub fn detect(page: &Page) -> Vec<Candidate> {
    let doc = page.doc;
    let mut out = Vec::new();
    for id in doc.elements() {
        if page.in_nav(id) && page.own[id] & sig::AD_VENDOR == 0 {
            continue;
        }
        // (An empty box with an inline script may be a slot the script fills.)
        if page.sub[id] & (sig::AD_ANY | sig::AD_WEAK | sig::LABEL_AD) == 0
            && (page.stats(id).chars > 0 || !doc.child_elements(id).any(|c| doc.tag(c) == "script"))
        {
            continue;
        }
        let why = evidence(page, id);
        if !why.is_empty() {
            let strong = page.own[id] & sig::AD_VENDOR != 0;
            out.push(Candidate::new(
                id,
                ClutterKind::Ad,
                format!("ad slot: {}", why.join(", ")),
                strong,
            ));
            continue;
        }
        // The box of an "Advertisement" caption: the outermost element whose text is the label.
        if page.own[id] & sig::LABEL_AD == 0 {
            let st = page.stats(id);
            let is_caption = st.chars > 0
                && page.label_chars[id] >= st.chars
                && page.sub[id] & sig::LABEL_AD != 0;
            let parent_caption = doc.parent(id).is_some_and(|p| {
                let ps = page.stats(p);
                page.label_chars[p] >= ps.chars && ps.chars == st.chars
            });
            if is_caption && !parent_caption && page.sub[id] & sig::MEDIA == 0 {
                out.push(Candidate::new(
                    id,
                    ClutterKind::Ad,
                    "ad caption: 'Advertisement' label".to_string(),
                    false,
                ));
            }
        }
    }
    sponsored_widgets(page, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clutter::ArticleContext;
    use crate::dom::html::parse;

    fn detected(html: &str) -> Vec<(String, String)> {
        let doc = parse(html);
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        detect(&page)
            .into_iter()
            .map(|c| (doc.attr(c.node, "id").unwrap_or("").to_string(), c.reason))
            .collect()
    }

    #[test]
    fn finds_gpt_adsense_and_vendor_slots() {
        let found = detected(
            r#"<div id="div-gpt-ad-123-0"></div>
               <ins id="ins" class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>
               <div id="tb" class="taboola-below-article"></div>
               <div id="dfp" data-sizes="[[300,250]]"></div>"#,
        );
        let ids: Vec<&str> = found.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, ["div-gpt-ad-123-0", "ins", "tb", "dfp"]);
        assert!(found[0].1.contains("Google Publisher Tag"));
        assert!(found[1].1.contains("AdSense"));
        assert!(found[2].1.contains("Taboola"));
        assert!(found[3].1.contains("IAB ad size"));
    }

    #[test]
    fn finds_captions_and_ad_words_on_empty_boxes_only() {
        let found = detected(
            r#"<div id="cap"><span>Advertisement</span></div>
               <div id="w" class="ad-wrapper"></div>
               <div id="txt" class="ad-free-story"><p>A long paragraph of the story that is not an ad at all, with many words.</p></div>
               <div id="logo" class="header-ad"><img src="logo.png"></div>"#,
        );
        let ids: Vec<&str> = found.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, ["cap", "w"]);
    }

    #[test]
    fn finds_boxes_whose_only_content_is_an_inline_ad_script() {
        let found = detected(
            r#"<div id="tb"><script>window._taboola = window._taboola || []; _taboola.push({mode: 'thumbs'});</script></div>
               <div id="pl"><script>siteNetPlaceAd("R1");</script></div>
               <div id="cm"><script>new SidebarWidgets({zone: "x"}); loadComments();</script></div>
               <div id="txt"><p>Words people read.</p><script>showAd("B2");</script></div>"#,
        );
        let ids: Vec<&str> = found.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, ["tb", "pl"]);
        assert!(found[0].1.contains("loads Taboola"), "{}", found[0].1);
        assert!(found[1].1.contains("places an ad"), "{}", found[1].1);
    }

    #[test]
    fn leaves_navigation_and_share_links_alone() {
        let found = detected(
            r#"<nav><a id="n" class="ads-link" href="/advertise">Advertise with us</a></nav>"#,
        );
        assert!(found.is_empty());
    }

    #[test]
    fn finds_sponsor_widgets_that_link_away_but_not_sponsored_stories() {
        let doc = parse(
            r#"<div id="tix"><h3>Find Tickets</h3><ul><li><a href="https://tickets.example/e/1">2,378 tickets</a></li>
               <li><a href="https://tickets.example/e/2">4,281 tickets</a></li></ul><footer>From our sponsor</footer></div>
               <aside id="own"><p>Sponsored</p><a href="/news/one-story-here">One story here today</a>
               <a href="https://news.example.com/news/two">Two stories here today</a></aside>"#,
        );
        let ctx = ArticleContext {
            root: None,
            title: "",
            url: Some("https://news.example.com/a/b"),
            text: "",
        };
        let page = Page::new(&doc, &ctx);
        let ids: Vec<&str> = detect(&page)
            .iter()
            .map(|c| doc.attr(c.node, "id").unwrap_or(""))
            .collect();
        assert_eq!(ids, ["tix"]);
    }
}
