//! Statements in one block: speech verbs and "according to" with their speakers and what was
//! said, in the shapes news uses:
//! - `"Q," NP said.` / `"Q," said NP.` (the quote; `"A," he said, "B."` is one span),
//! - `NP said: "Q"` / `NP said, "Q"` (also as the last words of a block, the quote in the next),
//! - `NP said (that) CLAUSE`, `NP rejected OBJECT`, `NP asked X to do Y`,
//! - `CLAUSE, NP said.`, `According to NP, CLAUSE.`, `CLAUSE, according to NP.`,
//! - coordinated and participle verbs (`and called ...`, `, adding that ...`),
//! - quotes with no verb that continue a speaker's quote or the previous paragraph's speaker.

use super::cues::{self, Class, Form, Verb};
use super::lexicon;
use super::segment::{Seg, Tk, Tok};
use super::speaker;

/// A statement before its speaker is resolved and classified.
#[derive(Debug, Clone)]
pub struct Raw {
    pub block: usize,
    /// Byte range in the block's text.
    pub s: usize,
    pub e: usize,
    /// The speaker as written.
    pub speaker: String,
    pub cue: String,
    /// The quote runs on past the end of the block.
    pub open: bool,
}

/// What one block leaves for the next.
#[derive(Debug, Default, Clone)]
pub struct Carry {
    pub last_speaker: Option<String>,
    pub last_block: Option<usize>,
    /// "The Court said," ending a block: the next block is what was said.
    pub lead_in: Option<(String, String)>,
    /// A quotation still open at the end of the previous block, and whose it is.
    pub open_quote: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    /// `"Q," NP said` — what was said is the quote [open, end).
    QuoteBefore(usize, usize),
    /// `CLAUSE, NP said.` — what was said is the clause before the comma at this index.
    ClauseBefore(usize),
    /// What was said follows the attribution.
    After,
}

/// How the speaker of a verb was found.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Link {
    /// Its own subject before it.
    Subject,
    /// "and called", ", adding that", "to deny": the sentence's speaker.
    Shared,
    /// `"...," said the statement`
    Inverted,
    /// "Calling the hacking a 'conspiracy', the Congress alleged"
    Initial,
}

#[derive(Debug, Clone)]
struct Cand {
    /// The verb (or "according").
    i: usize,
    /// Start and end of the attribution words.
    att_s: usize,
    att_e: usize,
    speaker: String,
    cue: String,
    shape: Shape,
    /// Starts a new statement (ends the content of an earlier one) rather than sitting inside it.
    truncates: bool,
    /// Content end fixed by the candidate itself (sentence-initial participles).
    end: Option<usize>,
    /// What was said is the verb's object ("rejected the charge"), not a clause.
    obj: bool,
    /// What was said: tokens [s, e), once found.
    content: Option<(usize, usize)>,
}

fn is_end_punct(seg: &Seg, i: usize) -> bool {
    matches!(seg.toks[i].k, Tk::Punct('.' | '!' | '?' | '…'))
}

fn word_str(seg: &Seg, a: usize, b: usize) -> String {
    seg.span(a, b).to_string()
}

/// Words before the verb that make it no statement: negation, modals, passives, refusals,
/// wishes and plans.
fn blocked(seg: &Seg, lo: usize, i: usize, form: Form) -> bool {
    let toks = &seg.toks;
    let mut k = i;
    let mut n = 0;
    while k > lo && n < 4 {
        k -= 1;
        n += 1;
        let t = &toks[k];
        if !t.is_word() {
            return false;
        }
        let w = t.low.as_str();
        if w == "not" || w == "never" || w.ends_with("n't") || w == "cannot" || w == "yet" {
            return true;
        }
        if lexicon::MODALS.contains(&w) && form != Form::Ing {
            return true;
        }
        if lexicon::PASSIVE_AUX.contains(&w) && form == Form::Past {
            return true;
        }
        if lexicon::among(
            "declined refused failed unable wants want wanted plans planned expected likely hopes hoped tried attempted seemed appears chance ability reluctant whether ready able",
            w,
        ) {
            return true;
        }
        if lexicon::is_adverb(w) || lexicon::among("to has have had also further", w) {
            continue;
        }
        return false;
    }
    false
}

/// Sentence start after a list number ("1.") and conjunctions.
fn first_word(seg: &Seg, a: usize, b: usize) -> usize {
    let toks = &seg.toks;
    let mut k = a;
    if k + 1 < b
        && toks[k].is_word()
        && toks[k].low.chars().all(|c| c.is_ascii_digit())
        && toks[k + 1].is_p('.')
    {
        k += 2;
    }
    while k < b && toks[k].is_word() && lexicon::among("but and yet so still", toks[k].low.as_str())
    {
        k += 1;
    }
    // "MOSCOW (AP) — ...": a dateline is not part of what was said
    speaker::after_dateline(seg, k, b)
}

