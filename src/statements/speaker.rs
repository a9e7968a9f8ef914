//! Who is speaking: the noun phrase next to a speech verb (with titles and appositives), the
//! subject of a sentence, and the per-article table of people with their titles, which later
//! surnames and pronouns resolve against.

use super::cues;
use super::lexicon;
use super::segment::{Seg, Tk, Tok, joined, tokenize, words_of};

/// Words that open an adverbial at the start of a sentence ("In a blog post, Twitter said").
fn opens_adverbial(t: &Tok) -> bool {
    lexicon::among(
        "in on at after before during following despite amid with while when as since apart asked questioned speaking setting heading rejecting citing responding referring for from over under earlier later meanwhile however also today yesterday if though although because by to",
        t.low.as_str(),
    ) || t.low.ends_with("ing") && t.cap
}

/// Sentence-initial words to skip before a subject.
fn is_lead_conj(t: &Tok) -> bool {
    lexicon::among(
        "but and yet so still now then meanwhile however further also",
        t.low.as_str(),
    )
}

/// A full stop that belongs to an abbreviation or initial ("Mr.", "E.", "Sen.").
fn abbrev_dot(toks: &[Tok], i: usize) -> bool {
    toks[i].is_p('.')
        && i > 0
        && toks[i - 1].is_word()
        && toks[i - 1].e == toks[i].s
        && (lexicon::is_abbrev(&toks[i - 1].low)
            || toks[i - 1].cap && toks[i - 1].low.chars().count() <= 2
            || toks[i - 1].low.contains('.'))
}

/// Tokens that may stand inside a speaker phrase.
fn np_tok(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    match t.k {
        Tk::Word => {
            if lexicon::is_clause_word(&t.low) || lexicon::is_aux(&t.low) {
                return false;
            }
            if t.cap || t.low.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            if cues::verb(&t.low).is_some() && !lexicon::is_np_word(&t.low) {
                return false;
            }
            // "included", "released": a verb, not part of a name
            t.low.len() <= 4
                || !t.low.ends_with("ed")
                || lexicon::is_np_word(&t.low)
                || t.low.contains('-')
        }
        Tk::Punct('(' | ')' | '&' | '-' | '‘' | '’' | '\'' | '/') => true,
        Tk::Punct('.') => abbrev_dot(toks, i),
        _ => false,
    }
}

/// Words that are the start of the phrase, not inside it: an adverbial "In the blog post" before
/// "Twitter", or a preposition left at the front.
fn trim_front(toks: &[Tok], a: usize, b: usize) -> usize {
    let mut a = a;
    // "But Mr. Grassley", "And the court", "Shortly, ..."
    while a < b
        && toks[a].is_word()
        && (is_lead_conj(&toks[a]) || toks[a].cap && lexicon::is_adverb(&toks[a].low))
    {
        a += 1;
    }
    // "In the blog post Twitter": a preposition phrase glued to the subject
    if a < b
        && lexicon::among(
            "in on at after during from through with via by to for of and then including",
            toks[a].low.as_str(),
        )
    {
        let mut cut = None;
        for k in a + 1..b {
            let prev = &toks[k - 1];
            if toks[k].is_word()
                && (toks[k].cap || lexicon::is_det(&toks[k].low))
                && prev.is_word()
                && !prev.cap
                && !lexicon::is_det(&prev.low)
                && !lexicon::among("of and for at in", prev.low.as_str())
            {
                cut = Some(k);
            }
        }
        a = cut.unwrap_or(b);
    }
    a
}

