//! Where the clean-up acts. It belongs on news and article pages; on webmail, documents, shops
//! and dashboards it must hide nothing. The decision, in order:
//! 1. the user switched the clean-up on for this site: act;
//! 2. the publisher says this is an article (JSON-LD NewsArticle and kin, `og:type` article): act;
//! 3. the page works as an application (shop item, web app, editor, a wall of form controls):
//!    do not act, and do not even look for clutter;
//! 4. the page reads like an article (the readerable check): act;
//! 5. otherwise act only when the clutter itself looks like a news page's furniture: blocks of
//!    at least two kinds (ad slots beside a weather card or headline rails).

use crate::dom::Document;
use crate::extract::{Metadata, is_article_type_name};
use crate::model::Scope;

/// Form controls beyond which a page is a tool, not something to read (a news article carries a
/// search box, a newsletter field and a comment form: well under this).
const APP_CONTROLS: usize = 10;
/// ...and they must be dense: fewer words of text per control than this (a page of checkboxed
/// message rows or filters, not an article with a sign-up form).
const WORDS_PER_CONTROL: usize = 40;

/// The decision before any clutter is looked for: `Some` is final, `None` leaves it to the
/// clutter's own evidence ([`by_evidence`]).
pub fn before_clutter(
    doc: &Document,
    meta: &Metadata,
    readerable: bool,
    forced: bool,
) -> Option<Scope> {
    let decide = |cleans: bool, why: String| Some(Scope { cleans, why });
    if forced {
        return decide(true, "you switched the clean-up on for this site".into());
    }
    if let Some(t) = meta.schema_types.iter().find(|t| is_article_type_name(t)) {
        return decide(true, format!("the publisher marks this page as {t}"));
    }
    if doc
        .meta("og:type")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("article"))
    {
        return decide(
            true,
            "the publisher marks this page as an article (og:type)".into(),
        );
    }
    if let Some(why) = application(doc, meta) {
        return decide(false, format!("not an article page: {why}"));
    }
    if readerable {
        return decide(true, "the page reads like an article".into());
    }
    None
}

/// The decision for a page that neither declares nor reads like an article, from the kinds of
/// clutter found on it.
pub fn by_evidence(kinds_found: usize) -> Scope {
    if kinds_found >= 2 {
        Scope {
            cleans: true,
            why: "news-page furniture: clutter of several kinds".into(),
        }
    } else {
        Scope {
            cleans: false,
            why: "not an article page: no article and no news-page furniture".into(),
        }
    }
}

/// Why the page looks like an application rather than something to read, if it does.
fn application(doc: &Document, meta: &Metadata) -> Option<String> {
    if let Some(t) = meta.schema_types.iter().find(|t| {
        matches!(
            t.as_str(),
            "Product" | "ProductGroup" | "Offer" | "WebApplication" | "SoftwareApplication"
        )
    }) {
        return Some(format!("the publisher marks it as {t}"));
    }
    if doc.meta("og:type").is_some_and(|t| {
        let t = t.trim().to_ascii_lowercase();
        t == "product" || t.starts_with("product.")
    }) {
        return Some("the publisher marks it as a product (og:type)".into());
    }
    let mut controls = 0;
    let mut id = 0;
    while id < doc.len() {
        // What nobody can see or reach (closed dialogs, menu-toggle hacks) is no tool.
        if doc.is_hidden_by_markup(id) {
            id = doc.node(id).end;
            continue;
        }
        let attr = |n| doc.attr(id, n).map(str::trim);
        if attr("role").is_some_and(|r| r.eq_ignore_ascii_case("application")) {
            return Some("it declares itself an application (role=application)".into());
        }
        if attr("contenteditable").is_some_and(|v| v.is_empty() || v.eq_ignore_ascii_case("true"))
            && doc.stats[id].words >= 50
        {
            return Some("its text is an editable document".into());
        }
        let reachable = attr("tabindex") != Some("-1");
        let is_control = match doc.tag(id) {
            "select" | "textarea" => true,
            "input" => !attr("type").is_some_and(|t| {
                ["hidden", "submit", "button", "image", "reset"]
                    .iter()
                    .any(|k| t.eq_ignore_ascii_case(k))
            }),
            _ => false,
        };
        if is_control && reachable {
            controls += 1;
        }
        id += 1;
    }
    let words = doc.stats.first().map_or(0, |s| s.words) as usize;
    (controls > APP_CONTROLS && controls * WORDS_PER_CONTROL > words)
        .then(|| format!("{controls} form controls among {words} words"))
}
