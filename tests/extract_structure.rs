//! The structural rules of reader extraction (issue 3), one test per rule, on small pages written
//! for these tests (tests/fixtures/extract/). Each test states what a reader must get from a
//! page and fails when the engine loses it.

use tidings::model::{Analysis, Block, Inline};

const STORY_URL: &str = "https://courier.example/news/2025/ferry.html";
const ORCHARD_URL: &str = "https://farm.example/stories/orchard";
const BUSES_URL: &str = "https://transit.example/news/2025/night-buses.html";
const QUAY_URL: Option<&str> = Some("https://quay.example/notes/lights");
/// Two paragraphs of a short story, for the pages the tests write inline.
const HARBOUR_STORY: &str = "<p>The harbour lights were switched back on last night after the winter storms, and the first boats of the season came in under them just after dark, their crews waving to the crowd on the quay.</p>\n<p>The harbour master said the new lamps use a tenth of the power of the old ones and can be seen from twice as far out at sea, which the fishermen had been asking for since the autumn.</p>";

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/extract/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn analyze(name: &str, url: Option<&str>) -> Analysis {
    tidings::analyze_html(&fixture(name), url)
}

/// Every block, quotes opened up, in order.
fn flat(blocks: &[Block]) -> Vec<&Block> {
    let mut out = Vec::new();
    for b in blocks {
        out.push(b);
        if let Block::Quote { blocks } = b {
            out.extend(flat(blocks));
        }
    }
    out
}

/// Every link in the body, as (text, href).
fn links(a: &Analysis) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut push = |inlines: &[Inline]| {
        for i in inlines {
            if let Inline::Link { text, href } = i {
                out.push((text.clone(), href.clone()));
            }
        }
    };
    for b in flat(&a.blocks) {
        match b {
            Block::Paragraph { inlines } | Block::Heading { inlines, .. } => push(inlines),
            Block::List { items, .. } => items.iter().for_each(|i| push(i)),
            _ => {}
        }
    }
    out
}

fn figures(a: &Analysis) -> Vec<(String, String, String)> {
    flat(&a.blocks)
        .into_iter()
        .filter_map(|b| match b {
            Block::Figure { src, alt, caption } => {
                Some((src.clone(), alt.clone(), caption.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn keeps_heading_levels() {
    let a = analyze("structure.html", Some(STORY_URL));
    let headings: Vec<(u8, String)> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some((*level, b.plain_text())),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        vec![
            (2, "A timetable built from the tides".to_string()),
            (3, "Counting every crossing".to_string()),
            (4, "The three rules".to_string()),
        ]
    );
    // The h1 is the title, not a body heading.
    assert_eq!(
        a.title.as_deref(),
        Some("How the Millbrook ferry learned to run on time")
    );
}

#[test]
fn keeps_ordered_and_unordered_lists() {
    let a = analyze("structure.html", Some(STORY_URL));
    let lists: Vec<(bool, usize, String)> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List { ordered, items } => Some((*ordered, items.len(), b.plain_text())),
            _ => None,
        })
        .collect();
    assert_eq!(lists.len(), 2, "{lists:?}");
    assert!(lists[0].0 && lists[0].1 == 3);
    assert!(lists[0].2.starts_with("Leave on the minute"));
    assert!(!lists[1].0 && lists[1].1 == 3);
    assert!(lists[1].2.contains("Dogs must stay on a lead"));
}

#[test]
fn keeps_blockquotes() {
    let a = analyze("structure.html", Some(STORY_URL));
    let quote = a
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Quote { .. }))
        .expect("a quote block");
    assert_eq!(
        quote.plain_text(),
        "We did not buy a new boat. We bought a watch and started believing it."
    );
}

#[test]
fn keeps_preformatted_code_with_its_lines() {
    let a = analyze("structure.html", Some(STORY_URL));
    let pre = a
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Preformatted { text } => Some(text.clone()),
            _ => None,
        })
        .expect("a preformatted block");
    assert_eq!(
        pre,
        "late = [c for c in crossings if c.departed - c.scheduled > 120]\nprint(len(late), \"late of\", len(crossings))"
    );
}

#[test]
fn keeps_data_tables_and_unwraps_layout_tables() {
    let a = analyze("structure.html", Some(STORY_URL));
    let tables: Vec<&Block> = a
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Table { .. }))
        .collect();
    // The data table sits in a scrolling wrapper whose class reads as furniture: kept.
    assert_eq!(tables.len(), 1, "only the data table is a table");
    let Block::Table { rows } = tables[0] else {
        unreachable!()
    };
    assert_eq!(rows.len(), 4);
    assert!(rows[0].iter().all(|c| c.header));
    assert_eq!(rows[0][2].text, "On time");
    assert_eq!(rows[3][0].text, "March");
    assert_eq!(rows[3][2].text, "93%");
    // The layout table's prose is a paragraph.
    assert!(a.blocks.iter().any(|b| matches!(b, Block::Paragraph { .. })
        && b.plain_text().starts_with("Passengers who used to drive")));
}

