//! Tokens, quotation spans and sentences of one block, by hand (no regex: size budget).
//!
//! Quotation marks are paired per block; a quote left open at the end of a block runs on into
//! the next one (news style: each paragraph of a long quote opens with a mark, only the last one
//! closes). Sentence ends inside quotations do not end the sentence around them, so
//! `"A. B," she said.` stays one sentence.

use super::lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    Word,
    Punct(char),
    /// A double quotation mark that opens a quotation.
    Open,
    /// A double quotation mark that closes one.
    Close,
}

#[derive(Debug, Clone)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: Tk,
    /// Lower-cased word ("" for marks).
    pub low: String,
    /// First letter upper-case.
    pub cap: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.k == Tk::Word
    }
    /// The lower-cased word, "" for marks.
    pub fn word(&self) -> &str {
        &self.low
    }
    pub fn is(&self, w: &str) -> bool {
        self.k == Tk::Word && self.low == w
    }
    pub fn is_p(&self, c: char) -> bool {
        self.k == Tk::Punct(c)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.k, Tk::Open | Tk::Close)
    }
}

/// A quotation: token index of its opening mark and of its closing mark (None: runs to the end
/// of the block).
#[derive(Debug, Clone, Copy)]
pub struct Quote {
    pub open: usize,
    pub close: Option<usize>,
}

pub struct Seg<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    pub quotes: Vec<Quote>,
    /// Sentences as token ranges [start, end).
    pub sents: Vec<(usize, usize)>,
    /// `inq[i]`: token i lies inside a quotation (marks included).
    pub inq: Vec<bool>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '@' || c == '_' || c == '#' || lexicon::is_mark(c)
}

/// Characters that stay inside a word when letters or digits stand on both sides
/// (micro-blogging, Kejriwal's, U.S, 1,939, 3.00, 9/11).
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '/' | '&' | '‐' | '‑')
}

fn is_dquote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″')
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| {
        if i + 1 < n {
            chars[i + 1].0
        } else {
            text.len()
        }
    };
    let mut toks = Vec::with_capacity(n / 4);
    let mut i = 0;
    while i < n {
        let (s, c) = chars[i];
        if crate::text::is_blank(c) {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                } else if (is_joiner(cj) || (cj == ',' && chars[j - 1].1.is_ascii_digit()))
                    && j + 1 < n
                    && is_word_char(chars[j + 1].1)
                    && (cj != ',' || chars[j + 1].1.is_ascii_digit())
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let e = end_of(j - 1);
            let word = &text[s..e];
            toks.push(Tok {
                s,
                e,
                k: Tk::Word,
                low: word.to_lowercase(),
                cap: word.chars().next().is_some_and(char::is_uppercase),
            });
            i = j;
            continue;
        }
        let k = if is_dquote(c) {
            let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
            let next = chars.get(i + 1).map(|x| x.1);
            quote_kind(c, prev, next)
        } else {
            Tk::Punct(c)
        };
        toks.push(Tok {
            s,
            e: end_of(i),
            k,
            low: String::new(),
            cap: false,
        });
        i += 1;
    }
    toks
}

/// Opening or closing, from the mark and the characters around it.
fn quote_kind(c: char, prev: Option<char>, next: Option<char>) -> Tk {
    match c {
        '“' | '„' | '‟' | '«' => return Tk::Open,
        '”' | '»' => return Tk::Close,
        _ => {}
    }
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let space_after = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
    if space_before && !space_after {
        Tk::Open
    } else if space_after && !space_before {
        Tk::Close
    } else if space_before {
        // a lone mark between spaces: guess opening (the pairing repairs it)
        Tk::Open
    } else {
        Tk::Close
    }
}

