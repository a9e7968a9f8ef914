//! Renders the chosen content as structured blocks: headings, paragraphs with inline runs,
//! lists, quotes, figures, tables and preformatted text. Page HTML never leaves the engine; the
//! reader builds its view from these blocks with DOM APIs.

use crate::dom::snapshot;
use crate::dom::{Document, NodeId, NodeKind, collapse_whitespace, push_collapsed};
use crate::model::{Block, Cell, Inline, Removed};
use crate::text;
use crate::url;

use super::cleaning::{is_always_dropped, looks_like_furniture};
use super::scoring::{Flags, Skip};
use super::signals::{class_weight, is_unlikely_candidate};

/// Past this depth a subtree is read as plain text. (The walks are iterative, with explicit
/// stacks: hostile nesting cannot exhaust the call stack at any depth.)
const MAX_DEPTH: usize = 256;

/// Work left in the block walk.
enum Task {
    Block(NodeId, usize),
    Flush,
    /// The end of a blockquote: its blocks become one quote block of the enclosing state.
    EndQuote,
}

/// The enclosing state, put aside while a blockquote's content renders on its own (as a fresh
/// renderer with no title would).
struct Saved {
    blocks: Vec<Block>,
    pending: Vec<Inline>,
    removed: Vec<Removed>,
    removed_until: NodeId,
    title_key: String,
}

/// Work left in the inline walk.
enum InlineTask {
    Node(NodeId, usize),
    Space,
}

pub struct Renderer<'a> {
    doc: &'a Document,
    skip: &'a [Skip],
    flags: Flags,
    base: Option<String>,
    /// The article title, normalised, to drop a heading that repeats it.
    title_key: String,
    blocks: Vec<Block>,
    pending: Vec<Inline>,
    /// Dropped blocks with words, in document order.
    removed: Vec<Removed>,
    /// The end of the last recorded subtree, so nothing inside it is recorded twice.
    removed_until: NodeId,
    /// Indexes in `blocks` of the links that stand for players.
    cards: Vec<usize>,
    /// How many blockquotes the walk is in.
    quotes: usize,
    /// Top-level paragraphs made from `p` elements: (index in `blocks`, the element).
    paragraphs: Vec<(usize, NodeId)>,
    /// Top-level headings: (index in `blocks`, the element).
    headings: Vec<(usize, NodeId)>,
    /// The last element with words left out as furniture (not merely hidden by the page).
    last_furniture: NodeId,
    /// Characters of the paragraphs in the chosen content.
    paragraph_chars: u32,
}

/// What a render gives: the blocks, what was left out, and which blocks link to players.
pub struct Rendered {
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
    /// Indexes in `blocks` of the paragraphs that stand for a player (a link, no story text).
    pub cards: Vec<usize>,
}

/// Dropped blocks shorter than this are not worth showing.
const MIN_REMOVED_CHARS: u32 = 30;
/// A removed block's text is cut here.
const MAX_REMOVED_CHARS: usize = 600;

/// Page controls and counters, as [`text_key`] gives them without digits: standing alone as a
/// paragraph ("Read More", "12 comments") or inside one ("Click To Tweet"), they are not text
/// of the story.
const UI_LABELS: &[&str] = &[
    "advertisement",
    "backtotop",
    "clicktotweet",
    "comment",
    "comments",
    "continuereading",
    "leaveacomment",
    "leaveareply",
    "postcomment",
    "readmore",
    "sharethis",
    "sharethisarticle",
    "sharethisstory",
    "showcomments",
    "skiptocontent",
    "skiptomaincontent",
    "tweetthis",
    "viewcomments",
];

/// First words of the lead-in to a teaser for other stories ("Related:", "More:", "Also see:",
/// "Read more:", "On example.com:").
const TEASER_LEADS: &[&str] = &[
    "also",
    "check",
    "further",
    "latest",
    "listen",
    "more",
    "on",
    "popular",
    "previously",
    "read",
    "recommended",
    "related",
    "see",
    "similar",
    "trending",
    "watch",
];

/// A lead-in to links to other stories: a few words, the first from [`TEASER_LEADS`], ending
/// in a colon (inside brackets or not).
fn is_teaser_lead(text: &str) -> bool {
    let lead = text
        .trim()
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')'])
        .trim();
    let first = lead
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    lead.ends_with(':')
        && lead.split_whitespace().count() <= 4
        && TEASER_LEADS.contains(&first.as_str())
}

/// An advertiser or affiliate disclosure ("This post contains affiliate links; we may earn a
/// commission if you buy through them"): short, in the first person, about links or
/// purchases and what the site earns from them. Not the story.
fn is_disclosure(text: &str) -> bool {
    const MAX_CHARS: usize = 450;
    if text.len() > MAX_CHARS * 4 || text.chars().count() > MAX_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    has(&[
        "affiliate",
        "commission",
        "commissions",
        "commissionable",
        "compensation",
        "promotion",
        "kickback",
    ]) && has(&["we", "us", "our", "i", "my"])
        && has(&["link", "links", "purchase", "buy", "buying"])
}

/// A paragraph that is a lead-in and links only ("Related: <a>…</a>").
fn is_link_teaser(inlines: &[Inline]) -> bool {
    let Some(first_link) = inlines
        .iter()
        .position(|i| matches!(i, Inline::Link { .. }))
    else {
        return false;
    };
    let lead: String = inlines[..first_link].iter().map(Inline::text).collect();
    is_teaser_lead(&lead)
        && inlines[first_link..].iter().all(|i| match i {
            Inline::Link { .. } | Inline::Break => true,
            other => !other.text().chars().any(char::is_alphanumeric),
        })
}

