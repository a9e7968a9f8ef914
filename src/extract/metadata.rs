//! Article metadata, publisher's word first: JSON-LD (NewsArticle and kin), then OpenGraph and
//! `meta` tags, then what the page shows (the visible headline, bylines, `time` elements).

use serde_json::Value;

use crate::dom::{Document, NodeId, collapse_whitespace};
use crate::url;

use super::blocks::text_key;

#[derive(Debug, Default, Clone)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// The JSON-LD headline, kept to choose the visible title once the body is found.
    pub ld_headline: Option<String>,
    /// When the publisher says the article last changed (JSON-LD, `article:modified_time`), kept
    /// to tell which date the page shows.
    pub modified: Option<String>,
    /// Every JSON-LD `@type` the page declares (NewsArticle, Product, WebApplication…): what
    /// kind of page the publisher says this is.
    pub schema_types: Vec<String>,
}

/// What the page's JSON-LD article object says.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    author: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    publisher: Option<String>,
    image: Option<String>,
    description: Option<String>,
    types: Vec<String>,
}

pub fn read(doc: &Document, page_url: Option<&str>) -> Metadata {
    let ld = linked_data(doc);
    let base = base_url(doc, page_url);
    let html = doc.find_tag("html");
    let lang = html
        .and_then(|h| doc.attr(h, "lang"))
        .or_else(|| doc.meta("og:locale"))
        .map(|l| l.trim().replace('_', "-"))
        .filter(|l| !l.is_empty());
    let dir = html
        .and_then(|h| doc.attr(h, "dir"))
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| d == "rtl" || d == "ltr")
        .or_else(|| {
            lang.as_deref()
                .filter(|l| is_rtl_language(l))
                .map(|_| "rtl".to_string())
        });
    // The page's own address (not a `<base href>`, which may be the site root).
    let address = page_url.map(str::to_string).or_else(|| base.clone());
    let published = ld
        .published
        .clone()
        .or_else(|| {
            [
                "article:published_time",
                "og:published_time",
                "parsely-pub-date",
                "sailthru.date",
                "publish-date",
                "dc.date.issued",
                "dcterms.date",
                "datePublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date",
                "dcterms.created",
            ]
            .iter()
            .find_map(|k| doc.meta(k))
            .map(str::to_string)
        })
        .or_else(|| visible_date(doc))
        .and_then(|d| iso_date(&d))
        .or_else(|| written_date(doc))
        .map(|d| path_day(&address, &d).unwrap_or(d));
    let byline = author(doc, &ld);
    Metadata {
        title: title(doc, ld.headline.as_deref(), None),
        ld_headline: ld.headline.clone(),
        modified: ld
            .modified
            .clone()
            .or_else(|| {
                ["article:modified_time", "og:updated_time", "dateModified"]
                    .iter()
                    .find_map(|k| doc.meta(k))
                    .map(str::to_string)
            })
            .and_then(|d| iso_date(&d)),
        schema_types: ld.types,
        byline,
        published,
        site_name: doc
            .meta("og:site_name")
            .map(str::to_string)
            .or(ld.publisher)
            .or_else(|| doc.meta("application-name").map(str::to_string)),
        lang,
        dir,
        excerpt: doc
            .meta("og:description")
            .or_else(|| doc.meta("description"))
            .or_else(|| doc.meta("twitter:description"))
            .map(collapse_whitespace)
            .or(ld.description),
        lead_image: doc
            .meta("og:image")
            .or_else(|| doc.meta("twitter:image"))
            .map(str::to_string)
            .or(ld.image)
            .and_then(|src| url::safe_image(base.as_deref(), &src)),
    }
}

/// The address relative links resolve against: `<base href>`, else the page's own URL, else
/// the address the page declares for itself (canonical link, `og:url`).
pub fn base_url(doc: &Document, page_url: Option<&str>) -> Option<String> {
    let declared = || {
        doc.elements()
            .filter(|&i| doc.tag(i) == "link")
            .find(|&i| doc.has_token(i, "rel", "canonical"))
            .and_then(|i| doc.attr(i, "href"))
            .or_else(|| doc.meta("og:url"))
            .map(str::trim)
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            .map(str::to_string)
    };
    let page = page_url.map(str::to_string).or_else(declared);
    let base_href = doc
        .find_tag("base")
        .and_then(|b| doc.attr(b, "href"))
        .map(|h| url::join(page.as_deref(), h));
    base_href.or(page)
}

fn is_rtl_language(lang: &str) -> bool {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        primary.as_str(),
        "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv" | "ug" | "ku"
    )
}

