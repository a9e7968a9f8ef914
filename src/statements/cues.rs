//! Speech verbs (inflected by rule, not listed form by form) and the phrases around them:
//! channels ("wrote on Koo", "said in a statement"), times ("said on Monday that") and
//! "according to".

use super::lexicon;
use super::segment::{Seg, Tk};

/// How a verb takes what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A clause, a quotation, or stands after them ("said", "noted that").
    Say,
    /// Addressee first, then clause or quotation ("told reporters that").
    Tell,
    /// What was said is the object ("rejected the charge", "called for a rollback").
    Obj,
    /// Object and what it is told to do ("asked States to keep watch").
    Dir,
}

/// A clause may follow without "that" ("said the minister alone could ...").
pub const BARE: u8 = 1;
/// May stand after the statement ("..., the police said").
pub const TRAIL: u8 = 2;
/// Also a common noun: only inflected forms (-ed, -ing) or after a pronoun count.
pub const NOUNY: u8 = 4;
/// Only with a quotation or a colon ("called it 'unusual'", "continued:").
pub const QUOTE: u8 = 8;
/// Only with "that" after it (courts: "held that").
pub const THAT: u8 = 16;

#[derive(Debug)]
pub struct Verb {
    pub lemma: &'static str,
    pub class: Class,
    pub flags: u8,
}

const fn v(lemma: &'static str, class: Class, flags: u8) -> Verb {
    Verb {
        lemma,
        class,
        flags,
    }
}

use Class::{Dir, Obj, Say, Tell};

/// Tier 1–3 of the starter lexicon, minus beliefs and wishes (believe, think, hope, want...).
const VERBS: &[Verb] = &[
    v("accuse", Obj, 0),
    v("acknowledge", Say, TRAIL),
    v("add", Say, BARE | TRAIL),
    v("admit", Say, BARE | TRAIL),
    v("advise", Dir, 0),
    v("affirm", Say, TRAIL),
    v("allege", Say, BARE | TRAIL),
    v("announce", Obj, TRAIL),
    v("answer", Say, TRAIL | NOUNY),
    v("appeal", Dir, NOUNY),
    v("argue", Say, BARE | TRAIL),
    v("ask", Dir, TRAIL),
    v("assert", Say, TRAIL),
    v("assure", Tell, TRAIL),
    v("blame", Obj, NOUNY),
    v("call", Obj, QUOTE | NOUNY),
    v("caution", Say, TRAIL | NOUNY),
    v("claim", Say, BARE | TRAIL | NOUNY),
    v("clarify", Say, TRAIL),
    v("comment", Say, TRAIL | NOUNY),
    v("complain", Say, TRAIL),
    v("concede", Say, TRAIL),
    v("conclude", Say, TRAIL),
    v("condemn", Obj, 0),
    v("confirm", Obj, TRAIL),
    v("contend", Say, TRAIL),
    v("continue", Say, QUOTE | TRAIL),
    v("counter", Say, TRAIL | NOUNY),
    v("credit", Obj, NOUNY),
    v("criticise", Obj, 0),
    v("criticize", Obj, 0),
    v("declare", Say, TRAIL),
    v("demand", Obj, NOUNY),
    v("deny", Obj, TRAIL),
    v("describe", Obj, 0),
    v("direct", Dir, NOUNY),
    v("disclose", Say, TRAIL),
    v("dismiss", Obj, 0),
    v("emphasise", Say, TRAIL),
    v("emphasize", Say, TRAIL),
    v("exhort", Dir, 0),
    v("explain", Say, TRAIL),
    v("express", Obj, NOUNY),
    v("find", Say, THAT | NOUNY),
    v("highlight", Obj, NOUNY),
    v("hold", Say, THAT | NOUNY),
    v("inform", Tell, TRAIL),
    v("insist", Say, BARE | TRAIL),
    v("instruct", Dir, 0),
    v("maintain", Say, THAT | TRAIL),
    v("mention", Say, TRAIL),
    v("note", Say, BARE | TRAIL | NOUNY),
    v("observe", Say, TRAIL),
    v("order", Dir, NOUNY),
    v("overrule", Obj, 0),
    v("overturn", Obj, 0),
    v("pledge", Obj, NOUNY),
    v("point", Obj, NOUNY),
    v("post", Say, QUOTE | TRAIL | NOUNY),
    v("praise", Obj, NOUNY),
    v("predict", Say, TRAIL),
    v("promise", Obj, NOUNY),
    v("propose", Obj, 0),
    v("question", Obj, NOUNY),
    v("rap", Obj, NOUNY),
    v("read", Say, TRAIL | NOUNY),
    v("recall", Say, TRAIL | NOUNY),
    v("recommend", Obj, 0),
    v("reiterate", Say, TRAIL),
    v("reject", Obj, 0),
    v("remark", Say, TRAIL | NOUNY),
    v("reply", Say, TRAIL | NOUNY),
    v("report", Say, TRAIL | NOUNY),
    v("request", Dir, NOUNY),
    v("respond", Say, TRAIL),
    v("reveal", Say, TRAIL),
    v("rule", Say, NOUNY),
    v("say", Say, BARE | TRAIL),
    v("slam", Obj, 0),
    v("state", Say, TRAIL | NOUNY),
    v("stress", Obj, TRAIL | NOUNY),
    v("submit", Say, THAT),
    v("suggest", Say, TRAIL),
    v("tell", Tell, BARE | TRAIL),
    v("testify", Say, TRAIL),
    v("thank", Obj, 0),
    v("tweet", Say, TRAIL | NOUNY),
    v("underline", Obj, 0),
    v("underscore", Obj, 0),
    v("urge", Dir, 0),
    v("voice", Obj, NOUNY),
    v("vow", Obj, NOUNY),
    v("warn", Tell, TRAIL),
    v("welcome", Obj, NOUNY),
    v("write", Say, BARE | TRAIL),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// say, tell
    Base,
    /// says
    S,
    /// said, noted
    Past,
    /// saying
    Ing,
}

