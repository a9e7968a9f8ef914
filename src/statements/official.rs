//! Official or not: the kind of speaker a phrase names, from its words, its appositive and what
//! the article says elsewhere about the same name. Returns the evidence in a few words.

use super::lexicon;
use super::segment::tokenize;
use super::speaker::{Table, is_honorific};
use crate::model::SpeakerKind as K;

#[derive(Debug, Clone)]
pub struct Class {
    pub kind: K,
    pub official: bool,
    pub evidence: String,
    /// A person (he/she may refer back to them), as opposed to a body.
    pub person: bool,
    /// Several speakers (they may refer back to them).
    pub plural: bool,
    /// The person's name when the phrase names one ("Ankur Aggarwal").
    pub name: Option<String>,
    /// The phrase says nothing either way (a bare unknown name, a pronoun, a document).
    pub unknown: bool,
    /// A document ("the statement", "the letter"): it speaks for whoever issued it.
    pub document: bool,
}

/// Evidence: a reason and the word that gave it ("title 'minister'").
fn q(why: &str, word: &str) -> String {
    [why, " '", word, "'"].concat()
}

fn c(kind: K, official: bool, evidence: String) -> Class {
    let person = matches!(kind, K::Person | K::Official | K::Politician);
    Class {
        kind,
        official,
        evidence,
        person,
        plural: false,
        name: None,
        unknown: false,
        document: false,
    }
}

/// Words of a phrase: lower case, capitalisation, and the raw text.
struct Words {
    low: Vec<String>,
    cap: Vec<bool>,
    raw: Vec<String>,
}

fn words(text: &str) -> Words {
    let toks = tokenize(text);
    let mut w = Words {
        low: vec![],
        cap: vec![],
        raw: vec![],
    };
    for t in toks.iter().filter(|t| t.is_word()) {
        w.low.push(
            t.low
                .strip_suffix("'s")
                .or_else(|| t.low.strip_suffix("’s"))
                .unwrap_or(&t.low)
                .to_string(),
        );
        w.cap.push(t.cap);
        w.raw.push(text[t.s..t.e].to_string());
    }
    w
}

fn kind_rank(k: &K) -> u8 {
    match k {
        K::Court => 0,
        K::Police => 1,
        K::Regulator => 2,
        K::Government => 3,
        K::Company => 4,
        K::Organisation => 5,
        K::Politician => 6,
        _ => 7,
    }
}

/// The institution word in the phrase with the strongest kind: (kind, word). Two-word names
/// first ("Air Force", "the State").
fn org_kind(w: &Words) -> Option<(K, String)> {
    let mut best: Option<(K, usize, usize)> = None;
    for (i, x) in w.low.iter().enumerate() {
        let next = w.low.get(i + 1).map_or("", String::as_str);
        let pair = if next.is_empty() {
            None
        } else {
            lexicon::org_pair(x, next)
        };
        // "state" and "centre" alone are adjectives ("state rolls"); "on board" is no board
        let single =
            if lexicon::among("state centre", x) || x == "board" && i > 0 && w.low[i - 1] == "on" {
                None
            } else {
                lexicon::org_word(x)
                    // short institution words (SC, HC, ED) only in capitals
                    .filter(|_| {
                        x.len() > 4
                            || lexicon::among("bank firm team site army navy govt inc ltd", x)
                            || is_upper(&w.raw[i])
                    })
                    // "X" the company only in capitals
                    .or_else(|| {
                        lexicon::is_company(x).then_some(K::Company).filter(|_| {
                            (w.cap[i] || x.len() > 3) && (x != "x" || is_upper(&w.raw[i]))
                        })
                    })
            };
        // (kind, first word, words): a pair names itself with both words
        for (k, n) in [(pair, 2), (single, 1)] {
            let Some(k) = k else { continue };
            if best
                .as_ref()
                .is_none_or(|(b, _, _)| kind_rank(&k) < kind_rank(b))
            {
                best = Some((k, i, n));
            }
        }
    }
    best.map(|(k, i, n)| (k, w.low[i..i + n].join(" ")))
}

fn is_upper(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && s.chars().all(|c| !lexicon::is_lower(c) || c == 'y')
}

/// The person's title: the head one, i.e. the last before "of/for/at" ("Chief Justice",
/// "police chief", "attorney general"), else the first after it.
fn title_kind(w: &Words) -> Option<(K, String)> {
    let main = w
        .low
        .iter()
        .position(|x| lexicon::among("of for at in with", x))
        .unwrap_or(w.low.len());
    for i in (0..main).rev().chain(main..w.low.len()) {
        let x = &w.low[i];
        let pair = if i > 0 {
            lexicon::title_pair(&w.low[i - 1], x)
        } else {
            None
        };
        // short titles (SP, IG, MP, PRO, CM) only in capitals
        let short = x.len() <= 3 && !is_upper(&w.raw[i]) && !lexicon::among("sen rep gov", x);
        let single = lexicon::title(x).filter(|k| !short && *k != K::Anonymous);
        if let Some(k) = pair.or(single) {
            return Some((k, x.clone()));
        }
    }
    None
}