/// Skips back over what stands between a subject and its verb: adverbs, auxiliaries ("has
/// also asked"), times ("on Friday"), quoted adverbs ('"officially" held'). Returns the index
/// just after the subject.
pub fn skip_verb_group_back(toks: &[Tok], lo: usize, v: usize) -> usize {
    let mut i = v;
    // "are urging", "was saying"
    let progressive = toks[v].low.ends_with("ing");
    while i > lo {
        let t = &toks[i - 1];
        if progressive && t.is_word() && lexicon::among("is are was were", t.low.as_str()) {
            i -= 1;
            continue;
        }
        if t.is_word()
            && (lexicon::is_adverb(&t.low)
                || lexicon::among("has have had continues continue together", t.low.as_str()))
            && !t.cap
        {
            i -= 1;
            continue;
        }
        if t.is_word() && t.cap && lexicon::is_time_word(&t.low) && i >= 2 && toks[i - 2].is("on") {
            i -= 2;
            continue;
        }
        if t.is_word() && lexicon::is_time_word(&t.low) && !t.cap && !t.is("may") {
            i -= 1;
            continue;
        }
        // "on Friday", "on Tuesday"
        if t.is_word()
            && t.cap
            && lexicon::among(
                "monday tuesday wednesday thursday friday saturday sunday",
                t.low.as_str(),
            )
        {
            i -= 1;
            if i > lo && toks[i - 1].is("on") {
                i -= 1;
            }
            continue;
        }
        // '"officially" held'
        if t.k == Tk::Close && i >= 3 && toks[i - 2].is_word() && toks[i - 3].k == Tk::Open {
            i -= 3;
            continue;
        }
        break;
    }
    i
}

fn is_name_seg(toks: &[Tok], a: usize, b: usize) -> bool {
    if a >= b || b - a > 8 {
        return false;
    }
    let mut words = 0;
    for i in a..b {
        let t = &toks[i];
        match t.k {
            Tk::Word => {
                if !(t.cap
                    || t.is("and")
                    || t.is("of")
                    || t.low.starts_with(|c: char| c.is_ascii_digit()))
                {
                    return false;
                }
                words += 1;
            }
            Tk::Punct('.') if abbrev_dot(toks, i) => {}
            Tk::Punct('(' | ')' | '-' | '‘' | '’' | '\'') => {}
            _ => return false,
        }
    }
    words > 0 && toks[a].cap
}

/// A comma-delimited piece that reads as a noun phrase (no verbs or clause words outside
/// relative clauses).
fn is_np_seg(toks: &[Tok], a: usize, b: usize) -> bool {
    a < b && b - a <= 14 && (a..b).all(|i| np_tok(toks, i))
}

/// Appositive or relative piece after a name: "the Superintendent of Police in Chandauli",
/// "56", "who has served on the committee", "a liberal think tank".
fn is_appos_seg(toks: &[Tok], a: usize, b: usize) -> bool {
    if a >= b || b - a > 18 {
        return false;
    }
    let f = &toks[a];
    f.is_word()
        && (lexicon::is_det(&f.low)
            || lexicon::among("who which one whose including like such", f.low.as_str())
            || f.cap && b - a <= 4
            || lexicon::title(&f.low).is_some()
            || lexicon::is_np_word(&f.low)
            || f.low.starts_with(|c: char| c.is_ascii_digit())
            || f.cap && f.low.contains('-')
            || (a..b).any(|i| {
                toks[i].is_word()
                    && (lexicon::title(&toks[i].low).is_some() || lexicon::is_private(&toks[i].low))
            }))
}

/// The speaker phrase ending just before verb `v` (token range), looking no further back than
/// `lo`. Handles "Name, the Title of X, said" and "X, however, said".
pub fn subject_before(seg: &Seg, lo: usize, v: usize) -> Option<(usize, usize)> {
    let toks = &seg.toks;
    let mut end = skip_verb_group_back(toks, lo, v);
    // relative clause: "The police, who have held that", "Ministry of IT which later asked"
    if end > lo && toks[end - 1].is_word() && matches!(toks[end - 1].low.as_str(), "who" | "which")
    {
        end -= 1;
        if end > lo && toks[end - 1].is_p(',') {
            end -= 1;
        }
    }
    if end <= lo {
        return None;
    }
    if toks[end - 1].is_p(',') {
        return comma_subject(seg, lo, end - 1);
    }
    let mut a = end;
    while a > lo && np_tok(toks, a - 1) && !seg.inq[a - 1] {
        a -= 1;
    }
    let a = trim_front(toks, a, end);
    if a >= end || !toks[a..end].iter().any(Tok::is_word) {
        return None;
    }
    Some((a, end))
}