fn has_quote_mark(seg: &Seg, a: usize, b: usize) -> bool {
    (a..b).any(|k| seg.toks[k].is_quote() || matches!(seg.toks[k].k, Tk::Punct('‘' | '\'')))
}

/// The addressee after "told": up to "that", a comma or colon, a quote, a wh-word or a pronoun
/// that starts the reported clause. A relative clause (", who argued his own case,") is part of it.
fn skip_addressee(seg: &Seg, j: usize, b: usize) -> usize {
    let toks = &seg.toks;
    let mut k = j;
    let mut n = 0;
    while k < b && n < 14 {
        let t = &toks[k];
        match t.k {
            Tk::Word => {
                if k > j
                    && (t.is("that")
                        || lexicon::among("how what why whether", t.low.as_str())
                        || lexicon::is_pronoun(&t.low))
                {
                    return k;
                }
            }
            Tk::Punct(',') if toks.get(k + 1).is_some_and(|x| x.is("who")) => {
                // skip to the comma closing the relative clause
                match (k + 2..b.min(k + 20)).find(|&m| toks[m].is_p(',')) {
                    Some(m) => {
                        k = m + 1;
                        n += 1;
                        continue;
                    }
                    None => return k,
                }
            }
            Tk::Open => {
                // a short quoted name ("Morning Joe") is part of the addressee
                if let Some(c) = seg.quote_at_open(k).and_then(|q| q.close) {
                    if c - k <= 5 && toks.get(c + 1).is_some_and(|x| x.is_word()) {
                        k = c + 1;
                        n += 1;
                        continue;
                    }
                }
                return k;
            }
            _ => return k,
        }
        k += 1;
        n += 1;
    }
    k
}

/// A bare clause (no "that") shows a subject and a verb: a pronoun first, or an auxiliary soon.
fn looks_like_clause(seg: &Seg, j: usize, b: usize) -> bool {
    let toks = &seg.toks;
    let t = &toks[j];
    if lexicon::is_pronoun(&t.low) || lexicon::among("there this these those", t.low.as_str()) {
        return true;
    }
    (j + 1..b.min(j + 8)).any(|k| {
        let w = toks[k].low.as_str();
        !seg.inq[k] && (lexicon::is_aux(w) || w.ends_with("n't"))
    })
}

/// Where what was said starts once the attribution ends at `j`: after "that", a clause, an
/// object, a quotation. None when nothing that reads as said follows.
fn content_start(seg: &Seg, v: &Verb, j: usize, b: usize) -> Option<usize> {
    let toks = &seg.toks;
    if j >= b {
        return None;
    }
    let t = &toks[j];
    if t.is("that") {
        // "says that is what you can expect": "that" is the subject, not a conjunction
        let pronoun = toks.get(j + 1).is_some_and(|n| lexicon::is_aux(&n.low));
        return if pronoun {
            Some(j)
        } else {
            (j + 1 < b).then_some(j + 1)
        };
    }
    if v.flags & cues::THAT != 0 {
        return None;
    }
    if t.k == Tk::Open {
        return Some(j);
    }
    if !t.is_word() && !matches!(t.k, Tk::Punct('‘' | '\'' | '$' | '(')) {
        return None;
    }
    // "ruled against the procedure"
    if v.lemma == "rule" {
        return Some(j);
    }
    match v.class {
        Class::Obj | Class::Dir => Some(j),
        Class::Say | Class::Tell => {
            let wh = lexicon::among("how what why", t.low.as_str());
            if !(v.flags & cues::BARE != 0
                || wh
                || lexicon::is_pronoun(&t.low) && v.class == Class::Tell)
            {
                return None;
            }
            // a clause does not start with an auxiliary or a preposition
            if lexicon::is_aux(&t.low)
                || lexicon::among("to of for with by about in on at", t.low.as_str())
            {
                return None;
            }
            // "said" and "told" take almost any clause; other verbs need to show one
            if !matches!(v.lemma, "say" | "tell") && !wh && !looks_like_clause(seg, j, b) {
                return None;
            }
            Some(j)
        }
    }
}

fn is_subordinator(t: &Tok) -> bool {
    lexicon::among(
        "while although though if when as after before since because whereas unless",
        t.low.as_str(),
    )
}

fn first_comma(seg: &Seg, from: usize, b: usize) -> usize {
    find_mark(seg, from, b, ",")
}

/// The first token in [from, to) outside quotations that is one of `marks` ('.' also stands
/// for '!', '?' and '…'), or `to`.
fn find_mark(seg: &Seg, from: usize, to: usize, marks: &str) -> usize {
    (from..to)
        .find(|&k| {
            let Tk::Punct(c) = seg.toks[k].k else {
                return false;
            };
            !seg.inq[k]
                && (marks.contains(c) || marks.contains('.') && matches!(c, '!' | '?' | '…'))
        })
        .unwrap_or(to)
}

