//! A small URL join (RFC 3986 reference resolution for the cases pages use) and the link-scheme
//! allow-list. Small on purpose: every byte of wasm is paid on every page load.

/// Resolves `href` against `base`. Returns `href` unchanged when it is absolute or there is no
/// usable base.
pub fn join(base: Option<&str>, href: &str) -> String {
    let href = href.trim();
    if has_scheme(href) {
        return href.to_string();
    }
    let Some(base) = base.filter(|b| has_scheme(b)) else {
        return href.to_string();
    };
    let scheme_end = base.find(':').unwrap_or(0);
    let scheme = &base[..scheme_end];
    if let Some(rest) = href.strip_prefix("//") {
        return format!("{scheme}://{rest}");
    }
    // Split the base into "scheme://authority", path, query.
    let after_scheme = &base[scheme_end + 1..];
    let (authority, path_and_more) = match after_scheme.strip_prefix("//") {
        Some(rest) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            (&base[..scheme_end + 3 + end], &rest[end..])
        }
        None => (&base[..scheme_end + 1], after_scheme),
    };
    let without_fragment = path_and_more.split('#').next().unwrap_or("");
    let base_path = without_fragment.split('?').next().unwrap_or("");
    if href.is_empty() {
        return format!("{authority}{without_fragment}");
    }
    if href.starts_with('#') {
        return format!("{authority}{without_fragment}{href}");
    }
    if href.starts_with('?') {
        return format!("{authority}{base_path}{href}");
    }
    let merged = if href.starts_with('/') {
        href.to_string()
    } else {
        let dir = base_path.rfind('/').map_or("/", |i| &base_path[..=i]);
        format!("{dir}{href}")
    };
    format!("{authority}{}", remove_dot_segments(&merged))
}

fn has_scheme(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s[..colon];
    !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn remove_dot_segments(path: &str) -> String {
    let (path, tail) = match path.find(['?', '#']) {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("{}{tail}", out.join("/"))
}

/// True for links a reader may follow: http, https and mailto only.
pub fn is_safe_link(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
}

/// An image address the reader may load: resolved against `base`, http or https only.
pub fn safe_image(base: Option<&str>, src: &str) -> Option<String> {
    let src = join(base, src);
    let lower = src.get(..8).unwrap_or(&src).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(src)
}

/// The host of an absolute http(s) URL, lower-cased, without `www.`.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    let host = rest[..end].to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://news.example.com/india/story-1.html?x=1#top";

    #[test]
    fn resolves_the_usual_reference_forms() {
        assert_eq!(join(Some(BASE), "https://a.b/c"), "https://a.b/c");
        assert_eq!(
            join(Some(BASE), "//cdn.example.com/i.png"),
            "https://cdn.example.com/i.png"
        );
        assert_eq!(
            join(Some(BASE), "/world/a"),
            "https://news.example.com/world/a"
        );
        assert_eq!(
            join(Some(BASE), "b.html"),
            "https://news.example.com/india/b.html"
        );
        assert_eq!(
            join(Some(BASE), "../b.html"),
            "https://news.example.com/b.html"
        );
        assert_eq!(
            join(Some(BASE), "?y=2"),
            "https://news.example.com/india/story-1.html?y=2"
        );
        assert_eq!(
            join(Some(BASE), "#c"),
            "https://news.example.com/india/story-1.html?x=1#c"
        );
        assert_eq!(join(Some("https://h.com"), "a"), "https://h.com/a");
        assert_eq!(join(None, "/a"), "/a");
    }

    #[test]
    fn allows_only_http_https_and_mailto() {
        assert!(is_safe_link("https://x.y/"));
        assert!(is_safe_link("mailto:a@b.c"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link(" data:text/html,x"));
        assert!(!is_safe_link("/relative"));
    }

    #[test]
    fn reads_the_host() {
        assert_eq!(host(BASE).as_deref(), Some("news.example.com"));
        assert_eq!(host("http://www.Site.in:80/a").as_deref(), Some("site.in"));
        assert_eq!(host("/a"), None);
    }
}
