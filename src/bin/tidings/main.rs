//! `tidings extract PAGE.html [--url URL]`: analyses a saved page and prints the JSON the
//! extension works from. This is how quality is measured on real pages.

use std::process::ExitCode;

mod timing;

const HELP: &str = "\
tidings — clean-up and reader analysis of a news page

USAGE:
    tidings extract PAGE.html [--url URL] [--force-cleanup] [--hide-related]
    tidings time PAGE.html [--url URL]...
    tidings --help | --version

extract prints one JSON object on stdout:
    title, byline, published (ISO 8601), site_name, lang, dir, excerpt, lead_image,
    readerable, text (the article body, blocks separated by blank lines),
    blocks (the structured body), statements (who said what, official or not),
    hidden (clutter to hide: path, element, kind, reason, text, key),
    related (links kept as related), removed (what the reader left out, and why),
    scope (cleans: whether the clean-up acts on this page at all, and why).

time reads, parses and analyses each page in this one process, as a library user would, and
prints per page and in total the milliseconds spent (read+parse, analysis, JSON), the pages per
second and the peak memory: the benchmark's in-process figure (tests/bench/bench.mjs).

--url URL          the page's address: resolves relative links and helps decide relevance.
--force-cleanup    clean up even a page that does not look like a news or article page
                   (the user switched the clean-up on for the site).
--hide-related     hide headline blocks even when they are about the article (hide all rails).

Exit status: 0 on success, 1 when the page cannot be read or is not HTML, 2 on bad usage.
";

enum CliError {
    Usage(String),
    Input(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(msg)) => {
            eprintln!("tidings: {msg}\nTry 'tidings --help'.");
            ExitCode::from(2)
        }
        Err(CliError::Input(msg)) => {
            eprintln!("tidings: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<(), CliError> {
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("tidings {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("extract") => extract(&args[1..]),
        Some("time") => timing::run(&args[1..]).map_err(CliError::Input),
        Some(other) => Err(CliError::Usage(format!("unknown command '{other}'"))),
    }
}

fn extract(args: &[String]) -> Result<(), CliError> {
    let mut page = None;
    let mut url = None;
    let mut options = tidings::Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--url" => {
                let value = rest
                    .next()
                    .ok_or_else(|| CliError::Usage("--url needs a value".into()))?;
                url = Some(value.clone());
            }
            "--force-cleanup" => options.force_cleanup = true,
            "--hide-related" => options.hide_related = true,
            flag if flag.starts_with("--") => {
                return Err(CliError::Usage(format!("unknown option '{flag}'")));
            }
            path if page.is_none() => page = Some(path.to_string()),
            extra => return Err(CliError::Usage(format!("unexpected argument '{extra}'"))),
        }
    }
    let page = page.ok_or_else(|| CliError::Usage("extract needs a PAGE.html".into()))?;
    let doc = read_page(&page).map_err(CliError::Input)?;
    let analysis = tidings::analyze_with(&doc, url.as_deref(), options);
    let json = serde_json::to_string_pretty(&analysis)
        .map_err(|e| CliError::Input(format!("cannot encode the result: {e}")))?;
    println!("{json}");
    Ok(())
}

/// Reads and parses a saved page. Past the engine's hard limits (too many nodes, too deep) the
/// page is declined, as the extension declines it.
fn read_page(page: &str) -> Result<tidings::dom::Document, String> {
    let bytes = std::fs::read(page).map_err(|e| format!("cannot read {page}: {e}"))?;
    let html = decode_html(bytes).map_err(|why| format!("{page}: {why}"))?;
    tidings::dom::html::parse_checked(&html).map_err(|why| format!("{page}: declined: {why}"))
}

/// Checks that the bytes are an HTML document and returns them as text (valid UTF-8 as it is,
/// anything else with its bad bytes replaced).
fn decode_html(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("the file is empty".into());
    }
    let head = &bytes[..bytes.len().min(4096)];
    if head.contains(&0) {
        return Err("the file is binary, not HTML".into());
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let replaced = text.chars().take(4096).filter(|&c| c == '\u{FFFD}').count();
            if replaced > 64 {
                return Err("the file is not text (too many invalid UTF-8 bytes)".into());
            }
            text
        }
    };
    if !looks_like_html(&text) {
        return Err("the file does not look like HTML (no tags found)".into());
    }
    Ok(text)
}

/// True when the text has at least one HTML tag or doctype near its start.
fn looks_like_html(text: &str) -> bool {
    let mut cut = text.len().min(65536);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let lower = text[..cut].to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<div",
        "<p>",
        "<p ",
        "<article",
        "<meta",
        "<title",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}
