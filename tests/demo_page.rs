//! The acceptance lines of the end-to-end issue, on the demo page the repo ships: the title, the
//! four kinds of clutter hidden, the IT ministry's statement found, and no Top Headlines
//! headline in the article text.

use tidings::model::{Analysis, ClutterKind};

const DEMO_URL: &str = "https://news.abplive.com/explorer/it-ministry-took-to-koo-calling-twitter-s-blog-unusual-says-will-respond-soon-1441612";

fn demo() -> Analysis {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/index.html"))
        .expect("the demo page ships with the repo");
    tidings::analyze_html(&html, Some(DEMO_URL))
}

#[test]
fn reads_the_title_and_metadata() {
    let a = demo();
    assert_eq!(
        a.title.as_deref(),
        Some(
            "IT Ministry Took To 'Koo' Calling Twitter's Blog 'Unusual'; Says 'Will Respond Soon'"
        )
    );
    assert!(a.readerable);
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert!(
        a.published
            .as_deref()
            .is_some_and(|p| p.starts_with("2021-02-"))
    );
    assert!(
        a.text
            .contains("Upon the request of Twitter seeking a meeting")
    );
    assert!(a.text.contains("follow the Ministry on Koo"));
}

#[test]
fn keeps_unrelated_headlines_out_of_the_article() {
    let a = demo();
    for headline in [
        "Sunita Kejriwal",
        "Bangladeshi Infiltrators",
        "Sharia",
        "Himanta",
    ] {
        assert!(
            !a.text.contains(headline),
            "article text holds '{headline}'"
        );
    }
}

#[test]
fn hides_every_kind_of_clutter_with_reasons() {
    let a = demo();
    for kind in [
        ClutterKind::Ad,
        ClutterKind::Weather,
        ClutterKind::Headlines,
        ClutterKind::Promo,
    ] {
        assert!(
            a.hidden.iter().any(|h| h.kind == kind),
            "nothing hidden as {kind:?}"
        );
    }
    assert!(
        a.hidden
            .iter()
            .all(|h| !h.reason.is_empty() && h.path.starts_with("html>body"))
    );
    // The weather card and Top Headlines are hidden as such.
    assert!(
        a.hidden
            .iter()
            .any(|h| h.kind == ClutterKind::Weather && h.text.contains("25"))
    );
    assert!(
        a.hidden
            .iter()
            .any(|h| h.kind == ClutterKind::Headlines && h.text.contains("Top Headlines"))
    );
    // Nothing hidden holds the article's words.
    for h in &a.hidden {
        assert!(
            !h.text.contains("Upon the request of Twitter"),
            "hid the article: {}",
            h.path
        );
    }
}

#[test]
fn keeps_the_related_also_read_link() {
    let a = demo();
    // The page keeps it and the reader lists it under the article, among the related links; the
    // body itself leaves the teaser out (it is no sentence of the story).
    assert!(
        a.related
            .iter()
            .any(|l| l.text.contains("Twitter Acts On 500 Indian Accounts"))
    );
    assert!(!a.text.contains("Twitter Acts On 500 Indian Accounts"));
    assert!(
        a.hidden
            .iter()
            .all(|h| !h.text.contains("Twitter Acts On 500 Indian Accounts"))
    );
}

#[test]
fn finds_the_it_ministry_statement() {
    let a = demo();
    let statement = a
        .statements
        .iter()
        .find(|s| s.text.contains("Upon the request of Twitter"))
        .expect("the IT ministry's quote is a statement");
    assert_eq!(statement.speaker, "the IT ministry");
    assert!(statement.official);
    assert!(statement.direct);
    assert!(
        a.statements
            .iter()
            .any(|s| s.official && s.speaker.contains("Twitter") || s.speaker.contains("platform"))
    );
}

/// The page-load analysis leaves the statements to the reader: without them everything else is
/// the same, so the clean-up does not depend on them.
#[test]
fn statements_can_wait_for_the_reader() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/index.html"))
        .expect("the demo page ships with the repo");
    let doc = tidings::dom::html::parse(&html);
    let with = tidings::analyze(&doc, Some(DEMO_URL));
    let options = tidings::Options {
        statements: false,
        ..tidings::Options::default()
    };
    let without = tidings::analyze_with(&doc, Some(DEMO_URL), options);
    assert!(!with.statements.is_empty());
    assert!(without.statements.is_empty());
    let mut with = serde_json::to_value(&with).unwrap();
    let mut without = serde_json::to_value(&without).unwrap();
    with.as_object_mut().unwrap().remove("statements");
    without.as_object_mut().unwrap().remove("statements");
    assert_eq!(with, without);
}