/// Runs that are one or more links and nothing else with words.
fn link_only(inlines: &[Inline]) -> bool {
    inlines.iter().any(|i| matches!(i, Inline::Link { .. }))
        && inlines.iter().all(|i| match i {
            Inline::Link { .. } | Inline::Break => true,
            other => other.text().trim().is_empty(),
        })
}

/// True when `text` is only a control's label (see [`UI_LABELS`]).
/// A block left out of the reader, with the start of its text, for `dropped`.
fn removed(doc: &Document, node: NodeId, text: &str, reason: &str) -> Removed {
    Removed {
        path: doc.path(node),
        text: text.chars().take(MAX_REMOVED_CHARS).collect(),
        reason: reason.to_string(),
    }
}

fn is_ui_label(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let key: String = text_key(text)
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    UI_LABELS.contains(&key.as_str())
}

/// A control inside a paragraph ("… the quote.<span>Click To Tweet</span>"): an element whose
/// words, more than one, are a control's label.
fn is_control_label(doc: &Document, id: NodeId) -> bool {
    doc.element(id).is_some() && doc.stats[id].chars < 40 && {
        let t = doc.text_content(id);
        t.contains(' ') && is_ui_label(&t)
    }
}

/// Normalises text for "is this the same heading?" comparisons.
pub fn text_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl<'a> Renderer<'a> {
    pub fn new(
        doc: &'a Document,
        skip: &'a [Skip],
        flags: Flags,
        base: Option<String>,
        title: &str,
    ) -> Self {
        Renderer {
            doc,
            skip,
            flags,
            base,
            title_key: text_key(title),
            blocks: Vec::new(),
            pending: Vec::new(),
            removed: Vec::new(),
            removed_until: 0,
            cards: Vec::new(),
            quotes: 0,
            paragraphs: Vec::new(),
            headings: Vec::new(),
            last_furniture: 0,
            paragraph_chars: 0,
        }
    }

    /// The blocks of `parts`, and what was left out of them with words in it.
    pub fn render(mut self, parts: &[NodeId]) -> Rendered {
        self.paragraph_chars = parts.iter().map(|&p| paragraph_chars(self.doc, p)).sum();
        for &part in parts {
            self.walk(part);
            self.flush();
        }
        self.drop_link_teasers();
        self.trim_trailing_links();
        self.trim_trailing_headings();
        self.drop_repeated_captions();
        Rendered {
            blocks: self.blocks,
            removed: self.removed,
            cards: self.cards,
        }
    }

    /// The same caption under every photo of a set (a theme's default, the event's name) says
    /// nothing new after the first: later copies go, the photos stay.
    fn drop_repeated_captions(&mut self) {
        let mut seen: Vec<String> = Vec::new();
        for block in &mut self.blocks {
            if let Block::Figure { caption, .. } = block {
                let key = text_key(caption);
                if key.is_empty() {
                    continue;
                }
                if seen.contains(&key) {
                    caption.clear();
                } else {
                    seen.push(key);
                }
            }
        }
    }

    /// A run of paragraphs that are each one link, closing the article ("You may also like…"
    /// and the headlines under it), is a list of other stories, not the story's end. Two or
    /// more such paragraphs go, with a short lead-in right before them.
    fn trim_trailing_links(&mut self) {
        const MIN_RUN: usize = 2;
        const LEAD_IN_CHARS: usize = 60;
        let link_only = |b: &Block| matches!(b, Block::Paragraph { inlines } if link_only(inlines));
        let mut run = 0;
        while let Some(&(index, _)) = self.paragraphs.iter().rev().nth(run) {
            let last_index = self.blocks.len() - 1 - run;
            if index != last_index || !link_only(&self.blocks[index]) {
                break;
            }
            run += 1;
        }
        if run < MIN_RUN {
            return;
        }
        let mut cut = run;
        if let Some(&(index, _)) = self.paragraphs.iter().rev().nth(run) {
            let text = self.blocks[index].plain_text();
            let lead_in = index + 1 + run == self.blocks.len()
                && text.chars().count() <= LEAD_IN_CHARS
                && (text.ends_with(':') || text.ends_with("...") || text.ends_with('…'));
            if lead_in {
                cut += 1;
            }
        }
        let keep = self.paragraphs.len() - cut;
        let first = self.paragraphs[keep].0;
        let nodes: Vec<NodeId> = self.paragraphs[keep..].iter().map(|&(_, n)| n).collect();
        self.last_furniture = self.last_furniture.max(nodes[0]);
        self.blocks.truncate(first);
        self.cards.retain(|&c| c < first);
        self.paragraphs.truncate(keep);
        let text = nodes
            .iter()
            .map(|&n| self.doc.text_content(n))
            .collect::<Vec<_>>()
            .join("\n");
        self.removed
            .push(removed(self.doc, nodes[0], &text, "links to other stories"));
    }

    /// Teasers for other stories set in the body: a paragraph or heading that is a short lead-in
    /// and links ("Related: <a>…</a>", "[Also see: <a>…</a>]"), or such a lead-in alone over
    /// lists of links only ("More:" over three headlines). Advertiser disclosures go too.
    fn drop_link_teasers(&mut self) {
        let mut gone = vec![false; self.blocks.len()];
        let mut disclosures = Vec::new();
        let mut i = 0;
        while i < self.blocks.len() {
            let inlines = match &self.blocks[i] {
                Block::Paragraph { inlines } | Block::Heading { inlines, .. } => inlines,
                _ => {
                    i += 1;
                    continue;
                }
            };
            if is_link_teaser(inlines) {
                gone[i] = true;
            } else if matches!(self.blocks[i], Block::Paragraph { .. })
                && is_disclosure(&self.blocks[i].plain_text())
            {
                gone[i] = true;
                disclosures.push(i);
            } else if is_teaser_lead(&inlines.iter().map(Inline::text).collect::<String>()) {
                let lists = self.blocks[i + 1..]
                    .iter()
                    .take_while(|b| matches!(b, Block::List { items, .. } if items.iter().all(|it| link_only(it))))
                    .count();
                if lists > 0 {
                    gone[i..=i + lists].iter_mut().for_each(|g| *g = true);
                    i += lists;
                }
            }
            i += 1;
        }
        if !gone.contains(&true) {
            return;
        }
        for &(index, node) in self.paragraphs.iter().chain(&self.headings) {
            if gone[index] {
                self.last_furniture = self.last_furniture.max(node);
                let text = self.blocks[index].plain_text();
                if text.chars().count() >= MIN_REMOVED_CHARS as usize {
                    let reason = if disclosures.contains(&index) {
                        "advertiser disclosure"
                    } else {
                        "links to other stories"
                    };
                    self.removed.push(removed(self.doc, node, &text, reason));
                }
            }
        }
        // New indexes: each kept block moves up by the number of blocks gone before it.
        let mut new_index = Vec::with_capacity(gone.len());
        let mut kept = 0;
        for &g in &gone {
            new_index.push(kept);
            kept += usize::from(!g);
        }
        let remap = |v: &mut Vec<(usize, NodeId)>| {
            v.retain(|&(i, _)| !gone[i]);
            v.iter_mut().for_each(|(i, _)| *i = new_index[*i]);
        };
        remap(&mut self.paragraphs);
        remap(&mut self.headings);
        self.cards.retain(|&c| !gone[c]);
        self.cards.iter_mut().for_each(|c| *c = new_index[*c]);
        let mut index = 0;
        self.blocks.retain(|_| {
            index += 1;
            !gone[index - 1]
        });
    }

    /// A heading that closes the body over furniture that was left out ("Comments" over the
    /// comment count, "Popular on …" over a list of links) announces nothing of the story: it
    /// goes. A closing heading over nothing, or over text the page hides, stays.
    fn trim_trailing_headings(&mut self) {
        while let Some(&(index, id)) = self.headings.last() {
            if index + 1 != self.blocks.len() || id > self.last_furniture {
                break;
            }
            self.blocks.pop();
            self.headings.pop();
        }
        let n = self.blocks.len();
        self.paragraphs.retain(|&(i, _)| i < n);
        self.cards.retain(|&c| c < n);
    }

    /// Adds a player's link; outside quotes it is marked as a card.
    fn push_card(&mut self, card: Block) {
        if self.quotes == 0 {
            self.cards.push(self.blocks.len());
        }
        self.blocks.push(card);
    }

    /// Renders the subtree at `root` into blocks, with an explicit stack of tasks.
    fn walk(&mut self, root: NodeId) {
        let mut tasks = vec![Task::Block(root, 0)];
        let mut saved: Vec<Saved> = Vec::new();
        while let Some(task) = tasks.pop() {
            match task {
                Task::Block(id, depth) => self.block(id, depth, &mut tasks, &mut saved),
                Task::Flush => self.flush(),
                Task::EndQuote => self.end_quote(&mut saved),
            }
        }
    }

    fn end_quote(&mut self, saved: &mut Vec<Saved>) {
        self.flush();
        let outer = saved.pop().expect("every quote end has its start");
        self.quotes -= 1;
        let blocks = std::mem::replace(&mut self.blocks, outer.blocks);
        let removed = std::mem::replace(&mut self.removed, outer.removed);
        self.pending = outer.pending;
        self.removed_until = outer.removed_until;
        self.title_key = outer.title_key;
        self.removed.extend(removed);
        if !blocks.is_empty() {
            self.blocks.push(Block::Quote { blocks });
        }
    }

    /// Ends the paragraph being collected, if it has any words.
    fn flush(&mut self) {
        let inlines = tidy(std::mem::take(&mut self.pending));
        let text: String = inlines.iter().map(Inline::text).collect();
        if !inlines.is_empty() && !is_ui_label(&text) {
            self.blocks.push(Block::Paragraph { inlines });
        }
    }

    /// Why `id` stays out of the reader, if it does.
    fn drop_reason(&self, id: NodeId) -> Option<&'static str> {
        let doc = self.doc;
        let tag = doc.tag(id);
        let reason = match self.skip[id] {
            Skip::NonContent => return Some(""),
            Skip::Hidden => "hidden on the page",
            Skip::Unlikely => "page furniture (its class, id or role)",
            Skip::CleanedUp => "hidden by the clean-up",
            Skip::Keep if is_always_dropped(tag) || tag == "iframe" => "form, navigation or embed",
            Skip::Keep if self.flags.strip_unlikely && is_unlikely_candidate(doc, id) => {
                "page furniture (its class, id or role)"
            }
            Skip::Keep
                if self.flags.clean_conditionally
                    && looks_like_furniture(doc, id, self.flags.weight_classes)
                    && !self.holds_most_paragraphs(id) =>
            {
                "links, images or forms more than prose"
            }
            Skip::Keep if is_share_bar(doc, id) => "share buttons",
            // Shown under its picture: not text of the story, not removed either.
            Skip::Keep if is_picture_caption(doc, id) => return Some(""),
            Skip::Keep if is_gallery_chrome(doc, id) => "image gallery, caption or credit",
            Skip::Keep if is_byline_or_date(doc, id) => "byline or date (shown in the header)",
            Skip::Keep if is_author_box(doc, id) => "about the author",
            Skip::Keep => return None,
        };
        Some(reason)
    }

    /// True when `id` holds most of the chosen content's paragraphs: the story itself, whatever
    /// share buttons and icons sit beside it (conditional cleaning removes furniture from the
    /// story, never the story).
    fn holds_most_paragraphs(&self, id: NodeId) -> bool {
        paragraph_chars(self.doc, id) * 2 > self.paragraph_chars
    }

    /// True when `id` stays out; a dropped block with words is recorded so a person can see it.
    fn is_dropped(&mut self, id: NodeId) -> bool {
        let Some(reason) = self.drop_reason(id) else {
            return false;
        };
        let chars = self.doc.stats[id].chars;
        if !reason.is_empty() && reason != "hidden on the page" && chars > 0 {
            self.last_furniture = self.last_furniture.max(id);
        }
        let nested = self.removed_until > id;
        if !reason.is_empty() && !nested && chars >= MIN_REMOVED_CHARS {
            self.removed
                .push(removed(self.doc, id, &self.doc.text_content(id), reason));
            self.removed_until = self.doc.node(id).end;
        }
        true
    }

    /// One node of the block walk; what comes after its children goes onto `tasks`.
    fn block(&mut self, id: NodeId, depth: usize, tasks: &mut Vec<Task>, saved: &mut Vec<Saved>) {
        let doc = self.doc;
        if let Some(text) = doc.text(id) {
            self.pending.push(Inline::Text {
                text: collapse_keeping_edges(text),
            });
            return;
        }
        if doc.element(id).is_none() {
            return;
        }
        match doc.tag(id) {
            "iframe" | "embed" if !doc.is_hidden_by_markup(id) => {
                if let Some(card) = self.embed_card(id) {
                    self.flush();
                    self.push_card(card);
                }
                return;
            }
            "noscript" => {
                if let Some(figure) = self.noscript_figure(id) {
                    self.flush();
                    self.blocks.push(figure);
                }
                return;
            }
            _ => {}
        }
        if self.is_dropped(id) {
            return;
        }
        let tag = doc.tag(id);
        if depth > MAX_DEPTH {
            self.pending.push(Inline::Text {
                text: format!(" {} ", doc.text_content(id)),
            });
            return;
        }
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let text = doc.text_content(id);
                let negative = self.flags.weight_classes && class_weight(doc, id) < 0.0;
                let repeats_title = !self.title_key.is_empty()
                    && text_key(&super::metadata::headline_text(doc, id)) == self.title_key;
                if !negative && !repeats_title && !text.is_empty() {
                    if self.quotes == 0 {
                        self.headings.push((self.blocks.len(), id));
                    }
                    let level = tag.as_bytes()[1] - b'0';
                    self.blocks.push(Block::Heading {
                        level: level.max(2),
                        inlines: self.inlines(id),
                    });
                }
            }
            "p" => {
                self.flush();
                self.pending = self.inlines(id);
                let before = self.blocks.len();
                self.flush();
                if self.quotes == 0 && self.blocks.len() > before {
                    self.paragraphs.push((before, id));
                } else if self.blocks.len() == before && doc.stats[id].chars > 0 {
                    // A control's label ("12 comments") left out.
                    self.last_furniture = id;
                }
                self.figures_inside(id);
            }
            "ul" | "ol" => {
                self.flush();
                let mut items: Vec<Vec<Inline>> = Vec::new();
                for li in doc.child_elements(id) {
                    if !self.is_dropped(li) {
                        items.push(self.inlines(li));
                    }
                }
                items.retain(|i| !i.is_empty());
                if !items.is_empty() {
                    self.blocks.push(Block::List {
                        ordered: tag == "ol",
                        items,
                    });
                }
            }
            "blockquote" => {
                self.flush();
                // Its children render as a fresh renderer with no title would; end_quote
                // wraps what they gave in a quote block.
                saved.push(Saved {
                    blocks: std::mem::take(&mut self.blocks),
                    pending: std::mem::take(&mut self.pending),
                    removed: std::mem::take(&mut self.removed),
                    removed_until: std::mem::replace(&mut self.removed_until, 0),
                    title_key: std::mem::take(&mut self.title_key),
                });
                tasks.push(Task::EndQuote);
                self.quotes += 1;
                for &child in doc.children(id).iter().rev() {
                    tasks.push(Task::Block(child, depth + 1));
                }
            }
            "pre" => {
                self.flush();
                let text = raw_text(doc, id);
                if !text.trim().is_empty() {
                    self.blocks.push(Block::Preformatted { text });
                }
            }
            "table" if is_data_table(doc, id) => {
                self.flush();
                let rows = table_rows(doc, id);
                if !rows.is_empty() {
                    self.blocks.push(Block::Table { rows });
                }
            }
            "figure"
                if !doc
                    .descendants(id)
                    .any(|d| matches!(doc.tag(d), "img" | "picture"))
                    && doc
                        .descendants(id)
                        .any(|d| matches!(doc.tag(d), "table" | "pre")) =>
            {
                // A figure that holds a table or code rather than a picture: its content is
                // the story's.
                self.flush();
                tasks.push(Task::Flush);
                for &child in doc.children(id).iter().rev() {
                    tasks.push(Task::Block(child, depth + 1));
                }
            }
            "figure" | "picture" | "img" => {
                self.flush();
                if let Some(figure) = self.figure(id) {
                    self.blocks.push(figure);
                }
            }
            "br" => self.pending.push(Inline::Break),
            "hr" => self.flush(),
            _ if is_inline_tag(tag) && !has_block_descendant(doc, id) => {
                let runs = self.inlines_of(id);
                self.pending.extend(runs);
            }
            _ => {
                // A container: its children are blocks; loose text between them is a paragraph.
                self.flush();
                tasks.push(Task::Flush);
                for &child in doc.children(id).iter().rev() {
                    tasks.push(Task::Block(child, depth + 1));
                }
            }
        }
    }

    /// The inline runs inside `id` (its own element is not a run).
    fn inlines(&self, id: NodeId) -> Vec<Inline> {
        let mut runs = Vec::new();
        for &c in self.doc.children(id) {
            self.collect_inline(c, &mut runs);
        }
        tidy(runs)
    }

    /// The runs for `id` itself (used when an inline element sits directly in a container).
    fn inlines_of(&self, id: NodeId) -> Vec<Inline> {
        let mut runs = Vec::new();
        self.collect_inline(id, &mut runs);
        runs
    }

    /// The inline runs of the subtree at `root`, walked with an explicit stack.
    fn collect_inline(&self, root: NodeId, runs: &mut Vec<Inline>) {
        let mut stack = vec![InlineTask::Node(root, 0)];
        while let Some(task) = stack.pop() {
            match task {
                InlineTask::Space => runs.push(Inline::Text { text: " ".into() }),
                InlineTask::Node(id, depth) => self.inline_node(id, depth, runs, &mut stack),
            }
        }
    }

    /// One node of the inline walk; its children (and a closing space) go onto `stack`.
    fn inline_node(
        &self,
        id: NodeId,
        depth: usize,
        runs: &mut Vec<Inline>,
        stack: &mut Vec<InlineTask>,
    ) {
        let doc = self.doc;
        match &doc.node(id).kind {
            NodeKind::Text(t) => runs.push(Inline::Text {
                text: collapse_keeping_edges(t),
            }),
            NodeKind::Element(e) => {
                if self.skip[id].is_out() || is_always_dropped(&e.tag) || e.tag == "iframe" {
                    return;
                }
                // A captioning paragraph inside a list item stays as words: lists show no figures.
                if is_control_label(doc, id) || e.tag != "p" && is_picture_caption(doc, id) {
                    return;
                }
                let text = || {
                    let mut s = String::new();
                    // "for their<b><i> Starry</i></b>": the space inside still parts the words.
                    if edge_spaces(doc, id).0 {
                        s.push(' ');
                    }
                    s.push_str(&doc.text_content(id));
                    s
                };
                match e.tag.as_str() {
                    "br" => runs.push(Inline::Break),
                    "a" => {
                        let mut t = doc.text_content(id);
                        for d in doc.descendants(id).filter(|&d| is_control_label(doc, d)) {
                            t = collapse_whitespace(&t.replacen(&doc.text_content(d), "", 1));
                        }
                        if t.is_empty() {
                            // A link holding only a space still parts the words around it.
                            if edge_spaces(doc, id).0 {
                                runs.push(Inline::Text { text: " ".into() });
                            }
                            return;
                        }
                        let (before, after) = edge_spaces(doc, id);
                        if before {
                            runs.push(Inline::Text { text: " ".into() });
                        }
                        match e.attr("href").map(|h| url::join(self.base.as_deref(), h)) {
                            Some(href) if url::is_safe_link(&href) => {
                                runs.push(Inline::Link { text: t, href })
                            }
                            _ => runs.push(Inline::Text { text: t }),
                        }
                        if after {
                            runs.push(Inline::Text { text: " ".into() });
                        }
                    }
                    "strong" | "b" | "em" | "i" | "cite" | "code" | "kbd" | "samp" | "tt"
                        if !doc.descendants(id).any(|d| doc.tag(d) == "br") =>
                    {
                        let run = match e.tag.as_str() {
                            "strong" | "b" => Inline::Strong { text: text() },
                            "em" | "i" | "cite" => Inline::Emphasis { text: text() },
                            _ => Inline::Code {
                                text: doc.text_content(id),
                            },
                        };
                        runs.push(run);
                        // "<b>Note </b>that": the space inside the element still parts words.
                        if edge_spaces(doc, id).1 {
                            runs.push(Inline::Text { text: " ".into() });
                        }
                    }
                    "img" | "picture" | "figure" | "video" | "audio" => {}
                    _ if depth > MAX_DEPTH => runs.push(Inline::Text { text: text() }),
                    tag => {
                        let block = !is_inline_tag(tag);
                        if block {
                            runs.push(Inline::Text { text: " ".into() });
                            stack.push(InlineTask::Space);
                        }
                        for &c in doc.children(id).iter().rev() {
                            stack.push(InlineTask::Node(c, depth + 1));
                        }
                    }
                }
            }
            NodeKind::Document => {}
        }
    }

    /// Images and players that sit inside a paragraph become figures and links after it.
    fn figures_inside(&mut self, id: NodeId) {
        let doc = self.doc;
        for d in doc.descendants(id) {
            match doc.tag(d) {
                "img" => self.blocks.extend(self.figure(d)),
                "iframe" | "embed" => {
                    if let Some(card) = self.embed_card(d) {
                        self.push_card(card);
                    }
                }
                _ => {}
            }
        }
    }

    fn figure(&self, id: NodeId) -> Option<Block> {
        let doc = self.doc;
        let img = if doc.tag(id) == "img" {
            id
        } else {
            doc.descendants(id).find(|&d| doc.tag(d) == "img")?
        };
        let src = url::safe_image(self.base.as_deref(), &image_source(doc, img)?)?;
        // Its figcaption, or else a caption or credit set next to it in running text.
        let caption = doc
            .descendants(id)
            .find(|&d| doc.tag(d) == "figcaption")
            .or_else(|| {
                picture_boxes(doc, img)
                    .find_map(|a| doc.descendants(a).find(|&d| is_picture_caption(doc, d)))
            })
            .map(|c| doc.text_content(c))
            .unwrap_or_default();
        Some(Block::Figure {
            src,
            alt: doc
                .attr(img, "alt")
                .map(collapse_whitespace)
                .unwrap_or_default(),
            caption,
        })
    }
}

