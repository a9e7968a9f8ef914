//! Tidings' engine: cleans a news page in place and reads its article, with official statements
//! highlighted.
//!
//! Everything here is pure: it works on the arena [`dom::Document`] and returns plain data
//! ([`model::Analysis`]). The native builder (html5ever) and the live-page snapshot both fill the
//! same arena, so the CLI, the tests and the extension run one analysis. In order:
//! 1. [`extract`] finds the article: metadata, its root element and its structured blocks;
//! 2. [`clutter`] decides which blocks around it to hide and why, guarding the article;
//! 3. [`statements`] finds who said what in the article's blocks.

pub mod clutter;
pub mod dom;
pub mod extract;
pub mod model;
pub mod scope;
pub mod statements;
pub mod text;
pub mod url;
#[cfg(target_arch = "wasm32")]
mod wasm;

use dom::Document;
use model::{Analysis, Hidden};

/// What the user decided for this page, and what the caller needs now.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The user switched the clean-up on for this site: clean even a page that does not look
    /// like an article.
    pub force_cleanup: bool,
    /// "Hide all rails": hide headline blocks even when they are about the article.
    pub hide_related: bool,
    /// Find the statements. Only the reader shows them, so the extension leaves them out of
    /// the analysis every page load pays for and asks again when the reader opens.
    pub statements: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            force_cleanup: false,
            hide_related: false,
            statements: true,
        }
    }
}

/// Bytes of article text searched for statements: several times the longest news story, so a
/// book-length page (10 MB of text) costs its first part only, not seconds on the page's thread.
const STATEMENTS_TEXT_BUDGET: usize = 400_000;

/// The first characters of an element's text that a hidden entry carries.
const HIDDEN_TEXT_CHARS: usize = 200;

/// Runs the whole analysis on one page. `url` is the page's address when known (it helps
/// relevance and resolves relative links).
pub fn analyze(doc: &Document, url: Option<&str>) -> Analysis {
    analyze_with(doc, url, Options::default())
}

/// [`analyze`] with the user's choices for the page.
pub fn analyze_with(doc: &Document, url: Option<&str>, options: Options) -> Analysis {
    let mut article = extract::extract(doc, url);
    let context = clutter::ArticleContext {
        root: article.root,
        title: article.meta.title.as_deref().unwrap_or(""),
        url,
        text: &article.text,
    };
    let early = scope::before_clutter(
        doc,
        &article.meta,
        article.readerable,
        options.force_cleanup,
    );
    let mut cleanup = match &early {
        Some(s) if !s.cleans => clutter::CleanUp::default(),
        _ => clutter::detect_with(doc, &context, options.hide_related),
    };
    let scope = early.unwrap_or_else(|| scope::by_evidence(cleanup.kinds()));
    if !scope.cleans {
        cleanup = clutter::CleanUp::default();
    }
    let hidden_nodes: Vec<_> = cleanup.hidden.iter().map(|d| d.node).collect();
    article.leave_out(doc, &hidden_nodes);
    let statements = if options.statements {
        find_statements(&article.blocks)
    } else {
        Vec::new()
    };
    let hidden = cleanup
        .hidden
        .into_iter()
        .map(|d| Hidden {
            path: doc.path(d.node),
            element: doc.element(d.node).map_or(0, |e| e.ordinal),
            kind: d.kind,
            key: format!("{}|{}", d.kind.name(), doc.signature(d.node)),
            reason: d.reason,
            text: doc
                .text_content(d.node)
                .chars()
                .take(HIDDEN_TEXT_CHARS)
                .collect(),
        })
        .collect();
    let meta = article.meta;
    Analysis {
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        site_name: meta.site_name,
        lang: meta.lang,
        dir: meta.dir,
        excerpt: meta.excerpt,
        lead_image: meta.lead_image,
        readerable: article.readerable,
        text: article.text,
        blocks: article.blocks,
        statements,
        hidden,
        related: cleanup.related,
        dropped: article.removed,
        scope,
    }
}

/// The statements in the article's blocks, within [`STATEMENTS_TEXT_BUDGET`].
fn find_statements(blocks: &[model::Block]) -> Vec<model::Statement> {
    let mut budget = STATEMENTS_TEXT_BUDGET;
    let block_texts: Vec<String> = blocks
        .iter()
        .map(model::Block::plain_text)
        .take_while(|t| {
            let fits = budget > 0;
            budget = budget.saturating_sub(t.len());
            fits
        })
        .collect();
    statements::find(&block_texts)
}

/// Parses an HTML string and analyses it (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn analyze_html(html: &str, url: Option<&str>) -> Analysis {
    analyze(&dom::html::parse(html), url)
}