/// The visible headline. Headings (`h1`, `h2`) compete: words shared with what the publisher
/// declares as the title (JSON-LD, OpenGraph, `<title>`), being an `h1`, and standing next to
/// the article body all count. Without a convincing heading, the declared title is used, its
/// site suffix stripped.
/// A heading's words without a date set inside it ("Title <span class=title-date>/ Dec
/// 2025</span>"): the date is not part of the headline.
pub fn headline_text(doc: &Document, heading: NodeId) -> String {
    doc.text_content_except(heading, |d| {
        doc.tag(d) == "time" || doc.class_and_id(d).to_ascii_lowercase().contains("date")
    })
}

pub fn title(doc: &Document, ld_headline: Option<&str>, root: Option<NodeId>) -> Option<String> {
    let document_title = doc
        .find_tag("title")
        .map(|t| doc.text_content(t))
        .filter(|t| !t.is_empty());
    // In Readability's order of trust, with the document title last.
    let declared: Vec<String> = std::iter::once(ld_headline)
        .chain(
            [
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "twitter:title",
                "parsely-title",
            ]
            .map(|k| doc.meta(k)),
        )
        .flatten()
        .map(str::to_string)
        .chain(document_title.clone())
        .map(|t| collapse_whitespace(&unescape_entities(&t)))
        .filter(|t| !t.is_empty())
        .collect();
    let site_key = doc.meta("og:site_name").map(text_key).unwrap_or_default();
    let declared_words: Vec<Vec<String>> = declared.iter().map(|d| words(d)).collect();
    // How much of the heading a declared title holds, and of the title the heading.
    let similarity = |heading_words: &[String]| {
        declared_words
            .iter()
            .map(|d| {
                let shared = heading_words.iter().filter(|w| d.contains(w)).count() as f32;
                (shared / heading_words.len().max(1) as f32)
                    .min(shared / d.len().max(1) as f32 + 0.3)
            })
            .fold(0.0f32, f32::max)
    };
    let headings: Vec<(NodeId, String)> = doc
        .elements()
        .filter(|&i| matches!(doc.tag(i), "h1" | "h2" | "h3"))
        .filter(|&i| {
            !doc.ancestors(i)
                .any(|a| matches!(doc.tag(a), "nav" | "footer" | "aside"))
        })
        .map(|i| (i, headline_text(doc, i)))
        .filter(|(_, t)| !t.is_empty() && t.len() < 400 && text_key(t) != site_key)
        // An h3 is the headline only when it is the declared title (a blog whose h1 is the
        // blog's name and whose posts are h3s).
        .filter(|(i, t)| doc.tag(*i) != "h3" || similarity(&words(t)) >= 0.9)
        .collect();
    let nearest_before =
        root.and_then(|r| headings.iter().rev().find(|(i, _)| *i < r).map(|(i, _)| *i));
    let first_inside = root.and_then(|r| {
        headings
            .iter()
            .find(|(i, _)| doc.contains(r, *i))
            .map(|(i, _)| *i)
    });
    let mut best: Option<(f32, &String)> = None;
    for (id, text) in &headings {
        let heading_words = words(text);
        if heading_words.is_empty() {
            continue;
        }
        let mut score = similarity(&heading_words) * 6.0;
        if doc.tag(*id) == "h1" {
            score += 2.0;
        }
        if Some(*id) == nearest_before || Some(*id) == first_inside {
            score += 2.0;
        }
        if heading_words.len() < 2 {
            score -= 3.0;
        }
        if text.trim_end().ends_with(':') {
            // "Official links:", "Open Journalism Project:": a label over what follows.
            score -= 3.0;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, text));
        }
    }
    if let Some((score, text)) = best {
        if score >= 5.0 || declared.is_empty() {
            return Some(text.clone());
        }
    }
    declared.first().map(|t| strip_site_suffix(t))
}

/// Lower-cased words of a title, for overlap.
fn words(text: &str) -> Vec<String> {
    crate::text::words(text).collect()
}

