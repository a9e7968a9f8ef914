//! Article metadata: title, byline, date, site, language.

use crate::dom::Document;

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
}

pub fn read(doc: &Document, _url: Option<&str>) -> Metadata {
    Metadata {
        title: doc.meta("og:title").map(str::to_string),
        ..Metadata::default()
    }
}
