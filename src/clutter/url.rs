//! A small RFC 3986 reference resolver: enough to turn a card's `href` into an absolute link
//! without pulling a URL crate into the wasm.

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
    if scheme(href).is_some() {
        return Some(href.to_string());
    }
    let Some(base) = base.map(str::trim) else {
        return Some(href.to_string());
    };
    let Some(sch) = scheme(base) else {
        return Some(href.to_string());
    };
    let rest = &base[sch.len() + 1..];
    if let Some(h) = href.strip_prefix("//") {
        return Some(format!("{sch}://{h}"));
    }
    let (authority, path_etc) = match rest.strip_prefix("//") {
        Some(r) => {
            let end = r.find(['/', '?', '#']).unwrap_or(r.len());
            (&r[..end], &r[end..])
        }
        None => ("", rest),
    };
    let base_path = &path_etc[..path_etc.find(['?', '#']).unwrap_or(path_etc.len())];
    let prefix = if authority.is_empty() {
        format!("{sch}:")
    } else {
        format!("{sch}://{authority}")
    };
    let (href_path, tail) = href.split_at(href.find(['?', '#']).unwrap_or(href.len()));
    let path = if href_path.is_empty() {
        base_path.to_string()
    } else if href_path.starts_with('/') {
        remove_dots(href_path)
    } else {
        let dir = match base_path.rfind('/') {
            Some(i) => &base_path[..=i],
            None => "/",
        };
        remove_dots(&format!("{dir}{href_path}"))
    };
    Some(format!("{prefix}{path}{tail}"))
}

/// The scheme of an absolute URL (`https` of `https://…`).
fn scheme(s: &str) -> Option<&str> {
    let i = s.find(':')?;
    let sch = &s[..i];
    let mut chars = sch.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(sch)
}

/// Removes `.` and `..` segments from an absolute path.
fn remove_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                out.pop();
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("/{}", out.join("/"))
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