impl Renderer<'_> {
    /// A video or post player (`iframe`, `embed`) from a known host, as a paragraph holding one
    /// link to it: the reader cannot run the player, but the reader's reader can follow it.
    fn embed_card(&self, id: NodeId) -> Option<Block> {
        let doc = self.doc;
        let src = ["src", "data-src", "data-lazy-src"]
            .iter()
            .find_map(|a| doc.attr(id, a).filter(|v| !v.trim().is_empty()))?;
        let href = embed_page(&url::join(self.base.as_deref(), src))?;
        let text = doc
            .attr(id, "title")
            .map(collapse_whitespace)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| href.clone());
        Some(Block::Paragraph {
            inlines: vec![Inline::Link { text, href }],
        })
    }

    /// The picture a `noscript` holds for browsers without scripts, when the lazy image before
    /// it has no usable address of its own (the scripts would have set it). The noscript's
    /// content is raw markup: its first `img` is read for `src` and `alt`.
    fn noscript_figure(&self, id: NodeId) -> Option<Block> {
        let doc = self.doc;
        if doc.is_hidden_by_markup(id) {
            return None;
        }
        let previous = doc
            .parent(id)
            .map(|p| doc.child_elements(p).take_while(|&c| c != id).last())?;
        let covered = previous.is_some_and(|p| {
            std::iter::once(p)
                .chain(doc.descendants(p))
                .any(|d| doc.tag(d) == "img" && image_source(doc, d).is_some())
        });
        if covered {
            return None;
        }
        let raw = snapshot::raw_text(doc, id)?;
        let tag_start = raw.find("<img")?;
        let tag_end = raw[tag_start..]
            .find('>')
            .map_or(raw.len(), |e| tag_start + e);
        let img = &raw[tag_start..tag_end];
        let src = markup_attr(img, "src")?;
        Some(Block::Figure {
            src: url::safe_image(self.base.as_deref(), &src)?,
            alt: markup_attr(img, "alt").unwrap_or_default(),
            caption: String::new(),
        })
    }
}

