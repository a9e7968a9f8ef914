//! The clean-up on the fixture pages (`tests/fixtures/*.html` with their `.expect.json`) and on
//! the demo page: every expected block is hidden as its kind (itself or an ancestor), no kept
//! phrase lies inside a hidden element, a page with nothing to hide hides nothing, and every
//! hidden element says why.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tidings::dom::{Document, NodeId, html};
use tidings::model::{Analysis, ClutterKind};

fn kind_name(k: ClutterKind) -> &'static str {
    match k {
        ClutterKind::Ad => "ad",
        ClutterKind::Weather => "weather",
        ClutterKind::Headlines => "headlines",
        ClutterKind::Promo => "promo",
    }
}

/// The node of each hidden entry (by element ordinal), with its kind.
fn hidden_nodes(doc: &Document, a: &Analysis) -> Vec<(NodeId, ClutterKind)> {
    a.hidden
        .iter()
        .map(|h| {
            let node = doc
                .elements()
                .find(|&i| doc.element(i).is_some_and(|e| e.ordinal == h.element))
                .expect("a hidden element's ordinal names an element");
            assert_eq!(doc.path(node), h.path, "ordinal and path agree");
            (node, h.kind)
        })
        .collect()
}

/// Elements whose id is `token` or whose class list holds it.
fn named(doc: &Document, token: &str) -> Vec<NodeId> {
    doc.elements()
        .filter(|&i| doc.attr(i, "id") == Some(token) || doc.classes(i).any(|c| c == token))
        .collect()
}

struct Check {
    name: String,
    failures: Vec<String>,
}

impl Check {
    fn fail(&mut self, msg: String) {
        self.failures.push(format!("{}: {msg}", self.name));
    }
}

/// Checks one page against expectations: `(kind, id_or_class)` pairs to hide, phrases to keep.
fn check_page(
    name: &str,
    html_text: &str,
    url: Option<&str>,
    hide: &[(String, String)],
    keep: &[String],
) -> (Vec<String>, Analysis, Document) {
    let doc = html::parse(html_text);
    let a = tidings::analyze(&doc, url);
    let mut c = Check {
        name: name.to_string(),
        failures: Vec::new(),
    };
    let hidden = hidden_nodes(&doc, &a);
    for h in &a.hidden {
        if h.reason.trim().is_empty() {
            c.fail(format!("{} hidden without a reason", h.path));
        }
    }
    for (kind, token) in hide {
        let targets = named(&doc, token);
        if targets.is_empty() {
            c.fail(format!("fixture names no element '{token}'"));
            continue;
        }
        let mut covering: Vec<ClutterKind> = Vec::new();
        for &t in &targets {
            covering.extend(
                hidden
                    .iter()
                    .filter(|(n, _)| doc.contains(*n, t))
                    .map(|(_, k)| *k),
            );
        }
        match covering.first() {
            None => c.fail(format!("'{token}' ({kind}) is not hidden")),
            Some(k) if kind_name(*k) != kind => {
                c.fail(format!(
                    "'{token}' hidden as {}, expected {kind}",
                    kind_name(*k)
                ));
            }
            _ => {}
        }
    }
    for phrase in keep {
        for (n, k) in &hidden {
            if tidings::dom::collapse_whitespace(&doc.text_content(*n)).contains(phrase.as_str()) {
                c.fail(format!(
                    "kept phrase '{phrase}' is inside a hidden {} block {}",
                    kind_name(*k),
                    doc.path(*n)
                ));
            }
        }
    }
    if hide.is_empty() && !a.hidden.is_empty() {
        let paths: Vec<&str> = a.hidden.iter().map(|h| h.path.as_str()).collect();
        c.fail(format!("nothing should be hidden, hid {paths:?}"));
    }
    (c.failures, a, doc)
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn fixture_pages_hide_their_clutter_and_keep_their_article() {
    let dir = fixtures_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fixtures at {}; skipped", dir.display());
        return;
    };
    let mut pages: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for page in pages {
        let expect_path = page.with_extension("expect.json");
        let Ok(expect_text) = std::fs::read_to_string(&expect_path) else {
            continue;
        };
        let expect: Value = serde_json::from_str(&expect_text).expect("expect.json parses");
        let html_text = std::fs::read_to_string(&page).expect("fixture reads");
        let hide: Vec<(String, String)> = expect["hide"]
            .as_array()
            .map(|v| {
                v.iter()
                    .map(|h| {
                        (
                            h["kind"].as_str().unwrap_or("").to_string(),
                            h["id_or_class"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let keep: Vec<String> = expect["keep"]
            .as_array()
            .map(|v| {
                v.iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let url = expect["url"].as_str();
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        failures.extend(check_page(&name, &html_text, url, &hide, &keep).0);
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const DEMO_URL: &str = "https://news.abplive.com/explorer/it-ministry-took-to-koo-calling-twitter-s-blog-unusual-says-will-respond-soon-1441612";

#[test]
fn demo_page_hides_every_kind_and_keeps_the_article_and_also_read() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/index.html");
    let Ok(html_text) = std::fs::read_to_string(&path) else {
        eprintln!("no demo page at {}; skipped", path.display());
        return;
    };
    let hide: Vec<(String, String)> = [
        ("ad", "ad-wrapper-leaderboard"),
        ("ad", "ad-wrapper-inarticle"),
        ("ad", "ad-wrapper-rhs"),
        ("weather", "rhsFcCard"),
        ("headlines", "topHeadlines"),
        ("headlines", "videoRail"),
        ("headlines", "photoRail"),
        ("promo", "appDownload"),
    ]
    .iter()
    .map(|(k, t)| (k.to_string(), t.to_string()))
    .collect();
    let keep: Vec<String> = [
        "Upon the request of Twitter seeking a meeting",
        "we have not taken any action on accounts that consist of news media entities",
        "follow the Ministry on Koo",
        "Twitter Acts On 500 Indian Accounts",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (failures, a, _) = check_page("www/index.html", &html_text, Some(DEMO_URL), &hide, &keep);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for kind in [
        ClutterKind::Ad,
        ClutterKind::Weather,
        ClutterKind::Headlines,
        ClutterKind::Promo,
    ] {
        assert!(
            a.hidden.iter().any(|h| h.kind == kind),
            "nothing hidden as {}",
            kind_name(kind)
        );
    }
    assert!(
        a.related
            .iter()
            .any(|l| l.text.contains("Twitter Acts On 500 Indian Accounts")
                && l.href.starts_with("https://news.abplive.com/")),
        "the ALSO READ link is offered as related: {:?}",
        a.related.iter().map(|l| &l.text).collect::<Vec<_>>()
    );
}