/// The verb whose lemma is `stem` followed by `tail` (no allocation: compared byte by byte).
fn lookup(stem: &str, tail: &str) -> Option<&'static Verb> {
    VERBS
        .binary_search_by(|x| lexicon::cmp_joined(x.lemma.as_bytes(), [stem, tail, ""]))
        .ok()
        .map(|i| &VERBS[i])
}

/// The speech verb a lower-case word is a form of.
pub fn verb(w: &str) -> Option<(&'static Verb, Form)> {
    let irregular = match w {
        "said" => "say",
        "told" => "tell",
        "wrote" | "written" => "write",
        "held" => "hold",
        "found" => "find",
        _ => "",
    };
    if !irregular.is_empty() {
        return lookup(irregular, "").map(|x| (x, Form::Past));
    }
    if w.len() < 3 || !w.is_ascii() {
        return None;
    }
    if let Some(x) = lookup(w, "") {
        return Some((x, Form::Base));
    }
    // (suffix, replacement, form): "denies" -> "deny", "noted" -> "note", "saying" -> "say"
    const RULES: &[(&str, &str, Form)] = &[
        ("ies", "y", Form::S),
        ("es", "", Form::S),
        ("s", "", Form::S),
        ("ied", "y", Form::Past),
        ("ed", "", Form::Past),
        ("ed", "e", Form::Past),
        ("ing", "", Form::Ing),
        ("ing", "e", Form::Ing),
    ];
    for &(suf, rep, form) in RULES {
        let Some(s) = w.strip_suffix(suf) else {
            continue;
        };
        if let Some(x) = lookup(s, rep).or_else(|| {
            if rep.is_empty() {
                undouble(s).and_then(|u| lookup(u, ""))
            } else {
                None
            }
        }) {
            return Some((x, form));
        }
    }
    None
}

/// "admitt" -> "admit", "slamm" -> "slam".
fn undouble(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let n = b.len();
    (n >= 3 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1])).then(|| &s[..n - 1])
}

/// "according to", "as per": the speaker follows.
pub fn according_to(seg: &Seg, i: usize) -> Option<usize> {
    let t = &seg.toks;
    if t[i].is("according") && t.get(i + 1).is_some_and(|x| x.is("to")) {
        return Some(i + 2);
    }
    if t[i].is("as") && t.get(i + 1).is_some_and(|x| x.is("per")) {
        return Some(i + 2);
    }
    None
}