/// ", adding that", ", saying", "while", "before", "and": what may follow an attribution and
/// start another.
fn is_participle_cue(seg: &Seg, k: usize) -> bool {
    let t = &seg.toks[k];
    t.is_word() && t.low.ends_with("ing") && cues::verb(&t.low).is_some()
        || lexicon::among("before while and", t.word())
}

/// Ends content before ", but did not ...", "; but".
/// For an object ("promised a veto and attempted ..."), also before "and" with a new verb.
/// Before a dash when another speech verb follows ("... -- meddling the congressman said").
fn stop_markers(seg: &Seg, cs: usize, ce: usize, obj: bool) -> usize {
    let toks = &seg.toks;
    for k in cs + 1..ce {
        if seg.inq[k] {
            continue;
        }
        let t = &toks[k];
        if obj
            && t.is("and")
            && toks.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !n.cap
                    && n.low.len() > 4
                    && n.low.ends_with("ed")
                    && !lexicon::is_np_word(&n.low)
            })
        {
            return k;
        }
        let dash = matches!(t.k, Tk::Punct('—' | '–'))
            || t.is_p('-') && toks.get(k + 1).is_some_and(|n| n.is_p('-'));
        if dash
            && (k + 1..ce).any(|m| {
                !seg.inq[m]
                    && toks[m].is_word()
                    && cues::verb(&toks[m].low)
                        .is_some_and(|(v, f)| v.lemma == "say" && f != Form::Base)
            })
        {
            return k;
        }
        if toks[k].is_p(',')
            && toks.get(k + 1).is_some_and(|t| t.is("but"))
            && (k + 2..(k + 5).min(ce)).any(|m| {
                toks[m].is("not") || toks[m].low.ends_with("n't") || toks[m].is("declined")
            })
        {
            return k;
        }
        if toks[k].is_p(';') && toks.get(k + 1).is_some_and(|t| t.is("but")) {
            return k;
        }
    }
    ce
}

/// Drops trailing punctuation (outside a closing quote) and a dangling conjunction.
fn trim_end(seg: &Seg, s: usize, mut e: usize) -> usize {
    let toks = &seg.toks;
    while e > s {
        let t = &toks[e - 1];
        if matches!(t.k, Tk::Punct(',' | '.' | ';' | ':' | '—' | '–' | '-'))
            || lexicon::among("and but while before as", t.low.as_str())
        {
            e -= 1;
        } else {
            break;
        }
    }
    e
}

fn according(seg: &Seg, a: usize, b: usize, i: usize, j: usize) -> Option<Cand> {
    let toks = &seg.toks;
    // the speaker runs to the comma (or the end, when the attribution closes the sentence)
    let mut ne = j;
    while ne < b && (seg.inq[ne] || !toks[ne].is_p(',')) && !is_end_punct(seg, ne) && ne - j < 25 {
        ne += 1;
    }
    if ne == j {
        return None;
    }
    let spk = word_str(seg, j, ne);
    // "according to DGCA figures", "according to a new poll": data, not a statement
    if spk
        .split_whitespace()
        .any(|w| lexicon::is_data(&w.to_lowercase()))
    {
        return None;
    }
    let cue = word_str(seg, i, j);
    let before_comma = i > a && toks[i - 1].is_p(',');
    let base = Cand {
        i,
        att_s: i,
        att_e: ne,
        speaker: spk,
        cue,
        shape: Shape::After,
        truncates: true,
        end: None,
        obj: false,
        content: None,
    };
    // ", according to the Council, an industry body.": the appositive closes the sentence
    let appos_end = if ne < b
        && toks[ne].is_p(',')
        && toks.get(ne + 1).is_some_and(|t| lexicon::is_det(&t.low))
    {
        let e = find_mark(seg, ne + 1, b, ".,");
        (e - ne <= 7 && (e >= b || is_end_punct(seg, e))).then_some(e)
    } else {
        None
    };
    if before_comma && (ne >= b || is_end_punct(seg, ne) || appos_end.is_some()) {
        return Some(Cand {
            att_e: appos_end.unwrap_or(ne),
            shape: Shape::ClauseBefore(i - 1),
            ..base
        });
    }
    if ne < b && toks[ne].is_p(',') && (i == first_word(seg, a, b) || toks[i - 1].is_p(',')) {
        return Some(Cand {
            att_e: ne + 1,
            ..base
        });
    }
    None
}

/// Verb forms that are also nouns count as verbs only when inflected (-ed, -ing), after a
/// pronoun or a name, or before "that" or a colon.
fn nouny_ok(seg: &Seg, i: usize, form: Form) -> bool {
    if matches!(form, Form::Past | Form::Ing) {
        return true;
    }
    let toks = &seg.toks;
    if toks.get(i + 1).is_some_and(|n| n.is("that") || n.is_p(':')) {
        return true;
    }
    // "Questions", "Orders" in a title-case heading or table are nouns
    if i == 0 || toks[i].cap {
        return false;
    }
    let p = &toks[i - 1];
    // "he orders", "the Times reports" (an -s form after a name; "GET request" is no verb)
    p.is_word()
        && (lexicon::is_pronoun(&p.low)
            || lexicon::among("who which that", p.low.as_str())
            || form == Form::S
                && p.cap
                && !p.low.ends_with("'s")
                && !p.low.ends_with("’s")
                && !lexicon::is_det(&p.low))
}