/// `..., Name, appositive, said`: `c` is the comma just before the verb.
fn comma_subject(seg: &Seg, lo: usize, c: usize) -> Option<(usize, usize)> {
    let toks = &seg.toks;
    // comma pieces going back: [(a, b)] with b at a comma
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut b = c;
    let mut k = c;
    while k > lo && pieces.len() < 4 {
        k -= 1;
        let boundary = toks[k].k == Tk::Close
            || !seg.inq[k] && matches!(toks[k].k, Tk::Punct(',' | ':' | ';'));
        if boundary {
            pieces.push((k + 1, b));
            if !toks[k].is_p(',') {
                break;
            }
            b = k;
        }
        if k == lo {
            pieces.push((lo, b));
        }
    }
    if pieces.is_empty() {
        return None;
    }
    // an interjection: "Air India, however, rejected"
    let (pa, pb) = pieces[0];
    // ", however,", ", on its part,", ", in a written reply to the Lok Sabha,"
    let inter = pb - pa <= 3
        && toks[pa..pb].iter().all(|t| {
            t.is_word()
                && (lexicon::is_adverb(&t.low)
                    || lexicon::among(
                        "on its his her their part in turn for meanwhile though",
                        t.low.as_str(),
                    ))
        })
        || pb - pa <= 10
            && pa < pb
            && lexicon::among(
                "in on at during after while speaking addressing",
                &toks[pa].low,
            );
    if inter && pieces.len() > 1 {
        let (qa, qb) = pieces[1];
        if is_np_seg(toks, qa, qb) {
            let a = trim_front(toks, qa, qb);
            return (a < qb).then_some((a, qb));
        }
        return None;
    }
    // Name, appositive(s), said
    for (n, &(qa, qb)) in pieces.iter().enumerate().skip(1) {
        let appos_ok = pieces[..n].iter().all(|&(x, y)| is_appos_seg(toks, x, y));
        if !appos_ok {
            break;
        }
        let qa2 = trim_front(toks, qa, qb);
        if is_name_seg(toks, qa2, qb) {
            return Some((qa2, c));
        }
        // "A division bench headed by ..., with Justice X, criticised": a phrase at sentence start
        let loose = (qa..qb).all(|k| {
            let t = &toks[k];
            !t.is_quote()
                && !lexicon::is_clause_word(&t.low)
                && !lexicon::is_aux(&t.low)
                && !inflected_verb(&t.low)
        });
        if qa == lo && qb - qa <= 16 && loose {
            let a = trim_front(toks, qa, qb);
            return (a < qb).then_some((a, c));
        }
    }
    None
}

/// After a dateline: a few capitalised words and a date before a colon ("New Delhi, Mar 28:"),
/// or upper-case words before a dash ("WASHINGTON -"). `a` when there is none.
pub fn after_dateline(seg: &Seg, a: usize, hi: usize) -> usize {
    let toks = &seg.toks;
    let digit = |t: &Tok| t.low.starts_with(|c: char| c.is_ascii_digit());
    let upper = |t: &Tok| seg.text[t.s..t.e].chars().all(|c| !lexicon::is_lower(c));
    let end = (a + 8).min(hi);
    let Some(k) = (a..end).find(|&k| {
        !(toks[k].is_word() && (toks[k].cap || digit(&toks[k]))
            || matches!(toks[k].k, Tk::Punct(',' | '|' | '(' | ')' | '.')))
    }) else {
        return a;
    };
    let t = &toks[k];
    let colon = t.is_p(':');
    let dash = matches!(t.k, Tk::Punct('-' | '—' | '–'))
        && k > a
        && toks[a..k].iter().all(|x| !x.is_word() || upper(x));
    if k > a && (colon || dash) { k + 1 } else { a }
}