#[test]
fn keeps_figures_with_their_captions() {
    let a = analyze("media.html", Some(ORCHARD_URL));
    assert!(
        figures(&a).contains(&(
            "https://farm.example/img/grafting.jpg".into(),
            "A graft bound with tape".into(),
            "A new graft, bound with tape, in early April.".into()
        )),
        "{:?}",
        figures(&a)
    );
    // Captions describe pictures: they are not part of the story's text.
    assert!(!a.text.contains("A new graft, bound with tape"));
}

#[test]
fn takes_a_wordpress_caption_paragraph_into_its_figure_once() {
    let a = analyze("media.html", Some(ORCHARD_URL));
    let figs = figures(&a);
    let caption_of = |src: &str| {
        figs.iter()
            .find(|f| f.0 == src)
            .map(|f| f.2.clone())
            .unwrap_or_else(|| panic!("{src} in {figs:?}"))
    };
    // `div.wp-caption > img + p.wp-caption-text`: the paragraph is the picture's caption.
    assert_eq!(
        caption_of("https://farm.example/img/tasting-1.jpg"),
        "Tasting day at the Hartwell orchard, October 2025, when the whole village came up the hill to taste"
    );
    assert!(
        !a.text.contains("Tasting day at the Hartwell orchard"),
        "{}",
        a.text
    );
    // Shown under the picture, it is not listed as removed either.
    assert!(
        !a.dropped
            .iter()
            .any(|d| d.text.contains("Tasting day at the Hartwell orchard")),
        "{:?}",
        a.dropped
    );
    // The same caption under the next photo of the set says nothing new.
    assert_eq!(caption_of("https://farm.example/img/tasting-2.jpg"), "");
}

#[test]
fn leaves_out_paragraphs_that_print_nothing() {
    let a = analyze("media.html", Some(ORCHARD_URL));
    let blank = flat(&a.blocks).into_iter().find(|b| {
        matches!(b, Block::Paragraph { .. })
            && b.plain_text()
                .chars()
                .all(|c| c.is_whitespace() || c == '\u{200b}')
    });
    assert!(blank.is_none(), "{blank:?}");
}

#[test]
fn resolves_lazy_images() {
    let a = analyze("media.html", Some(ORCHARD_URL));
    let srcs: Vec<String> = figures(&a).into_iter().map(|f| f.0).collect();
    for expected in [
        "https://farm.example/img/grafting.jpg", // data-src over a data: placeholder
        "https://farm.example/img/ladder-640.jpg", // data-srcset
        "https://farm.example/img/crates.jpg",   // data-original over a placeholder src
        "https://farm.example/img/press-800.jpg", // srcset only, inside picture
        "https://farm.example/img/tasting-day.jpg", // noscript fallback
    ] {
        assert!(srcs.iter().any(|s| s == expected), "{expected} in {srcs:?}");
    }
    assert!(
        !srcs
            .iter()
            .any(|s| s.starts_with("data:") || s.contains("placeholder")),
        "{srcs:?}"
    );
    // Each picture once: the noscript copy does not double the lazy one.
    let tasting = srcs
        .iter()
        .filter(|s| s.ends_with("tasting-day.jpg"))
        .count();
    assert_eq!(tasting, 1, "{srcs:?}");
}

#[test]
fn finds_the_lead_image_outside_the_article_root() {
    let a = analyze("media.html", Some(ORCHARD_URL));
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://farm.example/img/orchard-hero.jpg")
    );
}

#[test]
fn drops_a_lead_image_with_an_unsafe_scheme() {
    let html = fixture("meta-opengraph.html").replace(
        "https://cdn.valleypost.example/img/library.jpg",
        "javascript:alert(document.domain)",
    );
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert!(
        a.lead_image
            .as_deref()
            .is_none_or(|s| s.starts_with("http://") || s.starts_with("https://")),
        "{:?}",
        a.lead_image
    );
    for (src, ..) in figures(&a) {
        assert!(src.starts_with("https://"), "{src}");
    }
}

#[test]
fn keeps_video_and_post_embeds_as_links() {
    let a = analyze("media.html", Some(ORCHARD_URL));
    let hrefs: Vec<String> = links(&a).into_iter().map(|l| l.1).collect();
    let has = |needle: &str| hrefs.iter().any(|h| h.contains(needle));
    assert!(has("youtube.com/watch?v=aBcD3fGh1jk"), "{hrefs:?}");
    assert!(has("vimeo.com/76979871"), "{hrefs:?}");
    assert!(
        has("twitter.com/countyheritage/status/1234567890123456789"),
        "{hrefs:?}"
    );
    assert!(has("instagram.com/p/Cx1AbCdEfGh"), "{hrefs:?}");
    // The post's words stay readable.
    assert!(flat(&a.blocks).iter().any(|b| {
        b.plain_text()
            .contains("Forty kinds of apple on one hillside")
    }));
}