/// The word before i, skipping adverbs and "going on to" ("and also called", "went on to say").
fn prev_word(seg: &Seg, a: usize, i: usize) -> Option<usize> {
    let toks = &seg.toks;
    let mut k = i;
    while k > a {
        k -= 1;
        let t = &toks[k];
        let skip = t.is_word()
            && !t.cap
            && (lexicon::is_adverb(&t.low)
                || lexicon::among("then going went go goes", t.low.as_str())
                || t.is("on") && k + 1 < i && toks[k + 1].is("to"));
        if !skip {
            return Some(k);
        }
    }
    None
}

/// Speaker and shape for the speech verb at i. Returns the candidate, or for a block-final
/// "X said:" the lead-in for the next block.
#[allow(clippy::too_many_arguments)]
fn verb_cand(
    seg: &Seg,
    a: usize,
    b: usize,
    start: usize,
    i: usize,
    v: &'static Verb,
    form: Form,
    main: Option<&str>,
    earlier: &[Cand],
    prev_speaker: Option<&str>,
) -> Option<Result<Cand, (String, String)>> {
    let toks = &seg.toks;
    if v.flags & cues::NOUNY != 0 && !nouny_ok(seg, i, form) {
        return None;
    }
    if blocked(seg, a, i, form) {
        return None;
    }
    let initial = i == start;
    // "Asked whether ...", "Questioned on why ...": a participle opening the sentence
    if initial && form == Form::Past {
        return None;
    }
    // particles and what each verb needs after it
    let mut j = i + 1;
    match v.lemma {
        "call" => {
            if j < b && (toks[j].is("for") || toks[j].is("on")) {
                j += 1;
            } else {
                let end = find_mark(seg, j, b, ".,");
                if !has_quote_mark(seg, j, end) {
                    return None;
                }
            }
        }
        "point" => {
            if form == Form::Ing || !(j < b && (toks[j].is("to") || toks[j].is("out"))) {
                return None;
            }
            j += 1;
        }
        "appeal" => {
            if !(j < b && toks[j].is("to")) {
                return None;
            }
            j += 1;
        }
        // "asked whether ...": a question reported, not a statement
        "ask"
            if j < b
                && lexicon::among("whether if about for why how what", toks[j].low.as_str()) =>
        {
            return None;
        }
        "describe" if !(has_quote_mark(seg, j, b) || j < b && toks[j].is("as")) => return None,
        "express" | "voice" => {
            // "expressed concern" needs what the concern is about
            let end = find_mark(seg, j, b, ".");
            if !(j..end)
                .any(|k| lexicon::among("that at over", toks[k].low.as_str()) && !seg.inq[k])
            {
                return None;
            }
        }
        _ => {}
    }
    // "X told to block 8,000 accounts": a headline passive
    if v.class == Class::Tell && toks.get(j).is_some_and(|t| t.is("to")) {
        return None;
    }
    if initial && form == Form::Ing && v.flags & cues::QUOTE == 0 {
        return None;
    }
    // "thanks to its new chips": a preposition
    if v.lemma == "thank" && toks.get(j).is_some_and(|t| t.is("to")) {
        return None;
    }
    let (mods_end, channel) = cues::skip_mods(seg, j, b);
    if v.lemma == "rule"
        && !(mods_end < b && lexicon::among("that against in", toks[mods_end].low.as_str()))
    {
        return None;
    }
    let mut cue = word_str(seg, i, j);
    if let Some((x, y)) = channel {
        if x == j {
            cue = word_str(seg, i, y);
        }
    }
    let mut after = mods_end;
    if v.class == Class::Tell && after < b && toks[after].is_word() && !toks[after].is("that") {
        let k = skip_addressee(seg, after, b);
        if k > after {
            cue = [&cue, " ", seg.span(after, k)].concat();
        }
        after = k;
    }

    // who speaks
    let prev = prev_word(seg, a, i);
    let pw = |w: &str| prev.is_some_and(|p| toks[p].is(w));
    let coordinated = pw("and") || pw("but");
    let participle = form == Form::Ing
        && prev.is_some_and(|p| {
            toks[p].is_p(',') || lexicon::among("while before then", toks[p].low.as_str())
        });
    let infinitive = pw("to");
    let relay = form == Form::Ing && pw("as");
    let for_ing = form == Form::Ing && pw("for");
    // a bare "-ing" form is no finite verb: it needs a participle comma, "is/was", "as", "for"
    let progressive = prev.is_some_and(|p| lexicon::among("is are was were", toks[p].low.as_str()));
    if form == Form::Ing
        && !(initial || participle || relay || for_ing || progressive || pw("and") || pw("to"))
    {
        return None;
    }
    let last_in_sentence = earlier.last().map(|c| c.speaker.clone());
    let mut link = Link::Subject;
    let mut end = None;
    let (speaker, att_s, inverted_end) = if initial && form == Form::Ing {
        // "Calling the hacking a 'sinister conspiracy', the Congress alleged ..."
        let comma = Some(find_mark(seg, j, b, ",")).filter(|&c| c < b)?;
        let (x, y) = speaker::np_forward(seg, comma + 1, b)?;
        link = Link::Initial;
        end = Some(comma);
        (word_str(seg, x, y), i, None)
    } else if relay {
        // "ANI quoted Prasad as saying", "ET Now cited a government source as saying"
        let p = prev?;
        let q = (a..p).rev().take(10).find(|&k| {
            lexicon::among(
                "quoted cited quotes cites quoting citing",
                toks[k].low.as_str(),
            )
        })?;
        if q + 1 >= p {
            return None;
        }
        let att_s = speaker::subject_before(seg, a, q).map_or(q, |x| x.0);
        cue = word_str(seg, att_s, i + 1);
        (word_str(seg, q + 1, p), att_s, None)
    } else if for_ing {
        // "pulled up the LG for announcing that ...": the one before "for" speaks
        let p = prev?;
        let (x, y) = speaker::subject_before(seg, a, p)?;
        (word_str(seg, x, y), p, None)
    } else if coordinated || participle || infinitive {
        let p = prev?;
        link = Link::Shared;
        // participles and infinitives belong to the sentence's subject; "and" to the last speaker
        // after a trailing attribution (", the judge said, adding that") or with an expletive
        // subject ("There may be ..."), the last speaker; else the sentence's subject
        let after_trailing = earlier.last().is_some_and(|c| c.shape != Shape::After);
        let main = main.filter(|m| !m.eq_ignore_ascii_case("there"));
        let spk = if (coordinated || after_trailing) && !earlier.is_empty() || main.is_none() {
            last_in_sentence.clone().or(main.map(str::to_string))
        } else {
            main.map(str::to_string)
        };
        let spk = spk.or_else(|| {
            if participle {
                prev_speaker.map(str::to_string)
            } else {
                None
            }
        })?;
        let att_s = if infinitive {
            // "took to Twitter to deny": the attribution starts at the verb phrase
            (a..p)
                .rev()
                .take(6)
                .find(|&k| toks[k].is_p(',') || toks[k].is("and"))
                .map_or(p, |k| k + 1)
        } else {
            p
        };
        (spk, att_s, None)
    } else if v.lemma == "read" && (pw("that") || pw("which")) {
        // "put out an official statement that read, ..."
        (main?.to_string(), prev?, None)
    } else if let Some((x, y)) = speaker::subject_before(seg, a, i) {
        (word_str(seg, x, y), x, None)
    } else if i > a && (toks[i - 1].is_p(',') || toks[i - 1].k == Tk::Close) {
        // inverted: `"...," said the statement.`
        let (x, y) = speaker::np_forward(seg, mods_end, b)?;
        if !(y >= b || is_end_punct(seg, y) || toks[y].is_p(',')) {
            return None;
        }
        link = Link::Inverted;
        (word_str(seg, x, y), i, Some(y))
    } else {
        return None;
    };
    if speaker.trim().is_empty() {
        return None;
    }
    // "read": only documents read ("the statement read", "a statement that read")
    if v.lemma == "read"
        && link == Link::Subject
        && !speaker
            .split_whitespace()
            .any(|w| lexicon::is_document(&w.to_lowercase()))
        && !(pw("that") || pw("which"))
    {
        return None;
    }
    let after = inverted_end.unwrap_or(after);
    let before = (att_s > a).then(|| att_s - 1);
    // a new statement starts here (rather than one sitting inside another's words)
    let truncates = matches!(link, Link::Shared | Link::Initial) && !infinitive
        || before.is_some_and(|k| {
            toks[k].is_p(',')
                || toks[k].k == Tk::Close
                || toks[k].is_p(';')
                || lexicon::among("while whereas although though but", toks[k].low.as_str())
                    && k > a
                    && toks[k - 1].is_p(',')
        });
    let base = Cand {
        i,
        att_s,
        att_e: after,
        speaker,
        cue,
        shape: Shape::After,
        truncates,
        end,
        obj: matches!(v.class, Class::Obj | Class::Dir),
        content: None,
    };
    if link == Link::Initial {
        return Some(Ok(Cand {
            att_e: i + 1,
            ..base
        }));
    }
    let start_ok = matches!(link, Link::Subject | Link::Inverted);
    // `"Q," NP said` — the quote must open its clause (not "... but “Q,” X also said")
    let quote_before = before.filter(|_| start_ok).and_then(|k| {
        let k = if toks[k].is_p(',') && k > a && toks[k - 1].k == Tk::Close {
            k - 1
        } else {
            k
        };
        let q = (toks[k].k == Tk::Close)
            .then(|| seg.quote_at_close(k))
            .flatten()?;
        let opens_clause =
            q.open <= start || q.open > 0 && matches!(toks[q.open - 1].k, Tk::Punct(':' | ';'));
        opens_clause.then_some(q)
    });
    if let Some(q) = quote_before {
        if v.flags & cues::TRAIL != 0 || v.class == Class::Dir {
            let mut qe = q.close.map_or(toks.len(), |c| c + 1);
            let mut att_e = after;
            // `"A," he said, "B."` or `"A", he said, adding "B"`: one quotation
            let mut k = after;
            if k < b && toks[k].is_p(',') {
                k += 1;
            }
            if k < b
                && toks[k].is_word()
                && toks[k].low.ends_with("ing")
                && cues::verb(&toks[k].low).is_some()
            {
                k += 1;
            }
            if k < b && toks[k].k == Tk::Open {
                if let Some(q2) = seg.quote_at_open(k) {
                    qe = q2.close.map_or(toks.len(), |c| c + 1);
                    att_e = qe;
                }
            }
            return Some(Ok(Cand {
                att_e,
                shape: Shape::QuoteBefore(q.open, qe),
                truncates: true,
                ..base
            }));
        }
    }
    // "The Court said," / "Caddell continued:" closing the block: the next block is the statement
    if after + 1 == toks.len() && (toks[after].is_p(':') || toks[after].is_p(',')) {
        return Some(Err((base.speaker, base.cue)));
    }
    let end_here = after >= b
        || is_end_punct(seg, after)
        || toks[after].is_p(',') && !toks.get(after + 1).is_some_and(|t| t.k == Tk::Open);
    let comma_before = before.is_some_and(|k| toks[k].is_p(',') && !seg.inq[k]);
    if start_ok && end_here && comma_before && v.flags & cues::TRAIL != 0 {
        return Some(Ok(Cand {
            shape: Shape::ClauseBefore(before.unwrap()),
            truncates: true,
            ..base
        }));
    }
    // what was said follows
    let mut j2 = after;
    if j2 < b
        && (toks[j2].is_p(',') || toks[j2].is_p(':'))
        && toks.get(j2 + 1).is_some_and(|t| t.k == Tk::Open)
    {
        j2 += 1;
    }
    // "continued", "posted": only with a quotation here
    if v.flags & cues::QUOTE != 0 && v.lemma != "call" && !(j2 < b && toks[j2].k == Tk::Open) {
        return None;
    }
    let cs = content_start(seg, v, j2, b)?;
    if v.class == Class::Dir {
        // a directive needs "to" or "that" ahead ("asked States to keep watch")
        let e = find_mark(seg, cs, b, ".");
        if !(cs..e).any(|k| (toks[k].is("to") || toks[k].is("that")) && !seg.inq[k])
            && toks[cs].k != Tk::Open
        {
            return None;
        }
    }
    Some(Ok(Cand { att_e: j2, ..base }))
}