/// The subject of the sentence [lo, hi): after a dateline ("New Delhi:"), a conjunction and an
/// opening adverbial ("In a statement,").
pub fn main_subject(seg: &Seg, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let toks = &seg.toks;
    let mut a = lo;
    // list numbers "1."
    if a + 1 < hi
        && toks[a].low.chars().all(|c| c.is_ascii_digit())
        && toks[a].is_word()
        && toks[a + 1].is_p('.')
    {
        a += 2;
    }
    a = after_dateline(seg, a, hi);
    while a < hi && toks[a].is_word() && is_lead_conj(&toks[a]) {
        a += 1;
        if a < hi && toks[a].is_p(',') {
            a += 1;
        }
    }
    if a < hi && toks[a].is_word() && opens_adverbial(&toks[a]) {
        let mut k = a;
        while k < hi && (seg.inq[k] || !toks[k].is_p(',')) {
            k += 1;
        }
        if k >= hi || k - a > 25 {
            return None;
        }
        a = k + 1;
    }
    np_forward(seg, a, hi)
}

/// A noun phrase read forward from `a` (subject position or after an inverted verb).
pub fn np_forward(seg: &Seg, a: usize, hi: usize) -> Option<(usize, usize)> {
    let toks = &seg.toks;
    let mut b = a;
    while b < hi {
        let t = &toks[b];
        let ok = match t.k {
            Tk::Word => {
                t.cap
                    || lexicon::is_np_word(&t.low)
                    || t.low.starts_with(|c: char| c.is_ascii_digit())
                    || t.low.contains('-') && cues::verb(&t.low).is_none()
                    || (lexicon::among("and of for at in on", t.word()))
                        && b > a
                        && toks.get(b + 1).is_some_and(|n| {
                            n.is_word()
                                && (n.cap || lexicon::is_det(&n.low) || lexicon::is_np_word(&n.low))
                                && !lexicon::is_time_word(&n.low)
                        })
                    || (t.low.ends_with("'s") || t.low.ends_with("’s")) && b > a
            }
            Tk::Punct('(' | ')' | '‘' | '’' | '-') => b > a,
            Tk::Punct('.') => abbrev_dot(toks, b),
            _ => false,
        };
        if !ok || seg.inq[b] {
            break;
        }
        // a capitalised verb in a headline ends the phrase ("HC Slams State")
        if b > a
            && t.cap
            && cues::verb(&t.low).is_some()
            && lexicon::title(&t.low).is_none()
            && lexicon::org_word(&t.low).is_none()
        {
            break;
        }
        b += 1;
    }
    // do not end on a joiner
    while b > a
        && (toks[b - 1].is("and")
            || toks[b - 1].is("of")
            || toks[b - 1].is_p('(')
            || toks[b - 1].is_p('-'))
    {
        b -= 1;
    }
    // unbalanced bracket: "(North" -> drop it
    (b > a && toks[a..b].iter().any(|t| t.is_word())).then_some((a, b))
}

// ------------------------------------------------------------------ speaker table

/// A person named in the article, with the words that describe them there.
#[derive(Debug, Clone)]
pub struct Person {
    /// The name as written ("Ravi Shankar Prasad").
    pub name: String,
    /// Lower-case name words.
    pub words: Vec<String>,
    /// Descriptor words, lower case ("union it minister").
    pub desc: String,
    /// Block of the mention.
    pub block: usize,
}

#[derive(Debug, Default)]
pub struct Table {
    pub people: Vec<Person>,
}