/// Hosts whose players the reader shows as links.
const EMBED_HOSTS: &[&str] = &[
    "youtube.com",
    "youtube-nocookie.com",
    "youtu.be",
    "vimeo.com",
    "dailymotion.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "facebook.com",
    "tiktok.com",
    "soundcloud.com",
    "spotify.com",
];

/// The page a player's address stands for (YouTube and Vimeo players become their watch
/// pages), or `None` for a frame that is not a known player.
pub fn embed_page(src: &str) -> Option<String> {
    if !src.starts_with("https://") && !src.starts_with("http://") {
        return None;
    }
    let host = url::host(src)?;
    let known = EMBED_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")));
    if !known {
        return None;
    }
    let path = src.split_once("://")?.1;
    let path = &path[path.find('/').unwrap_or(path.len())..];
    let id = |prefix: &str| {
        path.strip_prefix(prefix)
            .map(|rest| rest.split(['?', '#', '/']).next().unwrap_or(""))
            .filter(|v| !v.is_empty())
    };
    if host.contains("youtube") {
        if let Some(v) = id("/embed/") {
            return Some(format!("https://www.youtube.com/watch?v={v}"));
        }
    }
    if host == "player.vimeo.com" {
        if let Some(v) = id("/video/") {
            return Some(format!("https://vimeo.com/{v}"));
        }
    }
    Some(src.to_string())
}