/// All statements in sentence [a, b). `prev_speaker`: the last speaker before this sentence.
/// Returns the lead-in when the sentence ends the block with "X said:".
fn sentence(
    seg: &Seg,
    bi: usize,
    a: usize,
    b: usize,
    prev_speaker: Option<&str>,
    out: &mut Vec<Raw>,
) -> Option<(String, String)> {
    let toks = &seg.toks;
    let start = first_word(seg, a, b);
    let main = speaker::main_subject(seg, a, b).map(|(x, y)| word_str(seg, x, y));
    let mut cands: Vec<Cand> = Vec::new();
    let mut lead_in = None;
    let mut i = a;
    while i < b {
        if seg.inq[i]
            || !toks[i].is_word()
            || cands.last().is_some_and(|c| i < c.att_e && i >= c.att_s)
        {
            i += 1;
            continue;
        }
        if let Some(j) = cues::according_to(seg, i) {
            if let Some(c) = according(seg, a, b, i, j) {
                i = c.att_e.max(j);
                cands.push(c);
                continue;
            }
            i = j;
            continue;
        }
        let Some((v, form)) = cues::verb(&toks[i].low) else {
            i += 1;
            continue;
        };
        match verb_cand(
            seg,
            a,
            b,
            start,
            i,
            v,
            form,
            main.as_deref(),
            &cands,
            prev_speaker,
        ) {
            Some(Ok(c)) => {
                // words inside an attribution are not attributions themselves
                i = if matches!(c.shape, Shape::QuoteBefore(..)) {
                    c.att_e.max(i + 1)
                } else {
                    i + 1
                };
                cands.push(c);
                continue;
            }
            Some(Err(li)) => lead_in = Some(li),
            None => {}
        }
        i += 1;
    }
    // contents: trailing attributions claim what stands before them first
    let mut claimed: Vec<(usize, usize)> = Vec::new();
    let mut pos = start;
    for c in cands.iter_mut() {
        match c.shape {
            Shape::QuoteBefore(qs, qe) => {
                c.content = Some((qs, qe));
                claimed.push((qs, c.att_e.max(qe)));
                pos = pos.max(c.att_e);
            }
            Shape::ClauseBefore(comma) => {
                let s = pos.max(start);
                // "The truth, the senator said then, was that ...": the whole sentence
                let parenthetical = c.att_e < b
                    && toks[c.att_e].is_p(',')
                    && c.att_e + 1 < b
                    && !toks[c.att_e + 1].is_quote()
                    && !is_participle_cue(seg, c.att_e + 1);
                if parenthetical {
                    let e = trim_end(seg, s, b);
                    c.content = Some((s, e));
                    claimed.push((s, b));
                    pos = b;
                } else if comma > s {
                    c.content = Some((s, comma));
                    claimed.push((s, c.att_e));
                    pos = c.att_e;
                }
            }
            Shape::After => {}
        }
    }
    let trailing = claimed;
    let mut leading: Vec<(usize, usize)> = Vec::new();
    for n in 0..cands.len() {
        let c = &cands[n];
        if c.shape != Shape::After {
            continue;
        }
        // inside what someone else said: nested, not a statement of the article's own
        let inside = |r: &[(usize, usize)]| r.iter().any(|&(x, y)| x <= c.i && c.i < y);
        if inside(&trailing) || !c.truncates && inside(&leading) {
            continue;
        }
        let mut cs = c.att_e;
        if cs < b
            && (toks[cs].is_p(',') || toks[cs].is_p(':'))
            && toks.get(cs + 1).is_some_and(|t| t.k == Tk::Open)
        {
            cs += 1;
        }
        if cs < b
            && toks[cs].is("that")
            && !toks.get(cs + 1).is_some_and(|n| lexicon::is_aux(&n.low))
        {
            cs += 1;
        }
        if cs >= b {
            continue;
        }
        // content ends where the next statement's attribution begins
        let mut ce = c.end.unwrap_or(b);
        for d in cands.iter().skip(n + 1) {
            if d.att_s > cs
                && (d.truncates
                    || matches!(d.shape, Shape::QuoteBefore(..) | Shape::ClauseBefore(..)))
            {
                ce = ce.min(d.att_s);
                break;
            }
        }
        // a quotation opening the content is all of it
        if toks[cs].k == Tk::Open {
            if let Some(q) = seg.quote_at_open(cs) {
                ce = ce.min(q.close.map_or(toks.len(), |x| x + 1).max(cs + 1));
            }
        }
        // "While a federal judge found X, his decision was ...": the subordinate clause ends it
        if is_subordinator(&toks[start]) && c.att_s < first_comma(seg, start, b) {
            ce = ce.min(first_comma(seg, cs, b));
        }
        let ce = trim_end(seg, cs, stop_markers(seg, cs, ce, c.obj));
        if ce <= cs {
            continue;
        }
        cands[n].content = Some((cs, ce));
        leading.push((cs, ce));
    }
    let mut produced = false;
    for c in &cands {
        let Some((s, e)) = c.content else { continue };
        if e <= s {
            continue;
        }
        let open = toks[s].k == Tk::Open && seg.quote_at_open(s).is_some_and(|q| q.close.is_none());
        out.push(Raw {
            block: bi,
            s: toks[s].s,
            e: toks[e - 1].e,
            speaker: c.speaker.clone(),
            cue: c.cue.clone(),
            open,
        });
        produced = true;
    }
    if !produced && lead_in.is_none() {
        // "Kejriwal put the question to them: “...”": a quote after a colon, the subject speaks
        if let Some(k) = (start..b).find(|&k| {
            toks[k].is_p(':') && !seg.inq[k] && toks.get(k + 1).is_some_and(|t| t.k == Tk::Open)
        }) {
            if let (Some(m), Some(q)) = (main.as_ref(), seg.quote_at_open(k + 1)) {
                let e = q.close.map_or(toks.len(), |x| x + 1);
                out.push(Raw {
                    block: bi,
                    s: toks[k + 1].s,
                    e: toks[e - 1].e,
                    speaker: m.clone(),
                    cue: ":".into(),
                    open: q.close.is_none(),
                });
            }
        }
    }
    lead_in
}