/// "Mr", "Ms", "Dr" as written ("MS Randhawa" is initials, not "Ms").
pub fn is_honorific(w: &str) -> bool {
    // (Only ASCII letters lower-case into these words: ASCII case folding suffices.)
    if !lexicon::among_ignoring_case("mr mrs ms dr shri smt sri hon mx", w) {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters < 2 || w.chars().any(lexicon::is_lower)
}

/// A speech verb in a form that cannot be a noun ("said", "slams", "noting").
fn inflected_verb(w: &str) -> bool {
    cues::verb(w).is_some_and(|(_, f)| f != cues::Form::Base)
}

/// A capitalised word that can be part of a person's name.
fn name_word(seg: &Seg, t: &Tok) -> bool {
    t.is_word()
        && t.cap
        && !lexicon::is_name_stopper(&t.low)
        && !inflected_verb(&t.low)
        && !is_honorific(&seg.text[t.s..t.e])
}

impl Table {
    pub fn build(segs: &[Seg]) -> Table {
        let mut t = Table::default();
        for (bi, seg) in segs.iter().enumerate() {
            t.scan(bi, seg);
        }
        t
    }

    fn scan(&mut self, bi: usize, seg: &Seg) {
        let toks = &seg.toks;
        let n = toks.len();
        let mut i = 0;
        while i < n {
            if !name_word(seg, &toks[i]) || seg.inq[i] {
                i += 1;
                continue;
            }
            // a run of name words (initials with dots allowed)
            let a = i;
            // (`toks[a]` is a name word outside quotes: the run starts after it.)
            let mut b = i + 1;
            while b < n && (name_word(seg, &toks[b]) || abbrev_dot(toks, b) && b > a) && !seg.inq[b]
            {
                b += 1;
            }
            i = b;
            // "Secretary of State Jon Husted": "State" belongs to the title
            let mut a = a;
            if a >= 2
                && b - a >= 3
                && toks[a - 1].is("of")
                && lexicon::title(&toks[a - 2].low).is_some()
            {
                a += 1;
            }
            let words = words_of(&toks[a..b]);
            if words.is_empty() {
                continue;
            }
            let before = desc_before(seg, a, 8);
            let after = appos_after(seg, b);
            let has_hon = a > 0
                && (is_honorific(&seg.text[toks[a - 1].s..toks[a - 1].e])
                    || a > 1
                        && toks[a - 1].is_p('.')
                        && is_honorific(&seg.text[toks[a - 2].s..toks[a - 2].e]));
            if before.is_empty() && after.is_empty() && !has_hon && words.len() < 2 {
                continue;
            }
            let mut desc = before;
            if !after.is_empty() {
                desc.push_str(" , ");
                desc.push_str(&after);
            }
            if has_hon {
                desc.push_str(" mr");
            }
            self.people.push(Person {
                name: seg.span(a, b).to_string(),
                words,
                desc: desc.trim().to_string(),
                block: bi,
            });
        }
    }

    /// People whose name ends with (or equals) the given name words, most recent mention first
    /// at or before block `bi`.
    pub fn lookup(&self, words: &[String], bi: usize) -> Vec<&Person> {
        let mut out: Vec<&Person> = self
            .people
            .iter()
            .filter(|p| {
                !words.is_empty()
                    && p.words.len() >= words.len()
                    && p.words[p.words.len() - words.len()..] == *words
                    || words.len() >= 2 && p.words.len() == 1 && words.last() == p.words.last()
            })
            .collect();
        // prefer mentions with a description, then the earliest at or before this block (the
        // first full mention is who a bare surname means in news style). Insertion sort: the
        // list is short and the standard sort costs kilobytes of wasm.
        let key = |p: &Person| (p.desc.is_empty(), p.block > bi, p.block);
        for i in 1..out.len() {
            let mut j = i;
            while j > 0 && key(out[j]) < key(out[j - 1]) {
                out.swap(j, j - 1);
                j -= 1;
            }
        }
        out
    }

    /// Adds what a definite description says about a name ("Sanders" ... "the Vermont senator").
    pub fn add(&mut self, name: &str, desc: &str, block: usize) {
        let words = words_of(&tokenize(name));
        if !words.is_empty() {
            self.people.push(Person {
                name: name.to_string(),
                words,
                desc: desc.to_string(),
                block,
            });
        }
    }

    /// The one person whose name or description holds all the words of a title phrase ("the RBI
    /// Governor" -> Shaktikanta Das), allowing one word to differ ("IG" for "Inspector General").
    pub fn by_title(&self, phrase: &str) -> Option<&Person> {
        let mut words = words_of(&tokenize(phrase));
        words.retain(|w| !lexicon::is_det(w));
        let mut found: Option<&Person> = None;
        for p in &self.people {
            let hits = words
                .iter()
                .filter(|w| p.desc.split(' ').any(|d| d == *w) || p.words.contains(w))
                .count();
            if !words.is_empty()
                && (hits == words.len() || words.len() >= 3 && hits + 1 == words.len())
            {
                // two different people fit: no answer
                if found.is_some_and(|f| f.name != p.name) {
                    return None;
                }
                found = Some(p);
            }
        }
        found
    }
}

/// Descriptor words just before a name: "Union IT Minister", "city Commissioner of Police",
/// "longtime Democratic pollster". Stops at punctuation (brackets excepted), verbs and clause words.
fn desc_before(seg: &Seg, a: usize, max: usize) -> String {
    let toks = &seg.toks;
    let mut k = a;
    let mut n = 0;
    while k > 0 && n < max {
        let t = &toks[k - 1];
        let ok = match t.k {
            Tk::Word => {
                !lexicon::is_clause_word(&t.low)
                    && !lexicon::is_aux(&t.low)
                    && (!inflected_verb(&t.low)
                        || lexicon::title(&t.low).is_some()
                        || lexicon::org_word(&t.low).is_some())
                    && !lexicon::among("to with by from on in at against about", t.low.as_str())
                    && !seg.inq[k - 1]
            }
            Tk::Punct('(' | ')' | '-' | '.' | '/') => true,
            _ => false,
        };
        if !ok {
            break;
        }
        k -= 1;
        n += 1;
    }
    // stop words at the front are not descriptors
    while k < a && (lexicon::among("the a an and", toks[k].word()) || !toks[k].is_word()) {
        k += 1;
    }
    // only words that say what someone is count ("board the" before "Delhi-Mumbai" does not)
    let says = toks[k..a].iter().any(|t| {
        t.is_word()
            && (lexicon::title(&t.low).is_some()
                || lexicon::is_private(&t.low)
                || lexicon::is_negator(&t.low))
    });
    if !says {
        return String::new();
    }
    joined(&toks[k..a])
}

/// ", the Superintendent of Police in Chandauli," after a name (lower case), or "".
fn appos_after(seg: &Seg, b: usize) -> String {
    let toks = &seg.toks;
    let mut k = b;
    // "Schiff, 56, who ...": skip an age
    if k + 2 < toks.len()
        && toks[k].is_p(',')
        && toks[k + 1].low.chars().all(|c| c.is_ascii_digit())
        && toks[k + 2].is_p(',')
    {
        k += 2;
    }
    // "Basudeb Acharia of the Communist Party"
    if k < toks.len() && toks[k].is("of") {
        let e = (k..toks.len().min(k + 10))
            .find(|&j| {
                !toks[j].is_word() && !toks[j].is_p('(') && !toks[j].is_p(')') && !toks[j].is_p('-')
            })
            .unwrap_or(toks.len().min(k + 10));
        return joined(&toks[k..e]);
    }
    if k + 1 >= toks.len() || !toks[k].is_p(',') {
        return String::new();
    }
    let a = k + 1;
    let mut e = a;
    while e < toks.len()
        && e - a < 18
        && !matches!(
            toks[e].k,
            Tk::Punct(',' | '.' | ';' | ':') | Tk::Open | Tk::Close
        )
    {
        e += 1;
    }
    if !is_appos_seg(toks, a, e) || toks[a].is("who") || toks[a].is("which") {
        return String::new();
    }
    // a long piece without a title is the next clause ("According to the Pentagon, the base
    // serves as an outpost in the fight against the Islamic State group")
    let titled = (a..e).any(|k| {
        let w = &toks[k].low;
        lexicon::title(w).is_some() || lexicon::is_private(w) || lexicon::is_negator(w)
    });
    if !titled && e - a > 8 {
        return String::new();
    }
    // one more piece: "executive vice president for policy for the Center, a liberal think tank"
    let mut words = joined(&toks[a..e]);
    if e + 1 < toks.len() && toks[e].is_p(',') {
        let a2 = e + 1;
        let mut e2 = a2;
        while e2 < toks.len()
            && e2 - a2 < 10
            && !matches!(
                toks[e2].k,
                Tk::Punct(',' | '.' | ';' | ':') | Tk::Open | Tk::Close
            )
        {
            e2 += 1;
        }
        if toks[a2].is("a") || toks[a2].is("an") {
            words.push_str(" , ");
            words.push_str(&joined(&toks[a2..e2]));
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statements::segment::segment;

    fn subj(text: &str, verb: &str) -> Option<String> {
        let s = segment(text);
        let v = s.toks.iter().position(|t| t.is(verb)).unwrap();
        subject_before(&s, 0, v).map(|(a, b)| s.span(a, b).to_string())
    }

    #[test]
    fn subjects_before_the_verb() {
        assert_eq!(
            subj("\"Soon,\" the IT ministry wrote on KOO.", "wrote").as_deref(),
            Some("the IT ministry")
        );
        assert_eq!(
            subj("In the blog post Twitter noted it does not agree.", "noted").as_deref(),
            Some("Twitter")
        );
        assert_eq!(
            subj("The autopsy was done, Ankur Aggarwal, the Superintendent of Police in Chandauli, said on Monday.", "said").as_deref(),
            Some("Ankur Aggarwal, the Superintendent of Police in Chandauli")
        );
        assert_eq!(
            subj("Air India, however, rejected the complaints.", "rejected").as_deref(),
            Some("Air India")
        );
        assert_eq!(
            subj(
                "Mr. Grassley and Mr. Leahy say other changes are needed.",
                "say"
            )
            .as_deref(),
            Some("Mr. Grassley and Mr. Leahy")
        );
        assert_eq!(
            subj("The Congress has indirectly held that it is so.", "held").as_deref(),
            Some("The Congress")
        );
    }

    #[test]
    fn main_subject_skips_datelines_and_adverbials() {
        let s = segment("New Delhi: The IT Ministry took to Koo and called the blog unusual.");
        let (a, b) = main_subject(&s, 0, s.toks.len()).unwrap();
        assert_eq!(s.span(a, b), "The IT Ministry");
        let s = segment(
            "Yet city Commissioner of Police Sandeep Rai Rathore cited figures to say it is fine.",
        );
        let (a, b) = main_subject(&s, 0, s.toks.len()).unwrap();
        assert_eq!(
            s.span(a, b),
            "city Commissioner of Police Sandeep Rai Rathore"
        );
    }

    #[test]
    fn table_keeps_titles_of_names() {
        let segs = [
            segment("Union IT Minister Ravi Shankar Prasad dismissed the charge."),
            segment(
                "Police said so, Ankur Aggarwal, the Superintendent of Police in Chandauli, said.",
            ),
            segment("Prasad said it again."),
        ];
        let t = Table::build(&segs);
        let p = t.lookup(&["prasad".to_string()], 2);
        assert!(p[0].desc.contains("minister"), "{:?}", t.people);
        let p = t.lookup(&["aggarwal".to_string()], 2);
        assert!(p[0].desc.contains("superintendent"), "{:?}", t.people);
    }
}