/// Meta values are often escaped twice (`&amp;amp;`): decode the common entities once more.
fn unescape_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// "Headline | Site" → "Headline": drops the shorter side of the last separator.
fn strip_site_suffix(title: &str) -> String {
    for sep in [" | ", " – ", " — ", " - ", " :: ", " » ", " / "] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            let words = |s: &str| s.split_whitespace().count();
            if words(head) >= 3 && words(tail) <= words(head) {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// JSON-LD objects that others point at by `@id`, the first of each id. A page has a handful,
/// so a list does (and spares the wasm a map of its own).
#[derive(Default)]
struct ObjectsById<'a>(Vec<(&'a str, &'a serde_json::Map<String, Value>)>);

impl<'a> ObjectsById<'a> {
    fn insert(&mut self, id: &'a str, obj: &'a serde_json::Map<String, Value>) {
        if self.get(id).is_none() {
            self.0.push((id, obj));
        }
    }

    fn get(&self, id: &str) -> Option<&'a serde_json::Map<String, Value>> {
        self.0.iter().find(|(i, _)| *i == id).map(|(_, o)| *o)
    }

    /// An object's `name`, or the name of the object its `@id` points at.
    fn name_of(&self, obj: &serde_json::Map<String, Value>) -> Option<String> {
        string_of(obj.get("name"))
            .or_else(|| string_of(self.get(obj.get("@id")?.as_str()?)?.get("name")))
    }
}

fn linked_data(doc: &Document) -> LinkedData {
    let mut out = LinkedData::default();
    let mut values = Vec::new();
    for script in doc.elements().filter(|&i| doc.tag(i) == "script") {
        let is_ld = doc
            .attr(script, "type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let raw: String = doc
            .descendants(script)
            .filter_map(|d| doc.text(d))
            .collect();
        // Some pages wrap the JSON in a CDATA section (as Readability, strip it).
        let json = raw.trim();
        let json = json.strip_prefix("<![CDATA[").unwrap_or(json);
        let json = json.strip_suffix("]]>").unwrap_or(json);
        if let Ok(value) = serde_json::from_str::<Value>(json.trim()) {
            values.push(value);
        }
    }
    // Objects that others point at by `@id` (a Yoast `@graph` names the author in a Person
    // node and the article refers to it).
    let mut by_id = ObjectsById::default();
    let mut found = None;
    for value in &values {
        visit_objects(value, &mut |obj| {
            match obj.get("@type") {
                Some(Value::String(t)) => out.types.push(t.clone()),
                Some(Value::Array(ts)) => out
                    .types
                    .extend(ts.iter().filter_map(Value::as_str).map(str::to_string)),
                _ => {}
            }
            if let Some(id) = obj.get("@id").and_then(Value::as_str) {
                if obj.len() > 1 {
                    by_id.insert(id, obj);
                }
            }
            if found.is_none() && is_article_type(obj.get("@type")) {
                found = Some(obj);
            }
        });
    }
    if let Some(article) = found {
        out.headline =
            string_of(article.get("headline")).or_else(|| string_of(article.get("name")));
        out.author = names(article.get("author"), &by_id);
        out.modified = string_of(article.get("dateModified"));
        out.published = string_of(article.get("datePublished"))
            .or_else(|| string_of(article.get("dateCreated")));
        out.publisher = article
            .get("publisher")
            .and_then(Value::as_object)
            .and_then(|p| by_id.name_of(p));
        out.image = image_of(article.get("image"));
        out.description = string_of(article.get("description"));
    }
    out
}

fn visit_objects<'a>(value: &'a Value, f: &mut dyn FnMut(&'a serde_json::Map<String, Value>)) {
    // Iterative: JSON-LD from a hostile page may nest deeply.
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                f(map);
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
}

/// JSON-LD types of an article page (NewsArticle, ReportageNewsArticle, BlogPosting…).
pub fn is_article_type_name(s: &str) -> bool {
    s.ends_with("Article")
        || matches!(
            s,
            "BlogPosting" | "Report" | "LiveBlogPosting" | "SocialMediaPosting" | "Blog"
        )
}

fn is_article_type(t: Option<&Value>) -> bool {
    match t {
        Some(Value::String(s)) => is_article_type_name(s),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .any(is_article_type_name),
        _ => false,
    }
}

fn string_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(collapse_whitespace(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|i| string_of(Some(i))),
        _ => None,
    }
}

/// The names of a JSON-LD `author`: strings, objects with a `name`, or references (`@id`) to
/// objects elsewhere in the page's JSON-LD.
fn names(v: Option<&Value>, by_id: &ObjectsById) -> Option<String> {
    let list: Vec<String> = match v? {
        Value::Array(items) => items.iter().filter_map(|i| names(Some(i), by_id)).collect(),
        Value::Object(o) => by_id.name_of(o).into_iter().collect(),
        Value::String(s) => Some(collapse_whitespace(s))
            .filter(|s| !s.is_empty() && !s.starts_with("http"))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    (!list.is_empty()).then(|| list.join(", "))
}

fn image_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| image_of(Some(i))),
        Value::Object(o) => string_of(o.get("url")).or_else(|| string_of(o.get("contentUrl"))),
        _ => None,
    }
}