#[test]
fn keeps_a_quoted_post_whose_wrapper_is_named_social() {
    // The wrapper's "social-media-embed" names the post, not share buttons: the post stays, the
    // share bar beside it goes.
    let a = analyze("media.html", Some(ORCHARD_URL));
    let text = a.text.as_str();
    assert!(
        text.contains("We will build the footpath to the orchard"),
        "{text}"
    );
    assert!(text.contains("@hartwellmayor"), "{text}");
    assert!(!text.contains("Share on Facebook"), "{text}");
}

#[test]
fn makes_links_absolute_from_the_page_url() {
    let a = analyze("links.html", Some(BUSES_URL));
    let hrefs: Vec<String> = links(&a).into_iter().map(|l| l.1).collect();
    assert!(hrefs.contains(&"https://transit.example/news/campaigns/late-shift.html".into()));
    assert!(hrefs.contains(&"https://transit.example/timetables/n7".into()));
    assert!(hrefs.contains(&"https://council.example/transport".into()));
}

#[test]
fn makes_links_absolute_from_the_base_element() {
    let html = fixture("links.html").replace(
        "<!--BASE-->",
        r#"<base href="https://mirror.example/archive/">"#,
    );
    let a = tidings::analyze_html(&html, Some(BUSES_URL));
    let hrefs: Vec<String> = links(&a).into_iter().map(|l| l.1).collect();
    assert!(
        hrefs.contains(&"https://mirror.example/campaigns/late-shift.html".into()),
        "{hrefs:?}"
    );
    assert!(hrefs.contains(&"https://mirror.example/timetables/n7".into()));
}

#[test]
fn makes_links_absolute_from_the_canonical_url_without_a_page_url() {
    let a = analyze("links.html", None);
    let hrefs: Vec<String> = links(&a).into_iter().map(|l| l.1).collect();
    assert!(
        hrefs.contains(&"https://transit.example/news/campaigns/late-shift.html".into()),
        "{hrefs:?}"
    );
    assert!(hrefs.contains(&"https://transit.example/timetables/n7".into()));
}

#[test]
fn keeps_only_http_https_and_mailto_links() {
    let a = analyze("links.html", Some(BUSES_URL));
    let all = links(&a);
    assert!(!all.is_empty());
    for (text, href) in &all {
        let lower = href.to_ascii_lowercase();
        assert!(
            lower.starts_with("http://")
                || lower.starts_with("https://")
                || lower.starts_with("mailto:"),
            "{text} -> {href}"
        );
    }
    assert!(all.iter().any(|(_, h)| h == "mailto:buses@transit.example"));
    // The unsafe links' words stay, as text.
    for words in [
        "an unofficial app",
        "a page shared on messaging groups",
        "an old download link",
    ] {
        assert!(a.text.contains(words), "{words}");
        assert!(!all.iter().any(|(t, _)| t == words), "{words} is a link");
    }
}

#[test]
fn separates_blocks_in_the_text() {
    let a = analyze("structure.html", Some(STORY_URL));
    let t = &a.text;
    // Sibling divs.
    assert!(t.contains("two pounds\n\nSeason tickets"), "{t}");
    // A line break.
    assert!(t.contains("opens at seven\nThe first boat"), "{t}");
    // List items.
    assert!(t.contains("slipway.\nPublish the tide table"), "{t}");
    // Table cells and rows.
    assert!(t.contains("January\t412\t61%\nFebruary"), "{t}");
    for glued in [
        "poundsSeason",
        "sevenThe",
        "slipway.Publish",
        "Month Crossings",
    ] {
        assert!(!t.contains(glued), "{glued}");
    }
}

#[test]
fn lists_sizeable_left_out_blocks_with_a_reason() {
    let a = analyze("structure.html", Some(STORY_URL));
    let share = a
        .dropped
        .iter()
        .find(|r| r.text.contains("Share this story"))
        .expect("the share bar is listed as removed");
    assert!(!share.reason.is_empty());
    assert!(!a.text.contains("Share this story"));
    assert!(share.path.starts_with("html>body"), "{}", share.path);
    assert!(share.path.contains("div:nth-child("), "{}", share.path);
    // Short furniture is not worth listing, and nothing listed is in the text.
    for r in &a.dropped {
        assert!(r.text.chars().count() >= 30, "{r:?}");
        assert!(!a.text.contains(&r.text), "{r:?}");
    }
}

#[test]
fn readerable_for_an_article_not_for_a_list_page() {
    assert!(analyze("structure.html", Some(STORY_URL)).readerable);
    assert!(analyze("links.html", Some(BUSES_URL)).readerable);
    assert!(!analyze("list-page.html", Some("https://valleypost.example/latest")).readerable);
}

#[test]
fn reads_metadata_from_json_ld() {
    let a = analyze(
        "meta-jsonld.html",
        Some("https://valleypost.example/2025/02/library"),
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Valley library to open late on weekdays")
    );
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist, Tomas Reyes"));
    assert_eq!(a.published.as_deref(), Some("2025-02-14T18:30:00+01:00"));
    assert_eq!(a.site_name.as_deref(), Some("Valley Post"));
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://valleypost.example/img/library.jpg")
    );
}

