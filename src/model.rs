//! The plain data the engine returns. Field names are a contract: the CLI prints them, the
//! corpus scorers and the extension's reader read them.

use serde::Serialize;

#[derive(Debug, Default, Serialize)]
pub struct Analysis {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// ISO 8601 when known.
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    /// "ltr" or "rtl".
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// True when the page looks like an article worth a reader view.
    pub readerable: bool,
    /// The article body as plain text, one block per paragraph, blocks separated by blank lines.
    pub text: String,
    /// The article body as structured blocks.
    pub blocks: Vec<Block>,
    pub statements: Vec<Statement>,
    /// Clutter to hide on the page, outermost elements only.
    pub hidden: Vec<Hidden>,
    /// Headline links about the article's own topic, kept on the page and offered in the reader.
    pub related: Vec<Link>,
    /// Blocks inside the article's container that the reader left out, and why, so a person can
    /// recover a lost paragraph.
    pub dropped: Vec<Removed>,
    /// Whether the clean-up acts on this page at all, and why (see `scope`).
    pub scope: Scope,
}

/// Whether the clean-up acts on a page (news and article pages) or leaves it alone (webmail,
/// documents, shops, dashboards), with the reason.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Scope {
    pub cleans: bool,
    pub why: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Removed {
    /// nth-child path of the left-out element, as in [`Hidden::path`].
    pub path: String,
    /// The block's text (cut at 600 characters).
    pub text: String,
    /// Why it was left out, in words a person can read.
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading {
        level: u8,
        inlines: Vec<Inline>,
    },
    Paragraph {
        inlines: Vec<Inline>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Figure {
        src: String,
        alt: String,
        caption: String,
    },
    Table {
        rows: Vec<Vec<Cell>>,
    },
    Preformatted {
        text: String,
    },
}

impl Block {
    /// The block's text as a reader sees it.
    pub fn plain_text(&self) -> String {
        fn join(inlines: &[Inline]) -> String {
            inlines.iter().map(Inline::text).collect()
        }
        match self {
            Block::Heading { inlines, .. } | Block::Paragraph { inlines } => join(inlines),
            Block::List { items, .. } => {
                items.iter().map(|i| join(i)).collect::<Vec<_>>().join("\n")
            }
            Block::Quote { blocks } => blocks
                .iter()
                .map(Block::plain_text)
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Figure { caption, .. } => caption.clone(),
            Block::Table { rows } => rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| c.text.as_str())
                        .collect::<Vec<_>>()
                        .join("\t")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Preformatted { text } => text.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text { text: String },
    Link { text: String, href: String },
    Strong { text: String },
    Emphasis { text: String },
    Code { text: String },
    Break,
}

impl Inline {
    pub fn text(&self) -> &str {
        match self {
            Inline::Text { text }
            | Inline::Link { text, .. }
            | Inline::Strong { text }
            | Inline::Emphasis { text }
            | Inline::Code { text } => text,
            Inline::Break => "\n",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cell {
    pub header: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Link {
    pub text: String,
    pub href: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClutterKind {
    Ad,
    Weather,
    Headlines,
    Promo,
}

impl ClutterKind {
    /// The kind's name as the JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            ClutterKind::Ad => "ad",
            ClutterKind::Weather => "weather",
            ClutterKind::Headlines => "headlines",
            ClutterKind::Promo => "promo",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Hidden {
    /// nth-child path in the WHATWG parse, e.g. `html>body:nth-child(2)>div:nth-child(3)`.
    pub path: String,
    /// The element's position among all elements in document order (the live page's handle).
    pub element: u32,
    pub kind: ClutterKind,
    /// Why, in words a person can read.
    pub reason: String,
    /// The first 200 characters of the element's text.
    pub text: String,
    /// `kind|signature`: names the block the same way on every page of its site, so "this is
    /// not clutter" can be remembered for the site (`Document::signature`).
    pub key: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Government,
    Official,
    Police,
    Court,
    Regulator,
    Company,
    Organisation,
    Politician,
    Person,
    Anonymous,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Statement {
    /// The statement's words as they stand in the article.
    pub text: String,
    /// The speaker as written ("the IT ministry", "he" resolved to the name when known).
    pub speaker: String,
    pub speaker_kind: SpeakerKind,
    pub official: bool,
    /// True when the span carries quotation marks.
    pub direct: bool,
    /// The attribution as written: "said", "wrote on KOO", "according to".
    pub cue: String,
    /// Index into `blocks` of the block holding the statement's first words.
    pub block: usize,
    /// What decided `official` and `speaker_kind`, for a person who wonders why.
    pub evidence: String,
}