/// The article's author: what JSON-LD or a `meta` tag declares, else the byline the page shows.
/// A declared account name ("andrew.keaveney", "Webmaster") or the publisher itself gives way to
/// a person's byline the page shows, and stands when the page shows none.
fn author(doc: &Document, ld: &LinkedData) -> Option<String> {
    let publishers: Vec<String> = [ld.publisher.as_deref(), doc.meta("og:site_name")]
        .into_iter()
        .flatten()
        .map(text_key)
        .filter(|k| !k.is_empty())
        .collect();
    let declared = ld
        .author
        .as_deref()
        .and_then(clean_byline)
        .or_else(|| declared_author(doc).as_deref().and_then(clean_byline))
        .map(|a| without_publisher(&a, &publishers));
    let Some(declared) = declared else {
        return byline(doc);
    };
    if is_account_name(&declared) || publishers.contains(&text_key(&declared)) {
        // A shown byline that only adds to the declared name ("Help Net Security Sponsored")
        // is not another author.
        let declared_words = words(&declared);
        let shown = byline(doc).filter(|b| {
            let shown_words = words(b);
            !is_account_name(b) && !declared_words.iter().all(|w| shown_words.contains(w))
        });
        return shown.or(Some(declared));
    }
    Some(declared)
}

/// "Jane Doe, The Daily Planet" → "Jane Doe" when the tail is the publisher.
fn without_publisher(author: &str, publishers: &[String]) -> String {
    if let Some((head, tail)) = author.rsplit_once(", ") {
        if publishers.contains(&text_key(tail)) && !head.trim().is_empty() {
            return head.trim().to_string();
        }
    }
    author.to_string()
}

/// A CMS account rather than a person's name: one word in lower case or with dots, underscores
/// or digits ("levinemusic", "andrew.keaveney", "KatieS"), or a role ("Webmaster", "NOC Admin").
fn is_account_name(name: &str) -> bool {
    let role = name.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "admin" | "administrator" | "webmaster" | "wpadmin"
        )
    });
    if role {
        return true;
    }
    if name.split_whitespace().count() != 1 {
        return false;
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let marks = name
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '.' | '_'));
    let all_lower = letters.iter().all(|c| c.is_lowercase());
    // An upper-case letter after a lower-case one ("KatieS"), not an acronym ("AFP").
    let inner_capital = letters
        .windows(2)
        .any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    !letters.is_empty() && (marks || all_lower || inner_capital)
}

/// The author a `meta` tag declares: scholarly `citation_author` first, then Dublin Core (as
/// Readability), then OpenGraph's `article:author` (every one of a kind, when they name people
/// rather than profile addresses), then `author` and Parse.ly's.
fn declared_author(doc: &Document) -> Option<String> {
    let all = |key: &str| -> Vec<&str> {
        doc.meta_elements()
            .iter()
            .copied()
            .filter(|&i| {
                doc.attr(i, "property")
                    .or_else(|| doc.attr(i, "name"))
                    .is_some_and(|k| k.eq_ignore_ascii_case(key))
            })
            .filter_map(|i| doc.attr(i, "content").map(str::trim))
            .filter(|a| !a.is_empty() && !a.contains("://") && !a.starts_with("www."))
            .collect()
    };
    [
        // Scholarly pages list every author, one tag each (Highwire, Google Scholar).
        "citation_author",
        "citation_authors",
        // Dublin Core in RDFa (`property="dc:creator"`) and in HTML (`name="DC.creator"`).
        "dc:creator",
        "dc.creator",
        "dcterm.creator",
        "dcterms.creator",
        "article:author",
        "og:article:author",
    ]
    .iter()
    .map(|k| all(k))
    .find(|names| !names.is_empty())
    .map(|names| names.join(", "))
    .or_else(|| {
        doc.meta("author")
            .filter(|a| !a.starts_with("http"))
            .or_else(|| doc.meta("parsely-author"))
            .map(str::to_string)
    })
}