/// The value of attribute `name` in one tag of raw markup (`<img src="a.jpg" alt='b'>`).
fn markup_attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name).map(|i| i + from) {
        from = i + name.len();
        let before_ok = lower[..i].ends_with(char::is_whitespace);
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_at = tag.len() - rest.len() + 1;
        let value = tag[value_at..].trim_start();
        let v = match value.chars().next()? {
            q @ ('"' | '\'') => value[1..].split(q).next()?,
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()?,
        };
        let v = v.replace("&amp;", "&");
        return Some(v.trim().to_string()).filter(|v| !v.is_empty());
    }
    None
}

/// Whether the element's text starts and ends with white space (which `text_content` trims
/// but which still separates it from the words around it).
fn edge_spaces(doc: &Document, id: NodeId) -> (bool, bool) {
    let texts = || {
        doc.descendants(id)
            .filter_map(|d| doc.text(d))
            .filter(|t| !t.is_empty())
    };
    let first = texts().next().is_some_and(starts_with_space);
    let last = texts()
        .next_back()
        .is_some_and(|t| t.ends_with(char::is_whitespace));
    (first, last)
}

fn starts_with_space(t: &str) -> bool {
    t.starts_with(char::is_whitespace)
}

/// Collapses white space but keeps one space at either edge, so runs join with spaces.
fn collapse_keeping_edges(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    push_collapsed(&mut out, text);
    out
}