/// The head noun of the main phrase: the last word before "of/at/for/in/with" or a comma.
fn head(w: &Words) -> Option<&str> {
    let mut h = None;
    for x in &w.low {
        if lexicon::among("of at for in with from who which on", x.as_str()) {
            break;
        }
        h = Some(x.as_str());
    }
    h
}

pub fn is_pronoun_speaker(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    lexicon::is_pronoun(&l)
}

/// Classifies a speaker phrase as written. `bi`: the block, for the table's nearest mentions.
pub fn classify(text: &str, table: &Table, bi: usize) -> Class {
    // a relative clause describes, it does not name the office ("Scissors, who consults with
    // administration officials")
    let text = match [", who ", " who ", ", which ", ", whose "]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
    {
        Some(i) if i > 0 => &text[..i],
        _ => text,
    };
    // "Name, appositive": judge the appositive first, the name when it says nothing
    if let Some((name, appos)) = split_appositive(text) {
        let mut a = classify_desc(appos);
        if a.official
            && institution_only(&a, appos)
            && words(name).cap.iter().filter(|&&c| c).count() >= 2
        {
            a.unknown = true;
        }
        let n = classify_desc(name);
        let mut out = if a.unknown || n.official && !a.official && n.evidence.starts_with("former")
        {
            n.clone()
        } else {
            a
        };
        if out.unknown {
            out = classify_name(name, table, bi);
        }
        out.name = Some(name.trim().to_string());
        out.person = true;
        out.plural = false;
        return out;
    }
    let d = classify_desc(text);
    if d.document {
        return d;
    }
    // "Mr. Grassley and Mr. Leahy": each name on its own; official when one of them is
    if d.unknown && text.contains(" and ") {
        if let Some(mut p) = text
            .split(" and ")
            .map(|p| classify(p.trim(), table, bi))
            .find(|p| p.official)
        {
            p.plural = true;
            p.person = false;
            p.name = None;
            return p;
        }
    }
    if !d.unknown {
        let mut d = d;
        if d.person && d.name.is_none() {
            d.name = name_part(text);
        }
        return d;
    }
    classify_name(text, table, bi)
}

fn split_appositive(text: &str) -> Option<(&str, &str)> {
    if let Some(i) = text.find(',') {
        let (a, b) = (text[..i].trim(), text[i + 1..].trim().trim_end_matches(','));
        let first_cap = a.chars().next().is_some_and(char::is_uppercase);
        return (first_cap && !b.is_empty() && a.split_whitespace().count() <= 5).then_some((a, b));
    }
    // "Basudeb Acharia of the Communist Party": a person's name, then what they belong to
    let i = text.find(" of ")?;
    let a = text[..i].trim();
    let w = words(a);
    let pure_name = (1..=4).contains(&w.low.len())
        && w.cap.iter().all(|&c| c)
        && w.low.iter().all(|x| {
            lexicon::title(x).is_none()
                && lexicon::org_word(x).is_none()
                && !lexicon::is_det(x)
                && !lexicon::is_company(x)
        });
    pure_name.then_some((a, &text[i + 1..]))
}

/// The capitalised name at the end of a titled phrase: "Union IT Minister Ravi Shankar Prasad"
/// -> "Ravi Shankar Prasad".
fn name_part(text: &str) -> Option<String> {
    let w = words(text);
    let mut start = w.low.len();
    while start > 0 {
        let i = start - 1;
        let x = &w.low[i];
        if !w.cap[i]
            || lexicon::title(x).is_some()
            || lexicon::org_word(x).is_some()
            || is_honorific(&w.raw[i])
            || lexicon::is_det(x)
        {
            break;
        }
        start -= 1;
    }
    // the name follows a title or an honorific, not "for" ("High Commissioner for Human Rights")
    let after_title = start > 0
        && (lexicon::title(&w.low[start - 1]).is_some() || is_honorific(&w.raw[start - 1]));
    (start < w.low.len() && after_title).then(|| w.raw[start..].join(" "))
}

/// A person's description that only names an institution ("an Amazon seller", "a member of
/// the group") says where they are, not that they speak for it; "of the Party" does.
fn institution_only(c: &Class, desc: &str) -> bool {
    c.evidence.starts_with("institution")
        && !desc.trim_start_matches(',').trim_start().starts_with("of ")
}