/// Skips what may stand between a verb and what was said: times ("on Monday", "Friday",
/// "on May 8, 2025", "this week"), channels ("in a statement", "on Koo", "at a press meet",
/// "while speaking to ANI today"). Returns the next index and the channel words, if any.
pub fn skip_mods(seg: &Seg, mut j: usize, end: usize) -> (usize, Option<(usize, usize)>) {
    let t = &seg.toks;
    let mut channel = None;
    let mut guard = 0;
    while j < end && guard < 6 {
        guard += 1;
        // "said, in a written reply to the Lok Sabha, that": a phrase between commas
        if t[j].is_p(',') && j + 1 < end {
            let (k, ch) = skip_mods(seg, j + 1, end);
            if k > j + 1 && k < end && t[k].is_p(',') {
                channel = channel.or(ch);
                j = k + 1;
                continue;
            }
            break;
        }
        let w = &t[j];
        if !w.is_word() {
            break;
        }
        // bare times: "said Friday", "said today", "said then", "this week", "last month"
        if lexicon::among("this last next earlier", w.low.as_str())
            && t.get(j + 1).is_some_and(|x| lexicon::is_time_word(&x.low))
        {
            j += 2;
            continue;
        }
        if lexicon::is_time_word(&w.low) && w.low != "may" {
            j += 1;
            continue;
        }
        if lexicon::among(
            "on in at during through via while after before speaking addressing from",
            w.low.as_str(),
        ) {
            if let Some(k) = phrase_end(seg, j, end) {
                let is_channel = (j..k).any(|x| t[x].is_word() && lexicon::is_channel(&t[x].low))
                    || lexicon::among("while speaking addressing", w.low.as_str());
                // "on Monday", "in July", "on May 8, 2025"
                let is_time = (j + 1..k).any(|x| {
                    lexicon::is_time_word(&t[x].low)
                        || t[x].low.starts_with(|c: char| c.is_ascii_digit())
                });
                if is_channel || is_time {
                    if is_channel && channel.is_none() {
                        channel = Some((j, k));
                    }
                    j = k;
                    continue;
                }
            }
        }
        break;
    }
    (j, channel)
}

/// End of a short prepositional phrase starting at j: up to a comma, stop word, quote or verb,
/// at most 8 words.
fn phrase_end(seg: &Seg, j: usize, end: usize) -> Option<usize> {
    let t = &seg.toks;
    let mut k = j + 1;
    let mut n = 0;
    while k < end && n < 9 {
        let x = &t[k];
        match x.k {
            Tk::Word => {
                if x.is("that") || lexicon::is_clause_word(&x.low) && !x.is("as") {
                    break;
                }
                // a new phrase: "in a statement | on Monday"
                if k > j + 1 && lexicon::among("on in at during while after before", x.low.as_str())
                {
                    break;
                }
                // a verb ends it, but not an adjective one after an article ("a written reply")
                if verb(&x.low).is_some()
                    && !lexicon::is_channel(&x.low)
                    && !x.low.ends_with("ing")
                    && !lexicon::is_det(&t[k - 1].low)
                {
                    break;
                }
            }
            // "on May 8, 2025": a comma between digits of a date
            Tk::Punct(',')
                if t.get(k + 1)
                    .is_some_and(|y| y.low.starts_with(|c: char| c.is_ascii_digit()))
                    && t[k - 1].low.starts_with(|c: char| c.is_ascii_digit()) => {}
            Tk::Punct('\'' | '‘' | '’' | '-' | '(' | ')') => {}
            _ => break,
        }
        k += 1;
        n += 1;
    }
    (k > j + 1).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statements::segment::segment;

    #[test]
    fn verbs_are_sorted() {
        for w in VERBS.windows(2) {
            assert!(
                w[0].lemma < w[1].lemma,
                "{} before {}",
                w[0].lemma,
                w[1].lemma
            );
        }
    }

    #[test]
    fn inflections() {
        for (w, l) in [
            ("said", "say"),
            ("says", "say"),
            ("saying", "say"),
            ("noting", "note"),
            ("admitted", "admit"),
            ("replied", "reply"),
            ("denies", "deny"),
            ("criticised", "criticise"),
            ("slammed", "slam"),
            ("stated", "state"),
            ("wrote", "write"),
            ("reiterated", "reiterate"),
            ("urging", "urge"),
        ] {
            assert_eq!(verb(w).map(|x| x.0.lemma), Some(l), "{w}");
        }
        for w in [
            "believes",
            "thinks",
            "hoped",
            "wants",
            "statement",
            "sad",
            "sings",
        ] {
            assert!(verb(w).is_none(), "{w}");
        }
    }

    #[test]
    fn modifiers_after_the_verb() {
        let s = segment("The ministry said in a statement on Monday that it would respond.");
        let said = s.toks.iter().position(|t| t.is("said")).unwrap();
        let (j, ch) = skip_mods(&s, said + 1, s.toks.len());
        assert!(s.toks[j].is("that"));
        let (a, b) = ch.unwrap();
        assert_eq!(s.span(a, b), "in a statement");
        let s = segment("The IT ministry wrote on KOO.");
        let w = s.toks.iter().position(|t| t.is("wrote")).unwrap();
        let (_, ch) = skip_mods(&s, w + 1, s.toks.len());
        let (a, b) = ch.unwrap();
        assert_eq!(s.span(a, b), "on KOO");
    }
}
