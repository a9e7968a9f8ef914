//! Where a card's link leads, for relevance: the crate's URL join ([`crate::url::join`]), and
//! nothing for links that go nowhere.

/// Resolves `href` against `base`. `None` for links that go nowhere (empty, `#…`,
/// `javascript:`, `mailto:`). Without a usable base, relative links come back as they are.
pub fn join(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    let lower = href.get(..11).unwrap_or(href).to_ascii_lowercase();
    if href.is_empty()
        || href.starts_with('#')
        || lower.starts_with("javascript:")
        || lower.starts_with("mailto:")
    {
        return None;
    }
    Some(crate::url::join(base, href))
}

#[cfg(test)]
mod tests {
    use super::join;

    const BASE: &str = "https://news.example.com/india/story/slug-123.html?x=1#top";

    #[test]
    fn resolves_the_usual_forms() {
        let j = |h: &str| join(Some(BASE), h);
        assert_eq!(
            j("https://other.org/a").as_deref(),
            Some("https://other.org/a")
        );
        assert_eq!(
            j("//cdn.example.com/p").as_deref(),
            Some("https://cdn.example.com/p")
        );
        assert_eq!(
            j("/world/x").as_deref(),
            Some("https://news.example.com/world/x")
        );
        assert_eq!(
            j("other.html").as_deref(),
            Some("https://news.example.com/india/story/other.html")
        );
        assert_eq!(
            j("../x/./y?q=2").as_deref(),
            Some("https://news.example.com/india/x/y?q=2")
        );
        assert_eq!(
            j("?page=2").as_deref(),
            Some("https://news.example.com/india/story/slug-123.html?page=2")
        );
        assert_eq!(
            join(Some("https://a.com"), "b").as_deref(),
            Some("https://a.com/b")
        );
    }

    #[test]
    fn drops_links_that_go_nowhere() {
        assert_eq!(join(Some(BASE), "#comments"), None);
        assert_eq!(join(Some(BASE), "javascript:void(0)"), None);
        assert_eq!(join(Some(BASE), "  "), None);
        assert_eq!(join(None, "/a").as_deref(), Some("/a"));
    }
}