/// Merges neighbouring text runs, trims the paragraph's edges and drops empty runs.
fn tidy(runs: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(runs.len());
    for run in runs {
        let after_break_or_start = matches!(out.last(), None | Some(Inline::Break));
        match (out.last_mut(), run) {
            (Some(Inline::Text { text: prev }), Inline::Text { text }) => {
                if prev.ends_with(' ') && text.starts_with(' ') {
                    prev.push_str(text.trim_start());
                } else {
                    prev.push_str(&text);
                }
            }
            (_, Inline::Break) if after_break_or_start => {}
            (_, run) => out.push(run),
        }
    }
    // Edges: no leading/trailing spaces or breaks.
    while matches!(out.last(), Some(Inline::Break)) {
        out.pop();
    }
    if let Some(Inline::Text { text }) = out.first_mut() {
        *text = text.trim_start().to_string();
    }
    if let Some(Inline::Text { text }) = out.last_mut() {
        *text = text.trim_end().to_string();
    }
    out.retain(|r| !matches!(r, Inline::Text { text } if text.is_empty()));
    if out.iter().all(|r| r.text().chars().all(text::is_blank)) {
        out.clear();
    }
    out
}

fn is_inline_tag(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "tt"
            | "u"
            | "var"
            | "wbr"
            | "br"
            | "del"
            | "ins"
            | "label"
    )
}