/// What the words themselves say (no table look-up). `unknown` when they say nothing.
fn classify_desc(text: &str) -> Class {
    let w = words(text);
    if w.low.is_empty() {
        let mut x = c(K::Person, false, "no speaker".into());
        x.unknown = true;
        return x;
    }
    let plural = w.low.iter().any(|x| x == "and")
        || head(&w).is_some_and(|h| {
            h.ends_with('s') && !h.ends_with("ss") && h.len() > 3 && !lexicon::is_company(h)
        });
    let mut out = classify_words(&w);
    out.plural = out.plural || plural;
    if out.plural {
        out.person = false;
    }
    out
}

fn classify_words(w: &Words) -> Class {
    if let Some(x) = w.low.iter().find(|x| lexicon::is_negator(x)) {
        return c(K::Person, false, q("former office holder", x));
    }
    if w.low.iter().any(|x| lexicon::is_data(x)) {
        return c(K::Person, false, "poll or data, not a speaker".into());
    }
    // news outlets as report sources
    let media = w
        .low
        .iter()
        .enumerate()
        .any(|(i, x)| lexicon::is_media(x) && w.cap[i] && !(x == "post" && w.low.len() == 1))
        // "ET Now"
        || w.low.iter().any(|x| x == "et") && w.low.iter().any(|x| x == "now")
        || w.low
            .iter()
            .any(|x| lexicon::among("report reports newspaper newspapers", x.as_str()));
    let h = head(w).unwrap_or("");
    let title = title_kind(w);
    // "a report in the Argus Leader": a report is never an office
    let report = lexicon::among("report reports reporting", h);
    if report || media && title.is_none() && !w.low.iter().any(|x| lexicon::is_source_word(x)) {
        let mut x = c(K::Organisation, false, "news outlet or report".into());
        // "NBC's Dante Chinni": a journalist, who "he" may refer back to
        let n = w.low.len();
        x.person = !report
            && n >= 2
            && w.cap[n - 1]
            && !lexicon::is_media(&w.low[n - 1])
            && w.low.iter().any(|y| y.len() > 1)
            && w.raw.iter().any(|r| r.ends_with("'s") || r.ends_with("’s"));
        if x.person {
            x.kind = K::Person;
        }
        return x;
    }
    if w.low.iter().any(|x| lexicon::is_academic(x))
        // "think tank", "law school" (not any school: "Institute for School Reform")
        || w.low.iter().any(|x| x == "tank" || x == "school") && w.low.iter().any(|x| lexicon::among("think law business", x))
    {
        return c(K::Person, false, "expert or academic".into());
    }
    // anonymous sources: official when tied to an institution
    if let Some(s) = w.low.iter().find(|x| lexicon::is_source_word(x)) {
        let tied = org_kind(w).is_some()
            || w.low.iter().any(|x| {
                lexicon::among(
                    "official government ministry police administration",
                    x.as_str(),
                )
            });
        let mut x = c(
            K::Anonymous,
            tied,
            if tied {
                q("unnamed official", s)
            } else {
                q("unaffiliated", s)
            },
        );
        x.person = false;
        x.plural = s.ends_with('s');
        return x;
    }
    let has_name = w.cap.iter().zip(&w.low).enumerate().any(|(i, (&cap, x))| {
        cap && i > 0
            && lexicon::title(x).is_none()
            && lexicon::org_word(x).is_none()
            && !lexicon::is_det(x)
            && !lexicon::is_media(x)
            && x != "of"
    });
    // unnamed officials: "officials", "a senior police officer", "the officer"
    if lexicon::among(
        "official officials officer officers investigators policemen authorities",
        h,
    ) && !has_name
    {
        let mut x = c(K::Anonymous, true, q("unnamed official", h));
        x.person = !h.ends_with('s');
        x.plural = h.ends_with('s');
        return x;
    }
    if let Some((tk, tw)) = &title {
        // a private head outranks a title elsewhere ("a lawyer for ..."), not the other way
        if !lexicon::is_private(h) || lexicon::title(h).is_some() {
            let kind = match org_kind(w) {
                Some((ok, _))
                    if !matches!(tk, K::Court | K::Politician) && !matches!(ok, K::Politician) =>
                {
                    ok
                }
                _ => tk.clone(),
            };
            let mut x = c(kind, true, q("title", tw));
            x.person = !lexicon::among(
                "judges senators lawmakers officials ministers legislators",
                tw.as_str(),
            );
            return x;
        }
    }
    if let Some(p) = w.low.iter().find(|x| lexicon::is_private(x)) {
        return c(K::Person, false, q("private person", p));
    }
    if w.low
        .iter()
        .any(|x| matches!(x.as_str(), "republicans" | "democrats"))
    {
        let mut x = c(K::Politician, true, "party members".into());
        x.plural = true;
        return x;
    }
    if let Some((k, ow)) = org_kind(w) {
        let mut x = c(k, true, q("institution", &ow));
        x.person = false;
        return x;
    }
    // "AROS said", "the NAACP called for": an acronym standing alone names a body (news
    // agencies were caught above)
    let n = w.raw.len();
    let raw = &w.raw[n - 1];
    if (n == 1 || n == 2 && w.low[0] == "the")
        && is_upper(raw)
        && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        let mut x = c(K::Organisation, true, q("organisation", raw));
        x.person = false;
        return x;
    }
    if w.low.iter().any(|x| lexicon::is_document(x)) {
        // "Her submission to the court": a person's own filing
        if lexicon::among("his her their", w.low[0].as_str()) {
            return c(K::Person, false, "a private person's document".into());
        }
        let mut x = c(K::Organisation, false, "a document".into());
        x.unknown = true;
        x.person = false;
        x.document = true;
        return x;
    }
    let mut x = c(K::Person, false, "no office named".into());
    x.unknown = true;
    x
}