/// All statements of one block, given what the previous block left.
pub fn block(bi: usize, seg: &Seg, carry: &mut Carry, out: &mut Vec<Raw>) {
    let toks = &seg.toks;
    let first = out.len();
    if toks.is_empty() {
        return;
    }
    // "Also read: ..." link lines that extraction kept
    let head = super::segment::joined(&toks[..toks.len().min(2)]);
    if matches!(
        head.as_str(),
        "also read" | "read more" | "also see" | "also watch" | "read also"
    ) {
        carry.lead_in = None;
        carry.open_quote = None;
        return;
    }
    let mut skip_to = 0;
    let continued = carry.open_quote.take();
    let lead = carry.lead_in.take();
    if let Some((spk, cue)) = lead.clone().or(continued
        .clone()
        .map(|s| (s, "(continued quote)".to_string())))
    {
        // the quotation, or the whole block (a block quote without marks, or the rest of a
        // quotation whose marks the page lost)
        let (e, open) = if toks[0].k == Tk::Open {
            let q = seg.quote_at_open(0);
            (
                q.and_then(|q| q.close).map_or(toks.len(), |c| c + 1),
                q.is_some_and(|q| q.close.is_none()),
            )
        } else if continued.is_some() {
            (
                (0..toks.len())
                    .find(|&k| toks[k].k == Tk::Close)
                    .map_or(toks.len(), |c| c + 1),
                false,
            )
        } else {
            (toks.len(), false)
        };
        let e = trim_end(seg, 0, e);
        if e > 0 {
            out.push(Raw {
                block: bi,
                s: toks[0].s,
                e: toks[e - 1].e,
                speaker: spk,
                cue,
                open,
            });
            skip_to = e;
        }
    }
    let prev_block_spoke = carry.last_block.is_some_and(|l| l + 1 == bi);
    let mut lead_in = None;
    for (n, &(a, b)) in seg.sents.iter().enumerate() {
        if b <= skip_to {
            continue;
        }
        let a = a.max(skip_to);
        let before = out.len();
        let prev = out
            .last()
            .map(|r| r.speaker.clone())
            .or(carry.last_speaker.clone());
        let li = sentence(seg, bi, a, b, prev.as_deref(), out);
        if n + 1 == seg.sents.len() {
            lead_in = li;
        }
        if out.len() > before || toks[a].k != Tk::Open {
            continue;
        }
        // a quotation standing alone
        let q = seg.quote_at_open(a);
        let qe = q.and_then(|q| q.close).map_or(toks.len(), |c| c + 1);
        if qe + 2 < b || (a..qe).filter(|&k| toks[k].is_word()).count() < 4 {
            continue;
        }
        let open = q.is_some_and(|q| q.close.is_none());
        if out.len() > first {
            // the speaker's quote resumes after the attribution: one statement
            let last = out.last_mut().unwrap();
            if seg.text[last.s..last.e].starts_with(|c: char| "\"“”„«".contains(c))
                || last.cue.starts_with('(')
            {
                last.e = toks[qe - 1].e;
                last.open = open;
            }
        } else if prev_block_spoke || skip_to > 0 {
            // first words of the block: the previous paragraph's speaker goes on
            if let Some(spk) = carry.last_speaker.clone() {
                out.push(Raw {
                    block: bi,
                    s: toks[a].s,
                    e: toks[qe - 1].e,
                    speaker: spk,
                    cue: "(floating quote)".into(),
                    open,
                });
            }
        }
    }
    if out.len() == first {
        headline_claim(seg, bi, out);
    }
    // what this block leaves for the next
    carry.lead_in = lead_in;
    if let Some(last) = out[first..].last() {
        carry.last_speaker = Some(last.speaker.clone());
        carry.last_block = Some(bi);
        let open_inside = seg.quotes.last().is_some_and(|q| {
            q.close.is_none() && toks[q.open].s >= last.s && toks[q.open].s < last.e
        });
        if last.open || open_inside {
            carry.open_quote = Some(last.speaker.clone());
        }
    }
}