fn has_block_descendant(doc: &Document, id: NodeId) -> bool {
    doc.descendants(id)
        .any(|d| super::signals::is_block_tag(doc.tag(d)) && doc.tag(d) != "img")
}

/// Text with its line breaks, for `pre`.
fn raw_text(doc: &Document, id: NodeId) -> String {
    let mut out = String::new();
    for d in doc.descendants(id) {
        if let Some(t) = doc.text(d) {
            out.push_str(t);
        } else if doc.tag(d) == "br" {
            out.push('\n');
        }
    }
    out.trim_matches('\n').to_string()
}

/// The image's real address: lazy-loading attributes first, tiny data: placeholders ignored.
pub fn image_source(doc: &Document, img: NodeId) -> Option<String> {
    const LAZY: &[&str] = &[
        "data-src",
        "data-original",
        "data-lazy-src",
        "data-actualsrc",
        "data-url",
        "data-hi-res-src",
    ];
    let from_srcset = |name: &str| {
        doc.attr(img, name)
            .and_then(|s| s.split(',').next())
            .and_then(|c| c.split_whitespace().next())
            .map(str::to_string)
    };
    let src = LAZY
        .iter()
        .find_map(|a| {
            doc.attr(img, a)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
        .or_else(|| {
            doc.attr(img, "src")
                .map(str::trim)
                .filter(|s| !s.is_empty() && !s.starts_with("data:"))
                .map(str::to_string)
        })
        .or_else(|| from_srcset("data-srcset"))
        .or_else(|| from_srcset("srcset"))?;
    let tiny = |a: &str| {
        doc.attr(img, a)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .is_some_and(|v| v <= 2)
    };
    if tiny("width") || tiny("height") {
        return None;
    }
    Some(src)
}

/// The article's lead picture when it stands before the body, outside it (a hero image above
/// the headline): the nearest sizeable image before `root` within a few levels of its
/// ancestors, not in navigation or chrome, not a logo, avatar or icon.
pub fn lead_image_before(doc: &Document, root: NodeId, base: Option<&str>) -> Option<String> {
    const LEVELS: usize = 3;
    const SMALL: u32 = 150;
    for ancestor in doc.ancestors(root).take(LEVELS) {
        if matches!(doc.tag(ancestor), "body" | "html") {
            break;
        }
        let found = doc
            .descendants(ancestor)
            .take_while(|&d| d < root)
            .filter(|&d| doc.tag(d) == "img")
            .filter(|&img| {
                let chrome = doc.ancestors(img).take_while(|&a| a != ancestor).any(|a| {
                    matches!(doc.tag(a), "nav" | "aside" | "footer" | "a")
                        || doc.is_hidden_by_markup(a)
                        || is_unlikely_candidate(doc, a)
                });
                let small = ["width", "height"].iter().any(|a| {
                    doc.attr(img, a)
                        .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
                        .is_some_and(|v| v < SMALL)
                });
                let named = |v: &str| {
                    let v = v.to_ascii_lowercase();
                    ["logo", "avatar", "icon", "sprite", "author", "profile"]
                        .iter()
                        .any(|w| v.contains(w))
                };
                let is_named = doc.class_and_id(img).contains("logo")
                    || ["class", "id", "src", "alt"]
                        .iter()
                        .filter_map(|a| doc.attr(img, a))
                        .any(named);
                !chrome && !small && !is_named && !doc.is_hidden_by_markup(img)
            })
            .filter_map(|img| url::safe_image(base, &image_source(doc, img)?))
            .last();
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Readability's data-table test: tables for data, not for layout.
pub fn is_data_table(doc: &Document, id: NodeId) -> bool {
    if doc.attr(id, "role") == Some("presentation") || doc.attr(id, "datatable") == Some("0") {
        return false;
    }
    if doc.attr(id, "summary").is_some() {
        return true;
    }
    let mut rows = 0;
    let mut max_cols = 0;
    for d in doc.descendants(id) {
        match doc.tag(d) {
            "caption" | "th" | "thead" | "tfoot" | "colgroup" | "col" => return true,
            "table" => return false,
            "tr" => {
                rows += 1;
                max_cols = max_cols.max(
                    doc.child_elements(d)
                        .filter(|&c| matches!(doc.tag(c), "td" | "th"))
                        .count(),
                );
            }
            _ => {}
        }
    }
    rows >= 10 || max_cols > 4 || rows * max_cols > 10
}

fn table_rows(doc: &Document, id: NodeId) -> Vec<Vec<Cell>> {
    doc.descendants(id)
        .filter(|&d| doc.tag(d) == "tr")
        .map(|tr| {
            doc.child_elements(tr)
                .filter(|&c| matches!(doc.tag(c), "td" | "th"))
                .map(|c| Cell {
                    header: doc.tag(c) == "th",
                    text: doc.text_content(c),
                })
                .collect::<Vec<_>>()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// Bylines and time stamps: the reader shows them in its header, not in the body.
fn is_byline_or_date(doc: &Document, id: NodeId) -> bool {
    const WORDS: &[&str] = &[
        "byline",
        "timestamp",
        "date",
        "time",
        "author",
        "posted",
        "updated",
        "publish",
        "published",
        "pubdate",
        "dateline-time",
    ];
    if doc.stats[id].chars >= 120 || matches!(doc.tag(id), "h1" | "h2" | "h3") {
        return false;
    }
    if doc.tag(id) == "time" {
        return true;
    }
    let s = doc.class_and_id(id);
    s.split(|c: char| !c.is_ascii_alphanumeric()).any(|token| {
        WORDS
            .iter()
            .any(|w| token == *w || token.starts_with("byline"))
    })
}

/// Characters of text in the `p` elements at or below `id`.
fn paragraph_chars(doc: &Document, id: NodeId) -> u32 {
    let mut total = 0;
    let mut d = id;
    let end = doc.node(id).end;
    while d < end {
        if doc.tag(d) == "p" {
            total += doc.stats[d].chars;
            d = doc.node(d).end;
        } else {
            d += 1;
        }
    }
    total
}

/// A picture's caption or credit set in running text ("<p><span class=image><img><span
/// class=caption>…</span></span>…"): an element named as a caption or credit, with no picture
/// of its own, next to one (a picture within a few levels up). The picture becomes a figure;
/// its caption is not the story's text.
fn is_picture_caption(doc: &Document, id: NodeId) -> bool {
    if matches!(doc.tag(id), "figcaption" | "a") || doc.stats[id].chars >= 600 {
        return false;
    }
    let s = doc.class_and_id(id);
    let named = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|t| t.starts_with("caption") || t == "credit" || t == "credits" || t == "attribution");
    named
        && !doc.descendants(id).any(|d| doc.tag(d) == "img")
        && picture_boxes(doc, id).any(|a| doc.descendants(a).any(|d| doc.tag(d) == "img"))
}

/// The containers, a few levels up from `id`, that may pair a picture with its caption: each
/// holds at most one picture (not the caption of the next picture along).
fn picture_boxes(doc: &Document, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    const LEVELS: usize = 3;
    doc.ancestors(id).take(LEVELS).take_while(|&a| {
        !matches!(doc.tag(a), "body" | "article" | "main")
            && doc
                .descendants(a)
                .filter(|&d| doc.tag(d) == "img")
                .nth(1)
                .is_none()
    })
}

/// The box about the author under (or over) the story: a container named for the author
/// ("post-author", "entry-author-bio", "author__content"), short, holding their name, photo
/// and a line or two about them.
fn is_author_box(doc: &Document, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 1_200;
    if !matches!(
        doc.tag(id),
        "div" | "section" | "aside" | "footer" | "header"
    ) || doc.stats[id].chars >= MAX_CHARS
    {
        return false;
    }
    // A short story in a container so named is no box: it has a headline or paragraphs.
    let story_like = doc
        .descendants(id)
        .filter(|&d| matches!(doc.tag(d), "p" | "h1"))
        .nth(2)
        .is_some();
    let s = doc.class_and_id(id);
    !story_like
        && (s
            .split(|c: char| c.is_ascii_whitespace())
            .any(|t| t.contains("author") && !t.contains("authority"))
            || introduces_its_author(doc, id))
}

/// A box whose class names say nothing ("css-1e54vvi") but whose content is the author's card:
/// a link to the author's page, and a paragraph about them that begins with the same name
/// ("Jane Doe is a writer and editor…", not a closing "Jane Doe contributed.").
fn introduces_its_author(doc: &Document, id: NodeId) -> bool {
    const MIN_BIO_CHARS: u32 = 100;
    if doc.stats[id].links == 0 {
        return false;
    }
    let name = doc.descendants(id).find_map(|d| {
        (doc.tag(d) == "a" && super::metadata::is_author_page(doc.attr(d, "href")))
            .then(|| doc.text_content(d))
            .filter(|n| n.split_whitespace().count() >= 2)
    });
    name.is_some_and(|name| {
        doc.descendants(id)
            .filter(|&d| doc.tag(d) == "p" && doc.stats[d].chars >= MIN_BIO_CHARS)
            .any(|d| doc.text_content(d).starts_with(name.as_str()))
    })
}

/// Slideshow and caption furniture outside `figure`: captions, credits, gallery controls. The
/// reader keeps pictures as figures; their loose captions are not the story.
fn is_gallery_chrome(doc: &Document, id: NodeId) -> bool {
    const WORDS: &[&str] = &[
        "caption",
        "credit",
        "gallery",
        "slideshow",
        "carousel",
        "lightbox",
    ];
    if matches!(
        doc.tag(id),
        "figure" | "picture" | "img" | "figcaption" | "p" | "body" | "article" | "main"
    ) {
        return false;
    }
    let s = doc.class_and_id(id);
    WORDS.iter().any(|w| s.contains(w))
        && !s.contains("article")
        && !s.contains("content")
        && doc.stats[id].chars < 2_000
        && !doc.descendants(id).any(|d| doc.tag(d) == "img")
}

/// Share and social bars (short, link-only) that sit inside articles.
fn is_share_bar(doc: &Document, id: NodeId) -> bool {
    let s = doc.class_and_id(id);
    (s.contains("share") || s.contains("sharedaddy")) && doc.stats[id].chars < 500
}