/// A name: what the article says about it elsewhere (the speaker table).
fn classify_name(text: &str, table: &Table, bi: usize) -> Class {
    let w = words(text);
    let mut name_words = Vec::new();
    for (i, x) in w.low.iter().enumerate() {
        if w.cap[i] && !is_honorific(&w.raw[i]) && !lexicon::is_det(x) {
            name_words.push(x.clone());
        }
    }
    if w.low.len() == 1 && is_pronoun_speaker(&w.low[0]) {
        let mut x = c(K::Person, false, "unresolved pronoun".into());
        x.unknown = true;
        return x;
    }
    if !name_words.is_empty() {
        for p in table.lookup(&name_words, bi) {
            if p.desc.is_empty() {
                continue;
            }
            let d = classify_desc(&p.desc);
            if !d.unknown && !institution_only(&d, &p.desc) {
                let mut d = d;
                // the title word says why, the name says who it belongs to
                d.evidence = [&d.evidence, " (of ", &p.name, " earlier)"].concat();
                d.person = true;
                d.plural = false;
                d.name = Some(p.name.clone());
                // a named officer is not anonymous
                if d.kind == K::Anonymous {
                    d.kind = K::Official;
                }
                return d;
            }
        }
    }
    let mut x = c(K::Person, false, "named, no office stated".into());
    x.unknown = true;
    x.name = (!name_words.is_empty()).then(|| text.trim().to_string());
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cls(s: &str) -> Class {
        classify(s, &Table::default(), 0)
    }

    #[test]
    fn official_kinds() {
        for (s, k) in [
            ("the IT ministry", K::Government),
            ("the micro-blogging platform", K::Company),
            ("Twitter", K::Company),
            ("the bench", K::Court),
            ("Delhi Police", K::Police),
            ("RBI Governor Shaktikanta Das", K::Regulator),
            ("BJP spokesperson Nirmala Sitharaman", K::Organisation),
            (
                "Ankur Aggarwal, the Superintendent of Police in Chandauli",
                K::Police,
            ),
            ("The Election Commission (ECI)", K::Regulator),
            ("An Air India spokesperson", K::Company),
            ("Union IT Minister Ravi Shankar Prasad", K::Official),
            ("Rep. Adam Schiff", K::Politician),
        ] {
            let x = cls(s);
            assert!(x.official, "{s}: {x:?}");
            assert_eq!(x.kind, k, "{s}: {x:?}");
        }
    }

    #[test]
    fn anonymous_officials_and_sources() {
        let x = cls("a senior police officer");
        assert!(x.official && x.kind == K::Anonymous);
        let x = cls("officials");
        assert!(x.official && x.kind == K::Anonymous);
        let x = cls("ministry sources");
        assert!(x.official && x.kind == K::Anonymous);
        let x = cls("sources familiar with the matter");
        assert!(!x.official && x.kind == K::Anonymous);
    }

    #[test]
    fn not_official() {
        for s in [
            "former IT minister Ravi Shankar Prasad",
            "a passenger",
            "Residents",
            "Michael Tanner, an analyst at the libertarian Cato Institute",
            "ET Now",
            "The New York Post",
            "Trump lawyer Marc Kasowitz",
            "a new poll",
            "Donald Trump",
        ] {
            assert!(!cls(s).official, "{s}: {:?}", cls(s));
        }
    }
}
