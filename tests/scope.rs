//! Where the clean-up acts: on pages that are not news or articles (webmail, an online document,
//! a shop item, a dashboard) it hides nothing, though each of these pages carries blocks that
//! would be clutter on a news page — and switching the clean-up on for the site hides them.

use tidings::{Options, analyze_html, analyze_with, dom};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/scope/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The analysis with the clean-up switched on for the site.
fn forced(html: &str, url: Option<&str>) -> tidings::model::Analysis {
    let options = Options {
        force_cleanup: true,
        ..Options::default()
    };
    analyze_with(&dom::html::parse(html), url, options)
}

/// Not cleaned by default (with the reason), cleaned when the user forces it.
fn assert_left_alone(name: &str, why: &str) {
    let html = fixture(name);
    let url = Some("https://app.example.com/page");
    let plain = analyze_html(&html, url);
    assert!(!plain.scope.cleans, "{name}: cleaned ({})", plain.scope.why);
    assert!(
        plain.scope.why.contains(why),
        "{name}: reason {:?} lacks {why:?}",
        plain.scope.why
    );
    assert!(plain.hidden.is_empty(), "{name}: hid {:?}", plain.hidden);
    let cleaned = forced(&html, url);
    assert!(cleaned.scope.cleans);
    assert!(
        !cleaned.hidden.is_empty(),
        "{name}: the page's clutter is not hidden even when forced"
    );
}

#[test]
fn webmail_is_left_alone() {
    assert_left_alone("webmail.html", "form controls");
}

#[test]
fn an_editable_document_is_left_alone() {
    assert_left_alone("document.html", "editable document");
}

#[test]
fn a_shop_item_is_left_alone() {
    assert_left_alone("shop.html", "Product");
}

#[test]
fn a_dashboard_is_left_alone() {
    assert_left_alone("dashboard.html", "form controls");
}

#[test]
fn a_news_article_is_cleaned_and_says_why() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/index.html"))
        .expect("the demo page");
    let a = analyze_html(&html, Some("https://news.abplive.com/news/india/koo"));
    assert!(a.scope.cleans, "{}", a.scope.why);
    assert!(a.scope.why.contains("publisher") || a.scope.why.contains("reads like"));
    assert!(!a.hidden.is_empty());
}

#[test]
fn hidden_blocks_carry_a_key_shared_by_the_sites_pages() {
    let html = fixture("webmail.html");
    let first = forced(&html, None);
    let ad = first
        .hidden
        .iter()
        .find(|h| h.kind == tidings::model::ClutterKind::Ad)
        .expect("the webmail's ad slot");
    assert_eq!(ad.key, "ad|div#div-gpt-ad-mail-right");
    // Another page of the site: different position, same template, same key.
    let moved = html.replace(
        "<aside class=\"mail-side\">",
        "<aside class=\"mail-side\"><p>Storage: 2 GB of 15 GB used</p>",
    );
    let again = forced(&moved, None);
    assert!(again.hidden.iter().any(|h| h.key == ad.key));
}

#[test]
fn hide_all_rails_hides_related_blocks_too() {
    let html = fixture("../rails-related-vs-unrelated.html");
    let url = Some("https://news.example.com/india/story");
    let kept = analyze_html(&html, url);
    assert!(!kept.related.is_empty(), "the fixture has a related rail");
    let all = analyze_with(
        &dom::html::parse(&html),
        url,
        Options {
            hide_related: true,
            ..Options::default()
        },
    );
    assert!(all.related.is_empty());
    assert!(all.hidden.len() > kept.hidden.len());
    assert!(
        all.hidden
            .iter()
            .any(|h| h.reason.contains("you hide all rails"))
    );
}