/// Pairs the marks. An opening mark inside an open quotation is a new paragraph of the same
/// quotation (or a nested quote written with double marks): it does not start a new one.
fn pair_quotes(toks: &mut [Tok]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..toks.len() {
        match toks[i].k {
            Tk::Open if open.is_none() => open = Some(i),
            Tk::Close => match open.take() {
                Some(o) => out.push(Quote {
                    open: o,
                    close: Some(i),
                }),
                None => {
                    // a closing mark with nothing open: it may really open one ("said:"X)
                    if i + 1 < toks.len()
                        && toks[i + 1].is_word()
                        && i > 0
                        && !toks[i - 1].is_word()
                    {
                        toks[i].k = Tk::Open;
                        open = Some(i);
                    }
                }
            },
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push(Quote {
            open: o,
            close: None,
        });
    }
    out
}

fn ends_sentence(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let c = match t.k {
        Tk::Punct(c) => c,
        _ => return false,
    };
    if !matches!(c, '.' | '!' | '?' | '…') {
        return false;
    }
    let Some(next) = toks.get(i + 1) else {
        return true;
    };
    // the next thing must look like a sentence start
    let next_ok = match next.k {
        Tk::Word => next.cap || next.low.starts_with(|c: char| c.is_ascii_digit()),
        Tk::Open => true,
        Tk::Close => false,
        Tk::Punct(p) => matches!(p, '(' | '[' | '‘' | '\''),
    };
    if !next_ok {
        return false;
    }
    if c == '.' && i > 0 && toks[i - 1].is_word() && toks[i - 1].e == t.s {
        let w = &toks[i - 1];
        if lexicon::is_abbrev(&w.low) {
            return false;
        }
        // initials (Charles E. Grassley) and dotted acronyms before a capitalised word
        let letters = w.low.chars().filter(|c| c.is_alphabetic()).count();
        if w.cap && letters == 1 {
            return false;
        }
        if w.low.contains('.')
            && next.k == Tk::Word
            && next.cap
            && !next.low.starts_with(char::is_numeric)
        {
            // "U.S. Court": keep together unless the next word is a common sentence opener
            return lexicon::is_sentence_opener(&next.low);
        }
    }
    true
}

pub fn segment(text: &str) -> Seg<'_> {
    let mut toks = tokenize(text);
    let quotes = pair_quotes(&mut toks);
    let mut inq = vec![false; toks.len()];
    for q in &quotes {
        let end = q.close.unwrap_or(toks.len().saturating_sub(1));
        for f in inq.iter_mut().take(end + 1).skip(q.open) {
            *f = true;
        }
    }
    let mut sents = Vec::new();
    let mut start = 0;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let mut cut = None;
        if !inq[i] && ends_sentence(&toks, i) {
            // keep closing brackets with the sentence they close
            let mut j = i + 1;
            while j < n && (toks[j].is_p(')') || toks[j].is_p(']')) {
                j += 1;
            }
            cut = Some(j);
        } else if toks[i].k == Tk::Close && i > 0 {
            // a quotation that ends with its own full stop ends the sentence too
            let before = &toks[i - 1];
            // a full stop closes the sentence; after "?" or "!" the attribution may follow
            // (`"...?" Sanders asked.`)
            let stop = before.is_p('.') || before.is_p('…');
            let mark = before.is_p('!') || before.is_p('?');
            if stop || mark {
                match toks.get(i + 1) {
                    None => cut = Some(i + 1),
                    Some(nx)
                        if nx.k == Tk::Open
                            || (nx.is_word()
                                && nx.cap
                                && (stop || !is_attrib_start(&toks, i + 1))) =>
                    {
                        cut = Some(i + 1)
                    }
                    _ => {}
                }
            }
        }
        if let Some(c) = cut {
            if c > start {
                sents.push((start, c));
            }
            start = c;
            i = c;
            continue;
        }
        i += 1;
    }
    if start < n {
        sents.push((start, n));
    }
    Seg {
        text,
        toks,
        quotes,
        sents,
        inq,
    }
}

/// `"...?" Sanders asked.`: a capitalised word after a closing quote may begin the attribution,
/// which belongs to the quote's sentence. True when a speech verb follows within a few words.
fn is_attrib_start(toks: &[Tok], i: usize) -> bool {
    for t in toks.iter().skip(i).take(6) {
        if !t.is_word() {
            return false;
        }
        if super::cues::verb(&t.low).is_some() {
            return true;
        }
    }
    false
}

/// The lower-cased words among `toks`, joined by single spaces. (One shared routine: every
/// `collect` of another iterator type costs its own wasm.)
pub fn joined(toks: &[Tok]) -> String {
    let mut s = String::new();
    for t in toks.iter().filter(|t| t.is_word()) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.low);
    }
    s
}

/// The lower-cased words among `toks`.
pub fn words_of(toks: &[Tok]) -> Vec<String> {
    let mut v = Vec::new();
    for t in toks.iter().filter(|t| t.is_word()) {
        v.push(t.low.clone());
    }
    v
}

impl Seg<'_> {
    /// Text of tokens [a, b) as it stands in the block.
    pub fn span(&self, a: usize, b: usize) -> &str {
        if a >= b || a >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[a].s..self.toks[b - 1].e]
    }
    /// The quotation whose opening mark is token i.
    pub fn quote_at_open(&self, i: usize) -> Option<Quote> {
        self.quotes.iter().copied().find(|q| q.open == i)
    }
    /// The quotation whose closing mark is token i.
    pub fn quote_at_close(&self, i: usize) -> Option<Quote> {
        self.quotes.iter().copied().find(|q| q.close == Some(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<String> {
        let s = segment(text);
        s.sents
            .iter()
            .map(|&(a, b)| s.span(a, b).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Upon the request of Twitter seeking a meeting with the Govt., the Secretary IT was to engage. Govt. will share its response soon. Sen. Ted Cruz spoke. Mr. Das agreed.";
        let s = sents(t);
        assert_eq!(s.len(), 4, "{s:?}");
        assert!(s[0].ends_with("engage."));
    }

    #[test]
    fn quotes_hold_their_sentences_together() {
        let t = "\u{201c}It is not without reason. There is a reason behind every order,\u{201d} the bench observed. The court agreed.";
        let s = sents(t);
        assert_eq!(s.len(), 2, "{s:?}");
        let seg = segment(t);
        assert_eq!(seg.quotes.len(), 1);
        assert!(seg.quotes[0].close.is_some());
    }

    #[test]
    fn straight_quotes_open_and_close_by_context() {
        let t = "\"In keeping with our principles, we acted. \"To do so, we believe, would violate it,\" the platform reiterated.";
        let seg = segment(t);
        assert_eq!(
            seg.quotes.len(),
            1,
            "a second opening mark continues the quote"
        );
        assert_eq!(seg.sents.len(), 1);
    }

    #[test]
    fn unclosed_quote_runs_to_block_end() {
        let seg = segment("\"The Commission weighs every factor. At present, Covid-19 matters.");
        assert_eq!(seg.quotes.len(), 1);
        assert!(seg.quotes[0].close.is_none());
    }

    #[test]
    fn quote_ending_in_full_stop_ends_sentence() {
        let s = sents("Lavasa said, \"We met all the parties.\" He added more.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn words_keep_joiners() {
        let toks = tokenize("the micro-blogging platform's U.S. 1,939-day delay");
        let w: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.low.as_str())
            .collect();
        assert_eq!(
            w,
            [
                "the",
                "micro-blogging",
                "platform's",
                "u.s",
                "1,939-day",
                "delay"
            ]
        );
    }
}