#[test]
fn reads_metadata_from_opengraph_and_meta() {
    let a = analyze("meta-opengraph.html", Some("https://valleypost.example/a"));
    assert_eq!(
        a.title.as_deref(),
        Some("Valley library to open late on weekdays")
    );
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist"));
    assert_eq!(a.published.as_deref(), Some("2025-02-14T09:05:00Z"));
    assert_eq!(a.site_name.as_deref(), Some("Valley Post"));
    assert_eq!(
        a.excerpt.as_deref(),
        Some("Evening opening until nine from March.")
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://cdn.valleypost.example/img/library.jpg")
    );
}

#[test]
fn reads_metadata_from_itemprop_and_the_visible_byline() {
    let a = analyze("meta-visible.html", Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist"));
    assert_eq!(a.published.as_deref(), Some("2025-02-14"));
    // The byline and the date show in the reader's header, not in the body.
    assert!(a.text.starts_with("The valley library"), "{}", a.text);
}

#[test]
fn reads_a_written_byline_and_date_as_iso_8601() {
    let a = analyze("meta-words.html", Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("Tomas Reyes"));
    assert_eq!(a.published.as_deref(), Some("2025-02-14"));
    assert!(a.text.starts_with("The valley library"), "{}", a.text);
}

#[test]
fn reads_json_ld_wrapped_in_cdata() {
    let html = fixture("meta-jsonld.html")
        .replace(
            r#"<script type="application/ld+json">"#,
            r#"<script type="application/ld+json"><![CDATA["#,
        )
        .replace("}]}\n</script>", "}]}\n]]></script>");
    assert!(html.contains("]]></script>"));
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist, Tomas Reyes"));
    assert_eq!(a.published.as_deref(), Some("2025-02-14T18:30:00+01:00"));
}

#[test]
fn reads_every_article_author_meta() {
    let html = fixture("meta-opengraph.html").replace(
        r#"<meta name="author" content="Priya Lindqvist">"#,
        r#"<meta property="article:author" content="Priya Lindqvist">
<meta property="article:author" content="https://social.example/tomas">
<meta property="article:author" content="Tomas Reyes">
<meta name="author" content="valleypost_cms">"#,
    );
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist, Tomas Reyes"));
}

#[test]
fn follows_a_json_ld_author_given_by_reference() {
    let html = fixture("meta-jsonld.html").replace(
        r#""author":[{"@type":"Person","name":"Priya Lindqvist"},{"@type":"Person","name":"Tomas Reyes"}]"#,
        r#""author":{"@id":"https://valleypost.example/#/person/1"}},
{"@type":"Person","@id":"https://valleypost.example/#/person/1","name":"Priya Lindqvist""#,
    );
    assert!(html.contains("#/person/1\",\"name\""));
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist"));
}

#[test]
fn drops_the_publisher_after_an_author_name() {
    let html = fixture("meta-jsonld.html").replace(
        r#""name":"Priya Lindqvist"},{"@type":"Person","name":"Tomas Reyes"}"#,
        r#""name":"Priya Lindqvist, Valley Post"}"#,
    );
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist"));
}

#[test]
fn a_shown_byline_wins_over_an_account_name_or_the_publisher() {
    let shown = r#"<h1>Valley library to open late on weekdays</h1>
<div class="byline">By <span class="author-name">Priya Lindqvist</span></div>"#;
    for declared in ["priya.l", "webmaster", "Valley Post"] {
        let html = fixture("meta-opengraph.html")
            .replace(
                "content=\"Priya Lindqvist\"",
                &format!("content=\"{declared}\""),
            )
            .replace("<h1>Valley library to open late on weekdays</h1>", shown);
        let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
        assert_eq!(a.byline.as_deref(), Some("Priya Lindqvist"), "{declared}");
    }
    // Without a shown byline, the account name is all there is.
    let html = fixture("meta-opengraph.html")
        .replace("content=\"Priya Lindqvist\"", "content=\"priya.l\"");
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert_eq!(a.byline.as_deref(), Some("priya.l"));
}

/// meta-jsonld.html without its JSON-LD, the headline followed by `shown`.
fn page_showing(shown: &str) -> String {
    let html = fixture("meta-jsonld.html");
    let start = html.find("<script").unwrap();
    let end = html.find("</script>").unwrap() + "</script>".len();
    let html = format!("{}{}", &html[..start], &html[end..]);
    html.replace(
        "<h1>Valley library to open late on weekdays</h1>",
        &format!("<h1>Valley library to open late on weekdays</h1>\n{shown}"),
    )
}

#[test]
fn reads_the_shown_byline_in_its_common_forms() {
    let cases = [
        // A label then the name, in a block that names the author.
        (
            r#"<div class="post-author"><p class="post-author__byline">Posted by:</p><p class="post-author__name">Priya Lindqvist</p></div>"#,
            "Priya Lindqvist",
        ),
        // A byline holding a role: the link to the author's page is the name.
        (
            r#"<div class="byline-author"><a href="/author/priya-lindqvist/">Priya Lindqvist</a> <span>Senior Reporter</span></div>"#,
            "Priya Lindqvist",
        ),
        // A link to the author's page, without any class.
        (
            r#"<p><a href="https://valleypost.example/authors/priya-lindqvist">Priya Lindqvist</a></p>"#,
            "Priya Lindqvist",
        ),
        // A line "By …" in plain elements.
        (
            r#"<div><span>By </span><span>Priya Lindqvist</span></div>"#,
            "Priya Lindqvist",
        ),
        (r#"<h3>Written by Priya Lindqvist</h3>"#, "Priya Lindqvist"),
        // A class that only says "author", around a name.
        (
            r#"<p><span class="blog-meta-author"> Priya Lindqvist </span></p>"#,
            "Priya Lindqvist",
        ),
        // "By" in an element of its own, right against the name.
        (
            r#"<div><span class="x1">By</span><span>Priya Lindqvist</span></div>"#,
            "Priya Lindqvist",
        ),
    ];
    for (shown, name) in cases {
        let a = tidings::analyze_html(&page_showing(shown), Some("https://valleypost.example/a"));
        assert_eq!(a.byline.as_deref(), Some(name), "{shown}");
    }
}

#[test]
fn passes_over_commenters_menus_and_byline_parts_that_are_no_name() {
    for shown in [
        r#"<div class="comments"><div class="comment-author-name">anon4477</div></div>"#,
        r#"<ul class="menu"><li><a href="/authors/staff/">Staff</a></li></ul>"#,
        r#"<span class="byline__category"><a href="/health">Health</a></span>"#,
        r#"<p>By continuing you agree to our terms.</p>"#,
        r#"<p class="post-author">Share this story with a friend today.</p>"#,
    ] {
        let a = tidings::analyze_html(&page_showing(shown), Some("https://valleypost.example/a"));
        assert_eq!(a.byline, None, "{shown}");
    }
}

#[test]
fn the_date_shown_by_the_headline_wins_over_a_stale_declared_one() {
    // meta-opengraph.html declares 2025-02-14T09:05:00Z.
    let with_shown = |shown: &str| {
        let html = fixture("meta-opengraph.html").replace(
            "<h1>Valley library to open late on weekdays</h1>",
            &format!("<h1>Valley library to open late on weekdays</h1>\n{shown}"),
        );
        tidings::analyze_html(&html, Some("https://valleypost.example/a")).published
    };
    assert_eq!(
        with_shown(r#"<p class="date"><time datetime="2025-03-20">March 20, 2025</time></p>"#)
            .as_deref(),
        Some("2025-03-20")
    );
    // A date labelled as the last update leaves the publication date alone.
    assert_eq!(
        with_shown(r#"<p class="date">Updated March 20, 2025</p>"#).as_deref(),
        Some("2025-02-14T09:05:00Z")
    );
    // The same instant in the publisher's zone is the same date.
    assert_eq!(
        with_shown(r#"<p class="date"><time datetime="2025-02-13T23:05:00-10:00">February 13, 2025</time></p>"#)
            .as_deref(),
        Some("2025-02-14T09:05:00Z")
    );
}

#[test]
fn the_day_in_the_address_wins_over_a_utc_time_on_the_next_day() {
    let html =
        fixture("meta-opengraph.html").replace("2025-02-14T09:05:00Z", "2025-02-15T03:05:00Z");
    let a = tidings::analyze_html(
        &html,
        Some("https://valleypost.example/2025/02/14/library/"),
    );
    assert_eq!(a.published.as_deref(), Some("2025-02-14"));
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/library/"));
    assert_eq!(a.published.as_deref(), Some("2025-02-15T03:05:00Z"));
}

#[test]
fn reads_a_bare_date_just_before_the_body_in_a_layout_table() {
    let body = fixture("meta-jsonld.html");
    let start = body.find("<p>The valley library").unwrap();
    let end = body.find("</article>").unwrap();
    let html = format!(
        "<html><head><title>Valley library to open late on weekdays</title></head><body>\n\
         <table><tr><td><fieldset>\n<legend>Valley library to open late on weekdays</legend>\n\
         14 February 2025\n<div class=\"body\">{}</div></fieldset></td>\n\
         <td><p>Archive</p></td></tr></table></body></html>",
        &body[start..end]
    );
    let a = tidings::analyze_html(&html, Some("https://valleypost.example/a"));
    assert!(a.text.starts_with("The valley library"), "{}", a.text);
    assert_eq!(a.published.as_deref(), Some("2025-02-14"));
}

#[test]
fn reads_scholarly_dublin_core_and_og_author_metas() {
    let with_metas = |metas: &str| {
        let html = fixture("meta-opengraph.html")
            .replace(r#"<meta name="author" content="Priya Lindqvist">"#, metas);
        tidings::analyze_html(&html, Some("https://valleypost.example/a")).byline
    };
    assert_eq!(
        with_metas(
            r#"<meta name="DC.Creator" content="Priya Lindqvist">
<meta name="citation_author" content="Priya Lindqvist">
<meta name="citation_author" content="Tomas Reyes">"#
        )
        .as_deref(),
        Some("Priya Lindqvist, Tomas Reyes")
    );
    assert_eq!(
        with_metas(r#"<meta property="dc:creator" content="Tomas Reyes">"#).as_deref(),
        Some("Tomas Reyes")
    );
    assert_eq!(
        with_metas(r#"<meta property="og:article:author" content="Tomas Reyes">"#).as_deref(),
        Some("Tomas Reyes")
    );
}

#[test]
fn leaves_out_a_closing_run_of_links_to_other_stories() {
    let a = analyze("structure.html", Some(STORY_URL));
    for words in ["More from the river", "lock keepers", "Regatta returns"] {
        assert!(!a.text.contains(words), "{words}");
    }
    assert!(
        a.text.ends_with("once the summer rush is over."),
        "{}",
        a.text
    );
    let run = a
        .dropped
        .iter()
        .find(|r| r.text.contains("Regatta returns"))
        .expect("the run of links is listed as dropped");
    assert_eq!(run.reason, "links to other stories");
    assert!(run.text.contains("More from the river"));
}

#[test]
fn keeps_a_table_held_in_a_figure() {
    let a = analyze("structure.html", Some(STORY_URL));
    assert!(a.text.contains("Written for a faster boat"), "{}", a.text);
    assert!(a.text.contains("Built from the tides"), "{}", a.text);
}

#[test]
fn keeps_the_text_of_collapsed_accordion_panels() {
    let a = analyze("structure.html", Some(STORY_URL));
    assert!(
        a.text
            .contains("The ferry carries foot passengers and bicycles only"),
        "{}",
        a.text
    );
}

#[test]
fn keeps_the_space_inside_a_link_or_bold_run_between_words() {
    let a = analyze("links.html", Some(BUSES_URL));
    assert!(
        a.text
            .contains("so that the public can judge for itself whether"),
        "{}",
        a.text
    );
}

#[test]
fn keeps_a_line_break_inside_a_bold_run() {
    let a = analyze("structure.html", Some(STORY_URL));
    assert!(
        a.text.contains("Winter timetable\nBoats run every hour"),
        "{}",
        a.text
    );
}

#[test]
fn a_div_wrapping_one_paragraph_does_not_split_the_article() {
    let html = r#"<html><head><title>Canal walks</title></head><body><article>
<h1>Canal walks</h1>
<div><p>The towpath between the two locks reopened this week, after a winter of repairs, and walkers, anglers and cyclists were back on it within the hour, some of them carrying flasks of tea against the cold wind off the water.</p></div>
<h2>Route</h2>
<p>From the basin</p>
<div>The full walk takes about two hours at an easy pace, with benches every kilometre, a cafe at the halfway bridge, and a ferry back from the far end for those who would rather not walk both ways in one afternoon.</div>
</article></body></html>"#;
    let a = tidings::analyze_html(html, Some("https://canal.example/walks"));
    assert!(a.text.contains("From the basin"), "{}", a.text);
    assert!(
        a.text.contains("The full walk takes about two hours"),
        "{}",
        a.text
    );
}

#[test]
fn an_h3_that_is_the_declared_title_beats_the_blogs_name_in_h1() {
    let html = format!(
        r#"<html><head><title>Harbour lights return - Harbour lights return - Quay Notes</title>
<meta property="og:title" content="Harbour lights return"></head><body>
<h1>Harbour News</h1>
<div class="post"><h3><a href="/post/1">Harbour lights return</a></h3>
{HARBOUR_STORY}</div>
<h3>Archive</h3></body></html>"#
    );
    let a = tidings::analyze_html(&html, Some("https://quay.example/post/1"));
    assert_eq!(a.title.as_deref(), Some("Harbour lights return"));
    // An h3 that is not the declared title never is: the h1 would stand.
    let plain = html.replace(
        r#"<h3><a href="/post/1">Harbour lights return</a></h3>"#,
        "",
    );
    let b = tidings::analyze_html(&plain, Some("https://quay.example/post/1"));
    assert_ne!(b.title.as_deref(), Some("Archive"));
}

#[test]
fn a_date_set_inside_the_headline_is_not_part_of_the_title() {
    let html = format!(
        r#"<html><head><title>Harbour lights return</title>
<meta property="og:title" content="Harbour lights return"></head><body>
<h1 class="site-name">Quay Notes</h1>
<div class="note"><h2><a href="/notes/lights">Harbour lights return</a> <span class="title-date">/ Dec 2025</span></h2>
{HARBOUR_STORY}</div>
</body></html>"#
    );
    let a = tidings::analyze_html(&html, QUAY_URL);
    assert_eq!(a.title.as_deref(), Some("Harbour lights return"));
    // The headline is the title, so the body does not repeat it.
    assert!(!a.text.contains("Harbour lights return"), "{}", a.text);
}

#[test]
fn without_a_visible_headline_the_declared_titles_go_in_readabilitys_order() {
    let page = |head: &str| {
        format!("<html><head>{head}</head><body><div>{HARBOUR_STORY}</div></body></html>")
    };
    let url = QUAY_URL;
    let a = tidings::analyze_html(
        &page(
            r#"<title>Quay Notes</title><meta name="parsely-title" content="Harbour lights return">"#,
        ),
        url,
    );
    assert_eq!(a.title.as_deref(), Some("Harbour lights return"));
    let b = tidings::analyze_html(
        &page(
            r#"<title>Quay Notes</title><meta property="og:title" content="Lights back on"><meta property="dc:title" content="Harbour lights return">"#,
        ),
        url,
    );
    assert_eq!(b.title.as_deref(), Some("Harbour lights return"));
}

#[test]
fn takes_the_name_out_of_a_byline_line_that_also_holds_the_date() {
    let page = |byline: &str| {
        format!(
            r#"<html><head><title>Harbour lights return</title></head><body><article>
<h1>Harbour lights return</h1>{byline}
{HARBOUR_STORY}
</article></body></html>"#
        )
    };
    let url = QUAY_URL;
    for (byline, name) in [
        (
            r#"<div class="FeatureByline">By <b>Nora Quayle</b><br>March 25, 2015</div>"#,
            "Nora Quayle",
        ),
        // hCard: the formatted name (`fn`) inside the byline.
        (
            r#"<cite class="byline vcard"><span>By </span><span class="fn">NORA QUAYLE</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>"#,
            "NORA QUAYLE",
        ),
    ] {
        let a = tidings::analyze_html(&page(byline), url);
        assert_eq!(a.byline.as_deref(), Some(name), "{byline}");
    }
    // A part named for something else (the section) is not the name.
    let a = tidings::analyze_html(
        &page(
            r#"<section class="byline"><time datetime="2023-03-20">March 20, 2023</time> | <span class="byline__category"><a href="/harbour">Harbour News</a></span></section>"#,
        ),
        url,
    );
    assert_eq!(a.byline, None);
}

#[test]
fn conditional_cleaning_never_removes_the_story_itself() {
    // The story shares its containers with share bars of icons: by Readability's image rule
    // (more pictures than twice the paragraphs) each container up to the page looks like
    // furniture. Dropping them would leave too little and send the pipeline to a relaxed retry
    // that lets the sidebar in.
    let a = analyze(
        "story-with-icons.html",
        Some("https://news.example/sci/snooze"),
    );
    for kept in [
        "state of suspended animation",
        "shrink the spacecraft",
        "waking everyone safely",
    ] {
        assert!(a.text.contains(kept), "{kept} in {}", a.text);
    }
    assert!(!a.text.contains("Most read this week"), "{}", a.text);
}

#[test]
fn leaves_out_an_author_card_whose_classes_say_nothing() {
    let html = format!(
        r#"<html><head><title>Harbour lights return</title></head><body><article>
<h1>Harbour lights return</h1>
<div class="css-9x1">
{HARBOUR_STORY}
<p>Nora Quayle and Tom Reed contributed.</p>
<div class="css-1e54vvi"><img src="/p/nora.jpg" alt="Headshot of Nora Quayle"><a href="/author/42/nora-quayle/"><span>Nora Quayle</span></a><div>Contributing Writer</div>
<p>Nora Quayle is a writer and editor who covers the coast, its weather and its working harbours, and has sailed from the quay since she was nine years old.</p></div>
</div>
</article></body></html>"#
    );
    let a = tidings::analyze_html(&html, QUAY_URL);
    assert!(!a.text.contains("is a writer and editor"), "{}", a.text);
    assert!(
        a.dropped.iter().any(|d| d.reason == "about the author"),
        "{:?}",
        a.dropped
    );
    // A closing credit line is not a card about the author.
    assert!(
        a.text.contains("Nora Quayle and Tom Reed contributed."),
        "{}",
        a.text
    );
}

#[test]
fn keeps_the_space_inside_inline_elements_between_words() {
    let t = analyze("boundaries.html", Some(STORY_URL)).text;
    assert!(t.contains("from Starry Night week"), "{t}");
    assert!(t.contains("strategically placed above"), "{t}");
    assert!(t.contains("with a solar panel"), "{t}");
}

#[test]
fn leaves_out_control_labels_and_a_closing_heading_over_furniture() {
    let a = analyze("boundaries.html", Some(STORY_URL));
    let t = &a.text;
    assert!(t.contains("the ceremony next month."), "{t}");
    assert!(t.contains("Quote of the week."), "{t}");
    for label in ["Read More", "Click To Tweet", "Comments", "comments"] {
        assert!(!t.contains(label), "{label}: {t}");
    }
    // A closing heading over text the page hides stays (Readability keeps it).
    let hidden = tidings::analyze_html(
        "<html><body><article><h1>Tides</h1><p>The tide tables for the whole coast are printed \
         weekly, with the times of high and low water, for every harbour on the map.</p>\
         <h2>Appendix</h2><p hidden>Nothing to see here at all, it is hidden by the page.</p>\
         </article></body></html>",
        None,
    );
    assert!(hidden.text.ends_with("Appendix"), "{}", hidden.text);
}

#[test]
fn leaves_out_teasers_for_other_stories_set_in_the_body() {
    let a = analyze("boundaries.html", Some(STORY_URL));
    let t = &a.text;
    for teaser in [
        "Ten ships that vanished",
        "More:",
        "The ferry timetable changes",
        "Harbour wall repairs",
        "Lamps of the coast",
    ] {
        assert!(!t.contains(teaser), "{teaser}: {t}");
    }
    // A sentence that starts like a lead-in is the story's.
    assert!(t.contains("Related reading on the history"), "{t}");
    assert!(t.contains("with a solar panel on the gallery roof."), "{t}");
}

#[test]
fn keeps_a_caption_set_in_running_text_with_its_picture_not_in_the_story() {
    let a = analyze("boundaries.html", Some(STORY_URL));
    for caption in [
        "The brass lamp in the lantern room.",
        "Photo: Gazette",
        "hundred and twelve steps.",
    ] {
        assert!(!a.text.contains(caption), "{caption}: {}", a.text);
    }
    let lamp = figures(&a)
        .into_iter()
        .find(|(src, ..)| src.ends_with("lamp.jpg"))
        .expect("the lamp is a figure");
    assert!(
        lamp.2.contains("The brass lamp in the lantern room."),
        "{lamp:?}"
    );
}

#[test]
fn leaves_out_the_box_about_the_author() {
    let a = analyze("boundaries.html", Some(STORY_URL));
    assert!(!a.text.contains("harbour reporter"), "{}", a.text);
    assert!(
        a.dropped
            .iter()
            .any(|r| r.reason == "about the author" && r.text.contains("harbour reporter"))
    );
    assert!(a.text.contains("the ceremony next month."), "{}", a.text);
    // A short story in a container named for its author is still the story.
    let short = tidings::analyze_html(
        "<html><body><div class=\"post author-jo\"><h1>Tide</h1><p>The spring tide came in \
         at noon, two metres above the usual mark, and covered the lower quay.</p><p>Boats \
         were moved to the upper basin in the morning, as the harbour master had asked.</p>\
         <p>No damage was reported by the evening.</p></div></body></html>",
        None,
    );
    assert!(
        short.text.contains("No damage was reported"),
        "{}",
        short.text
    );
}

#[test]
fn does_not_merge_a_listing_of_other_stories_next_to_the_article() {
    let a = analyze(
        "sibling-teasers.html",
        Some("https://travel.example/news/rental-desks"),
    );
    assert!(
        a.text.contains("Tell us which company you prefer."),
        "{}",
        a.text
    );
    for teaser in [
        "Long in the shadow",
        "golfers from all over",
        "A chalet in the city",
    ] {
        assert!(!a.text.contains(teaser), "{teaser}: {}", a.text);
    }
}

#[test]
fn takes_the_article_with_the_headline_among_articles_side_by_side() {
    let a = analyze(
        "headline-article.html",
        Some("https://frases.example/quem-se-ama"),
    );
    assert!(a.text.contains("um amor de verdade."), "{}", a.text);
    for other in [
        "otimismo e coragem",
        "O que une uma família",
        "Força para vencer",
    ] {
        assert!(!a.text.contains(other), "{other}: {}", a.text);
    }
}

#[test]
fn follows_the_story_over_a_run_of_like_blocks() {
    let a = analyze(
        "block-run.html",
        Some("https://security.example/open-systems"),
    );
    for part in ["Paragraph 1-0:", "Paragraph 2-8:", "Paragraph 3-3:"] {
        assert!(a.text.contains(part), "{part}: {}", a.text);
    }
}

#[test]
fn retries_when_the_rules_leave_out_most_of_the_chosen_content() {
    let a = analyze(
        "product-widgets.html",
        Some("https://reviews.example/best-appliances"),
    );
    assert!(
        a.text.contains("Buying a new large appliance"),
        "{}",
        a.text
    );
    for pick in ["The Harbor dishwasher earned", "The Breeze dryer earned"] {
        assert!(a.text.contains(pick), "{pick}: {}", a.text);
    }
}

#[test]
fn leaves_out_an_advertiser_disclosure() {
    let a = analyze("boundaries.html", Some(STORY_URL));
    assert!(!a.text.contains("affiliate links"), "{}", a.text);
    assert!(a.text.starts_with("Agnes Moore climbed"), "{}", a.text);
    assert!(
        a.dropped
            .iter()
            .any(|r| r.reason == "advertiser disclosure" && r.text.contains("affiliate links"))
    );
}
