//! Conditional cleaning: containers inside the article that look like furniture (link lists,
//! share bars, forms, image strips) are left out of the reader, as Readability does.

use crate::dom::{Document, NodeId};

use super::signals::{class_weight, wraps_quoted_post};

/// Tags the reader never shows, whatever their content.
pub fn is_always_dropped(tag: &str) -> bool {
    matches!(
        tag,
        "form"
            | "fieldset"
            | "footer"
            | "aside"
            | "nav"
            | "button"
            | "input"
            | "textarea"
            | "select"
            | "object"
            | "embed"
            | "link"
            | "dialog"
            | "menu"
    )
}

/// Counts of the descendants that the cleaning rules weigh.
#[derive(Default)]
struct Counts {
    p: u32,
    img: u32,
    li: u32,
    input: u32,
    embeds: u32,
    heading_chars: u32,
}

fn count(doc: &Document, id: NodeId) -> Counts {
    let mut c = Counts::default();
    for d in doc.descendants(id) {
        match doc.tag(d) {
            "p" => c.p += 1,
            "img" => c.img += 1,
            "li" => c.li += 1,
            "input" => c.input += 1,
            "iframe" | "object" | "embed" if !is_player(doc, d) => c.embeds += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => c.heading_chars += doc.stats[d].chars,
            _ => {}
        }
    }
    c
}

/// A video or post player the reader keeps as a link (Readability spares video embeds too).
fn is_player(doc: &Document, id: NodeId) -> bool {
    ["src", "data-src", "data"]
        .iter()
        .filter_map(|a| doc.attr(id, a))
        .any(|src| super::blocks::embed_page(&crate::url::join(Some("https:"), src)).is_some())
}

/// Readability's `_cleanConditionally` test for one container. A quoted post (a tweet the
/// story is about) is not furniture, whatever its wrapper's class; that subtree scan runs only
/// for containers the counts condemn.
pub fn looks_like_furniture(doc: &Document, id: NodeId, weight_classes: bool) -> bool {
    condemned_by_counts(doc, id, weight_classes) && !wraps_quoted_post(doc, id)
}

fn condemned_by_counts(doc: &Document, id: NodeId, weight_classes: bool) -> bool {
    let tag = doc.tag(id);
    if !matches!(tag, "div" | "section" | "ul" | "ol" | "table") {
        return false;
    }
    if tag == "table" && super::blocks::is_data_table(doc, id) {
        return false;
    }
    // Inside a data table, or holding one (as Readability keeps them).
    let data_table = |t: NodeId| doc.tag(t) == "table" && super::blocks::is_data_table(doc, t);
    if doc.ancestors(id).any(data_table) || doc.descendants(id).any(data_table) {
        return false;
    }
    if doc
        .ancestors(id)
        .any(|a| matches!(doc.tag(a), "pre" | "code"))
    {
        return false;
    }
    let weight = if weight_classes {
        class_weight(doc, id)
    } else {
        0.0
    };
    if weight < 0.0 {
        return true;
    }
    let s = doc.stats[id];
    if s.commas >= 10 {
        return false;
    }
    let c = count(doc, id);
    let is_list = matches!(tag, "ul" | "ol");
    let p = c.p as f32;
    let img = c.img as f32;
    let link_density = s.link_density();
    let chars = s.chars;
    let heading_density = if chars == 0 {
        0.0
    } else {
        c.heading_chars as f32 / chars as f32
    };
    let in_figure = doc.ancestors(id).any(|a| doc.tag(a) == "figure");
    (img > 1.0 && p / img < 0.5 && !in_figure)
        || (!is_list && c.li as f32 - 100.0 > p)
        || (c.input as f32 > (p / 3.0).floor())
        || (!is_list
            && heading_density < 0.9
            && chars < 25
            && (c.img == 0 || c.img > 2)
            && link_density > 0.0)
        || (!is_list && weight < 25.0 && link_density > 0.2)
        || (weight >= 25.0 && link_density > 0.5)
        || (c.embeds == 1 && chars < 75)
        || c.embeds > 1
}