/// A byline the page shows, the first that reads as a name: `rel=author`, `itemprop=author`
/// (its `itemprop=name` when it has one), an element whose class says byline or author name, a
/// link to an author's page, a line "By Jane Doe". Comments and navigation are passed over.
fn byline(doc: &Document) -> Option<String> {
    let mut profile_link = None;
    let mut author_class = None;
    let mut written = None;
    for i in doc.elements() {
        let chars = doc.stats[i].chars;
        if chars < 2 {
            continue;
        }
        let rel_author = doc.has_token(i, "rel", "author");
        let itemprop = doc.has_token(i, "itemprop", "author");
        let class = doc.class_and_id(i);
        // Not the parts of a byline that hold something else (`byline__category`,
        // `author-bio`, `byline-date`).
        let other_part = is_other_byline_part(&class);
        let named = !other_part && (class.contains("byline") || is_author_name_class(&class));
        let marked = rel_author || itemprop || named;
        let link =
            profile_link.is_none() && doc.tag(i) == "a" && is_author_page(doc.attr(i, "href"));
        // A class that only says "author" (`post-author`, `blog-meta-author`): a name when the
        // text reads as one.
        let loose = author_class.is_none()
            && !other_part
            && chars < 60
            && class
                .split_whitespace()
                .any(|t| t.ends_with("author") && !t.ends_with("coauthor"));
        let by_line = written.is_none() && chars < 60;
        if !(marked || link || loose || by_line) || in_comments_or_navigation(doc, i) {
            continue;
        }
        if marked {
            // The name inside a byline that also holds a role or a date: its `itemprop=name`
            // or hCard `fn`, else its link to the author's page.
            let name_el = doc
                .descendants(i)
                .find(|&d| {
                    doc.attr(d, "itemprop") == Some("name") || doc.has_token(d, "class", "fn")
                })
                .or_else(|| {
                    doc.descendants(i).find(|&d| {
                        doc.tag(d) == "a"
                            && is_author_page(doc.attr(d, "href"))
                            && is_name_like(&doc.text_content(d))
                    })
                });
            let name = name_el
                .map(|n| {
                    doc.attr(n, "content")
                        .map(str::to_string)
                        .unwrap_or_else(|| doc.text_content(n))
                })
                .filter(|n| !n.trim().is_empty())
                .or_else(|| (chars < 100).then(|| doc.text_content(i)));
            // "By <b>Jane Doe</b><br>March 25, 2015": a short line that also holds a date; its
            // first inline part that reads as a name is the name.
            let name_part = || {
                (chars < 100)
                    .then(|| {
                        doc.children(i)
                            .iter()
                            .filter(|&&c| {
                                matches!(doc.tag(c), "b" | "strong" | "span" | "a" | "em")
                                    && !is_other_byline_part(&doc.class_and_id(c))
                            })
                            .map(|&c| doc.text_content(c))
                            .find(|t| !t.eq_ignore_ascii_case("by") && is_name_like(t))
                    })
                    .flatten()
            };
            if let Some(name) = name
                .as_deref()
                .and_then(clean_byline)
                .or_else(|| name_part().as_deref().and_then(clean_byline))
            {
                return Some(name);
            }
        }
        if loose {
            let text = doc.text_content(i);
            author_class = clean_byline(&text).filter(|t| is_name_like(t));
        }
        if link && chars < 60 {
            profile_link = Some(doc.text_content(i)).filter(|t| is_name_like(t));
        }
        if by_line {
            let text = doc.text_content(i);
            let lower = text.to_lowercase();
            // "By" in an element of its own runs into the name: `<span>By</span><span>Jane`.
            let label = doc
                .children(i)
                .iter()
                .map(|&c| match doc.text(c) {
                    Some(t) => t.trim().to_string(),
                    None => doc.text_content(c),
                })
                .find(|t| !t.is_empty())
                .filter(|t| t.trim_end_matches(':').eq_ignore_ascii_case("by"));
            let rest = ["by ", "written by "]
                .iter()
                .find_map(|p| lower.starts_with(p).then(|| text.get(p.len()..)).flatten())
                .or_else(|| label.and_then(|l| text.get(l.len()..)));
            written = rest
                .map(str::trim)
                .filter(|r| is_name_like(r))
                .map(str::to_string);
        }
    }
    profile_link
        .or(author_class)
        .or(written)
        .and_then(|n| clean_byline(&n))
}

/// A class naming a part of a byline that holds something other than the name.
fn is_other_byline_part(class: &str) -> bool {
    [
        "categor", "date", "time", "tag", "share", "social", "avatar", "image", "img", "photo",
        "bio", "desc", "role", "title", "follow",
    ]
    .iter()
    .any(|w| class.contains(w))
}

/// A class or id naming the author's name: `author-name`, `author__name`, `authorName`.
fn is_author_name_class(class: &str) -> bool {
    class.split_whitespace().any(|token| {
        token.find("author").is_some_and(|at| {
            token[at + 6..]
                .trim_start_matches(['-', '_'])
                .starts_with("name")
        })
    })
}

/// A link to an author's page (`/author/jane-doe`, `/authors/jane-doe/`).
pub fn is_author_page(href: Option<&str>) -> bool {
    let Some(href) = href else { return false };
    let path = href.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segments
        .iter()
        .position(|s| s.eq_ignore_ascii_case("author") || s.eq_ignore_ascii_case("authors"))
        .is_some_and(|at| at + 1 < segments.len())
}