/// "Chargesheet next week will lay bare motives: Chennai Police Commissioner", or
/// "“...”: HC Slams State": a headline with its speaker after the colon.
fn headline_claim(seg: &Seg, bi: usize, out: &mut Vec<Raw>) {
    let toks = &seg.toks;
    let n = toks.len();
    if n < 6 || is_end_punct(seg, n - 1) {
        return;
    }
    let Some(k) = (0..n).rev().find(|&k| toks[k].is_p(':') && !seg.inq[k]) else {
        return;
    };
    let tail_words = (k + 1..n).filter(|&x| toks[x].is_word()).count();
    let head_words = (0..k).filter(|&x| toks[x].is_word()).count();
    if !(1..=6).contains(&tail_words) || head_words < 4 || !toks.get(k + 1).is_some_and(|t| t.cap) {
        return;
    }
    let Some((x, y)) = speaker::np_forward(seg, k + 1, n) else {
        return;
    };
    // the tail is the speaker, or the speaker and a verb ("HC Slams State")
    if y < n && (!toks[y].is_word() || cues::verb(&toks[y].low).is_none()) {
        return;
    }
    // "[1939-Day Delay In Appeal] “...”": a bracketed kicker is not part of the claim
    let s = if toks[0].is_p('[') {
        (0..k).find(|&m| toks[m].is_p(']')).map_or(0, |c| c + 1)
    } else {
        0
    };
    let e = trim_end(seg, s, k);
    if e <= s {
        return;
    }
    let cue = if y < n {
        [": ... ", &word_str(seg, y, y + 1)].concat()
    } else {
        ":".to_string()
    };
    out.push(Raw {
        block: bi,
        s: toks[s].s,
        e: toks[e - 1].e,
        speaker: word_str(seg, x, y),
        cue,
        open: false,
    });
}