/// Text that reads as a person's or an organisation's name: a few words, each capitalised
/// (or a joining word such as "and", "de", "van"), no sentence punctuation.
fn is_name_like(text: &str) -> bool {
    const JOINING: &[&str] = &[
        "and", "&", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "del", "bin",
        "al", "/",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && !text.contains([':', '!', '?', '|', '•', '@'])
        && iso_date(text).is_none()
        && words.iter().any(|w| w.chars().any(char::is_alphabetic))
        && words.iter().all(|w| {
            JOINING.contains(&w.to_lowercase().as_str())
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Inside a comment thread, a menu or the page's navigation, where names are not the
/// article's author.
fn in_comments_or_navigation(doc: &Document, id: NodeId) -> bool {
    std::iter::once(id).chain(doc.ancestors(id)).any(|a| {
        matches!(
            doc.tag(a),
            "nav" | "li" | "figcaption" | "button" | "select" | "option"
        ) && a != id
            || !matches!(doc.tag(a), "body" | "html") && doc.class_and_id(a).contains("comment")
    })
}

/// A byline as a person reads it: entities decoded, a leading "By" dropped; `None` for values
/// that are not names (bare labels such as "Posted by:", dates, addresses).
fn clean_byline(raw: &str) -> Option<String> {
    let text = collapse_whitespace(&unescape_entities(raw));
    let lower = text.to_lowercase();
    let text = if lower.starts_with("by ") || lower.starts_with("by:") {
        text[3..].trim_start_matches([':', ' ']).to_string()
    } else {
        text
    };
    let text = text.trim_end_matches([':', ',', '|', ' ']).to_string();
    let has_letters = text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let looks_like_label = text.to_lowercase().ends_with(" by") || text.ends_with(':');
    let looks_like_date = iso_date(&text).is_some();
    let looks_like_address = text.contains('@') || text.starts_with("http");
    (has_letters
        && !looks_like_label
        && !looks_like_date
        && !looks_like_address
        && text.chars().count() <= 120)
        .then_some(text)
}

/// The first `time[datetime]` or `itemprop=datePublished` the page shows.
fn visible_date(doc: &Document) -> Option<String> {
    doc.elements().find_map(|i| {
        let is_published = doc.attr(i, "itemprop") == Some("datePublished");
        if is_published {
            return doc
                .attr(i, "content")
                .or_else(|| doc.attr(i, "datetime"))
                .map(str::to_string)
                .or_else(|| Some(doc.text_content(i)));
        }
        (doc.tag(i) == "time")
            .then(|| doc.attr(i, "datetime").map(str::to_string))
            .flatten()
    })
}

/// The date the page shows with the article (in its byline, next to the headline), which is
/// the one a reader goes by. When it is the day of the declared publication or modification
/// time, that time is kept (it is more precise); otherwise the shown date wins (a publisher's
/// time in UTC can fall on the next day, and pages show the day they last updated the story).
pub fn shown_date(
    doc: &Document,
    root: NodeId,
    title: Option<&str>,
    published: Option<&str>,
    modified: Option<&str>,
) -> Option<String> {
    let title_key = title.map(text_key).unwrap_or_default();
    let heading = (!title_key.is_empty())
        .then(|| {
            doc.elements()
                .filter(|&i| matches!(doc.tag(i), "h1" | "h2"))
                .find(|&i| text_key(&headline_text(doc, i)) == title_key)
        })
        .flatten();
    let start = heading
        .and_then(|h| doc.parent(h))
        .filter(|&p| doc.element(p).is_some() && !matches!(doc.tag(p), "body" | "html"))
        .or(heading)
        .unwrap_or_else(|| {
            // Without the headline, the short lines just before the body (a date under a
            // title the page marks up otherwise).
            let Some(parent) = doc.parent(root) else {
                return root;
            };
            let siblings = doc.children(parent);
            let at = siblings.iter().position(|&c| c == root).unwrap_or(0);
            siblings[at.saturating_sub(2)..at]
                .iter()
                .copied()
                .find(|&c| doc.stats[c].chars < 100)
                .unwrap_or(root)
        });
    let end = doc
        .descendants(root)
        .find(|&d| d >= start && doc.tag(d) == "p" && doc.stats[d].chars >= 100)
        .unwrap_or(doc.node(root).end);
    if start >= end {
        return None;
    }
    // Each shown date, and whether the page labels it as an update.
    let shown: Vec<(String, bool)> = (start..end)
        .filter(|&i| {
            // Dates in lists and tables belong to other stories or to facts (a table that
            // holds the whole article is only layout).
            !std::iter::once(i).chain(doc.ancestors(i)).any(|a| {
                matches!(doc.tag(a), "nav" | "aside" | "footer" | "li" | "dl")
                    || doc.tag(a) == "table" && !doc.contains(a, root)
                    || doc.is_hidden_by_markup(a)
            })
        })
        .filter_map(|i| date_of(doc, i).map(|d| (d, is_update_label(doc, i))))
        .collect();
    let day = |d: &str| d.get(..10).map(str::to_string);
    let shows = |d: &&str| shown.iter().any(|(s, _)| day(s) == day(d));
    let first_plain = shown.iter().find(|(_, update)| !update).map(|(d, _)| d);
    match published {
        // A date shown by the headline, not labelled as an update, that is neither the day nor
        // the instant of the declared publication, nor the modification day: the declared
        // date is stale (a migrated site) or stands for something else.
        Some(p) => match first_plain {
            Some(d)
                if !shows(&p)
                    && !shown
                        .iter()
                        .any(|(s, _)| instant(s).is_some() && instant(s) == instant(p))
                    && !modified.is_some_and(|m| shows(&m)) =>
            {
                Some(d.clone())
            }
            _ => Some(p.to_string()),
        },
        None => modified
            .filter(shows)
            .map(str::to_string)
            .or_else(|| shown.first().map(|(d, _)| d.clone())),
    }
}

/// True when a shown date is labelled as the last update ("Updated on March 7", "Last
/// modified", `class="updated"`): the node, or an enclosing short element, says so.
fn is_update_label(doc: &Document, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(doc.ancestors(id))
        .take(3)
        .any(|a| {
            let text = match doc.text(a) {
                Some(t) => t.to_lowercase(),
                None if doc.stats[a].chars < 80 => doc.text_content(a).to_lowercase(),
                None => String::new(),
            };
            let class = doc.class_and_id(a);
            ["updat", "modif"]
                .iter()
                .any(|w| text.contains(w) || class.contains(w))
        })
}

/// The day in the page's address (`/2025/12/18/slug`) when the declared date falls on the day
/// before or after it: the address carries the publisher's local day, the declared time is
/// often in UTC.
fn path_day(page: &Option<String>, declared: &str) -> Option<String> {
    let path = page.as_deref()?.split(['?', '#']).next()?;
    let segments: Vec<&str> = path.split('/').collect();
    let day = segments.windows(3).find_map(|w| {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        (digits(w[0], 4) && digits(w[1], 2) && digits(w[2], 2))
            .then(|| format!("{}-{}-{}", w[0], w[1], w[2]))
    })?;
    let days = |d: &str| instant(&format!("{}T00:00Z", d.get(..10)?)).map(|m| m / 1440);
    let (a, b) = (days(&day)?, days(declared)?);
    ((a - b).abs() == 1).then_some(day)
}

/// Minutes since 1970 of an ISO date-time with a zone ("2025-12-19T03:05:00+00:00"); `None`
/// for a bare date or a time without zone.
fn instant(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.len() < 16 || b[10] != b'T' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| iso.get(r)?.parse::<i64>().ok();
    let (y, mo, d, h, mi) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
    );
    let rest = iso[16..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    let offset = if rest.eq_ignore_ascii_case("z") {
        0
    } else {
        let sign = match rest.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let digits: String = rest[1..].chars().filter(char::is_ascii_digit).collect();
        let oh = digits.get(..2)?.parse::<i64>().ok()?;
        let om = digits
            .get(2..4)
            .and_then(|m| m.parse::<i64>().ok())
            .unwrap_or(0);
        sign * (oh * 60 + om)
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((mo + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 1440 + h * 60 + mi - offset)
}

/// The date a node stands for: a `time` (its `datetime`, else its text), an
/// `itemprop=datePublished|dateModified`, a short element whose class or id says date (or
/// byline, author, meta) or whose text starts "Published", "Posted", "Updated" or "on", or a
/// bare date as text ("20 December 2025").
fn date_of(doc: &Document, i: NodeId) -> Option<String> {
    // Beside the words of a written date, the places a date is shown with the byline.
    const MORE_WORDS: &[&str] = &["updated", "byline", "author", "meta"];
    const LEADS: &[&str] = &["published", "posted", "updated", "on "];
    if let Some(t) = doc.text(i) {
        let t = t.trim();
        return (t.len() < 40).then(|| iso_date(t)).flatten();
    }
    doc.element(i)?;
    let chars = doc.stats[i].chars;
    let itemprop = doc
        .attr(i, "itemprop")
        .is_some_and(|p| matches!(p, "datePublished" | "dateModified"));
    if doc.tag(i) == "time" || itemprop {
        return ["datetime", "content"]
            .iter()
            .filter_map(|a| doc.attr(i, a))
            .find_map(iso_date)
            .or_else(|| {
                (chars < 100)
                    .then(|| iso_date(&doc.text_content(i)))
                    .flatten()
            });
    }
    let text = || doc.text_content(i).to_lowercase();
    let dated = chars > 5
        && chars < 100
        && (doc
            .class_and_id(i)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| DATE_WORDS.contains(&t) || MORE_WORDS.contains(&t))
            || chars < 60 && LEADS.iter().any(|l| text().starts_with(l)));
    dated.then(|| iso_date(&doc.text_content(i))).flatten()
}

/// Class and id words of an element that shows a date.
const DATE_WORDS: &[&str] = &[
    "date",
    "dateline",
    "published",
    "pubdate",
    "posted",
    "timestamp",
    "time",
];

/// A date the page writes out in an element whose class or id says so ("Published 14 February
/// 2025" in `p.dateline`), for pages without machine-readable dates.
fn written_date(doc: &Document) -> Option<String> {
    doc.elements()
        .filter(|&i| doc.stats[i].chars > 5 && doc.stats[i].chars < 100)
        .filter(|&i| {
            // Dates in lists, tables and rails belong to other stories or to facts.
            !std::iter::once(i).chain(doc.ancestors(i)).any(|a| {
                matches!(
                    doc.tag(a),
                    "li" | "table" | "aside" | "nav" | "footer" | "dl"
                )
            })
        })
        .filter(|&i| {
            doc.class_and_id(i)
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|t| DATE_WORDS.contains(&t))
        })
        .find_map(|i| iso_date(&doc.text_content(i)))
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Normalises a date to ISO 8601: keeps ISO input (with its time), reads "10 Feb 2021",
/// "February 10, 2021" and "2021/02/10" forms.
pub fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4)
        && matches!(b.get(4), Some(b'-' | b'/'))
        && digits(5..7)
        && matches!(b.get(7), Some(b'-' | b'/'))
        && digits(8..10)
        // Not a placeholder such as "0001-01-01T00:00:00Z".
        && s[..4] >= *"1900"
    {
        let date = s[..10].replace('/', "-");
        let rest = &s[10..];
        if let Some(time) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
            if time.len() >= 5 && time.as_bytes()[2] == b':' {
                return Some(format!("{date}T{}", time.trim()));
            }
        }
        return Some(date);
    }
    // Word dates: find a year, a month name and a day number.
    let lower = s.to_ascii_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let year = tokens
        .iter()
        .find(|t| t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1990..2100).contains(&y)))?;
    let (at, month) = tokens.iter().enumerate().find_map(|(i, t)| {
        MONTHS
            .iter()
            .position(|m| t.starts_with(m) && t.len() >= 3)
            .map(|m| (i, m))
    })?;
    let day_of = |t: &&str| {
        let n: String = t.chars().take_while(char::is_ascii_digit).collect();
        (!n.is_empty() && n.len() <= 2 && t.len() <= 4)
            .then(|| n.parse::<u32>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    // The day stands next to the month ("Nov 20", "20 Nov"), not the hour in "2:16 AM EST
    // Nov 20, 2019".
    let day = tokens
        .get(at + 1)
        .and_then(day_of)
        .or_else(|| {
            at.checked_sub(1)
                .and_then(|b| tokens.get(b))
                .and_then(day_of)
        })
        .or_else(|| tokens.iter().find_map(day_of))?;
    Some(format!("{year}-{:02}-{day:02}", month + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_dates() {
        assert_eq!(
            iso_date("2021-02-10T12:30:00+05:30").as_deref(),
            Some("2021-02-10T12:30:00+05:30")
        );
        assert_eq!(iso_date("2021/02/10").as_deref(), Some("2021-02-10"));
        assert_eq!(
            iso_date("Updated: 10 Feb 2021 12:30 PM").as_deref(),
            Some("2021-02-10")
        );
        assert_eq!(
            iso_date("February 3rd, 2020").as_deref(),
            Some("2020-02-03")
        );
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(
            iso_date("Published 2:16 AM EST Nov 20, 2019").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            iso_date("14 February 2025, 9:05").as_deref(),
            Some("2025-02-14")
        );
        assert_eq!(iso_date("0001-01-01T00:00:00Z"), None);
    }

    #[test]
    fn reads_instants_across_zones() {
        assert_eq!(
            instant("2025-12-19T03:05:00+00:00"),
            instant("2025-12-18T19:05:00-08:00")
        );
        assert_eq!(
            instant("2026-02-23T00:57:30Z"),
            instant("2026-02-22T19:57:30-0500")
        );
        assert_eq!(instant("1970-01-02T00:00Z"), Some(1440));
        assert_eq!(instant("2025-12-19"), None);
        assert_eq!(instant("2025-12-19T03:05:00"), None);
    }

    #[test]
    fn takes_the_day_in_the_address_a_day_off_the_declared_time() {
        let page = Some("https://blog.example/2025/12/18/a-post/".to_string());
        assert_eq!(
            path_day(&page, "2025-12-19T02:41:41+00:00").as_deref(),
            Some("2025-12-18")
        );
        // The same day, or far from it (an address dated for something else): no change.
        assert_eq!(path_day(&page, "2025-12-18T09:00:00+00:00"), None);
        assert_eq!(path_day(&page, "2025-12-25T09:00:00+00:00"), None);
        assert_eq!(
            path_day(&Some("https://blog.example/a-post/".into()), "2025-12-19"),
            None
        );
    }

    #[test]
    fn strips_site_suffixes() {
        assert_eq!(
            strip_site_suffix("Rain lashes Delhi again today | ABP Live"),
            "Rain lashes Delhi again today"
        );
        assert_eq!(
            strip_site_suffix("Short | A much longer site name here"),
            "Short | A much longer site name here"
        );
    }
}
