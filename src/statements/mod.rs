//! Who said what: statements in the article's blocks, their speakers and whether they are
//! official.
//!
//! One pass over the blocks in order (each block: tokens, quotations, sentences, then speech
//! verbs with their speakers and what was said, see [`attribution`]); then the speakers are
//! resolved against the article's own table of people and titles ([`speaker::Table`]) and
//! pronouns against the speakers before them, and classified ([`official`]). Hand-written
//! matching over words, linear in the text.

mod attribution;
mod cues;
mod lexicon;
mod official;
mod segment;
mod speaker;

use crate::model::{SpeakerKind, Statement};
use official::Class;

/// Finds statements in the article's blocks (`blocks[i]` is block i's plain text).
pub fn find(blocks: &[String]) -> Vec<Statement> {
    let segs: Vec<segment::Seg> = blocks.iter().map(|b| segment::segment(b)).collect();
    let mut table = speaker::Table::build(&segs);
    let mut raws = Vec::new();
    let mut carry = attribution::Carry::default();
    for (bi, seg) in segs.iter().enumerate() {
        attribution::block(bi, seg, &mut carry, &mut raws);
    }
    link_descriptions(&raws, &mut table);
    resolve(&raws, blocks, &table)
}

/// "Sanders told MSNBC ..." and later "the Vermont senator acknowledged ...": a definite title
/// after a bare name describes that name (news style), so it goes into the table.
fn link_descriptions(raws: &[attribution::Raw], table: &mut speaker::Table) {
    let mut last_name: Option<(String, usize)> = None;
    let mut links = Vec::new();
    for r in raws {
        let spk = r.speaker.trim().trim_end_matches(',');
        let n = spk.split(' ').count();
        let capitalised = spk.split(' ').all(|x| x.starts_with(char::is_uppercase));
        if capitalised && n <= 3 && !official::is_pronoun_speaker(spk) {
            let c = official::classify(spk, table, r.block);
            // unknown: the table has no title for this name
            last_name = (c.unknown && c.person).then(|| (spk.to_string(), r.block));
            continue;
        }
        let rest = spk
            .strip_prefix("the ")
            .or_else(|| spk.strip_prefix("The "));
        if let Some(rest) = rest {
            let c = official::classify(spk, table, r.block);
            if let (true, true, None, Some((name, b))) = (c.official, c.person, &c.name, &last_name)
            {
                if r.block >= *b && r.block - b <= 6 {
                    links.push((name.clone(), rest.to_lowercase(), *b));
                    last_name = None;
                }
            }
        }
    }
    for (name, desc, b) in links {
        table.add(&name, &desc, b);
    }
}

/// A speaker seen so far: the name shown, its class, and "she"/"he" when known.
#[derive(Clone)]
struct Seen {
    name: String,
    class: Class,
    female: Option<bool>,
    block: usize,
}

/// The speakers seen so far, for pronouns: people (most recent last), the last body and group.
#[derive(Default)]
struct Recent {
    people: Vec<Seen>,
    body: Option<Seen>,
    group: Option<Seen>,
    any: Option<Seen>,
}

/// "spokeswoman", "Ms", "widow": she; "spokesman", "Mr": he.
fn gender_of(text: &str) -> Option<bool> {
    text.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
        // honorifics as written ("MS Randhawa" is initials); role nouns in lower case
        let role = |x: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && w.ends_with(x);
        if lexicon::among("Ms Mrs Smt she her widow mother daughter wife sister", w)
            || role("woman")
        {
            Some(true)
        } else if lexicon::among("Mr Shri he his widower father son husband brother", w)
            || role("man")
        {
            Some(false)
        } else {
            None
        }
    })
}

impl Recent {
    fn note(&mut self, name: &str, c: &Class, female: Option<bool>, block: usize) {
        let mut item = Seen {
            name: name.to_string(),
            class: c.clone(),
            female,
            block,
        };
        if c.plural {
            self.group = Some(item.clone());
        } else if c.person {
            // seen again: the newest copy is the one pronouns find (older copies stay, unread)
            if let Some(old) = self.people.iter().rfind(|p| p.name == name) {
                item.female = item.female.or(old.female);
            }
            // pronouns look back a few speakers, not the whole article
            if self.people.len() >= 24 {
                self.people.drain(..12);
            }
            self.people.push(item.clone());
        } else {
            self.body = Some(item.clone());
        }
        self.any = Some(item);
    }

    /// The antecedent of a pronoun; "he" and "she" skip people known to be the other.
    fn for_pronoun(&mut self, p: &str) -> Option<Seen> {
        let want = match p {
            "he" => Some(false),
            "she" => Some(true),
            _ => None,
        };
        match p {
            "he" | "she" | "i" => {
                let k = self
                    .people
                    .iter()
                    .rposition(|s| want.is_none() || s.female.is_none() || s.female == want)?;
                // what the pronoun says is remembered: "she" is not "he" later
                if want.is_some() {
                    self.people[k].female = want;
                }
                Some(self.people[k].clone())
            }
            "it" => self.body.clone(),
            "they" | "we" => self.group.clone().or(self.body.clone()),
            _ => None,
        }
    }
}

fn resolve(raws: &[attribution::Raw], blocks: &[String], table: &speaker::Table) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::with_capacity(raws.len());
    let mut recent = Recent::default();
    // spans already given: a repeat can only come from the same block, so only those are kept
    let mut seen: Vec<(usize, usize, usize)> = Vec::new();
    for r in raws {
        if seen.last().is_some_and(|l| l.0 != r.block) {
            seen.clear();
        }
        if seen.contains(&(r.block, r.s, r.e)) {
            continue;
        }
        seen.push((r.block, r.s, r.e));
        let written = r.speaker.trim().trim_end_matches(',').trim();
        let low = written.to_lowercase();
        let pronoun = official::is_pronoun_speaker(&low);
        let (shown, class) = if pronoun {
            match recent.for_pronoun(&low) {
                Some(seen) => {
                    // the antecedent is the latest speaker again (for documents and pronouns)
                    recent.note(&seen.name, &seen.class, seen.female, r.block);
                    let mut c = seen.class.clone();
                    c.evidence = ["'", written, "' is ", &seen.name, ": ", &c.evidence].concat();
                    (seen.name, c)
                }
                None => (
                    written.to_string(),
                    official::classify(written, table, r.block),
                ),
            }
        } else {
            let mut c = official::classify(written, table, r.block);
            // "the statement said": a document speaks for whoever issued it
            if c.unknown && !c.person {
                if let Some(prev) = recent.any.as_ref().filter(|p| p.block + 1 >= r.block) {
                    c = Class {
                        evidence: ["document of ", &prev.name, ": ", &prev.class.evidence].concat(),
                        person: false,
                        unknown: false,
                        ..prev.class.clone()
                    };
                }
            }
            (written.to_string(), c)
        };
        if !pronoun && !c_is_document(&shown) {
            // a person is remembered by name: "he" later shows "Ankur Aggarwal", and "the RBI
            // Governor" is "Shaktikanta Das" when the article names one
            let by_title = (class.person && class.name.is_none())
                .then(|| table.by_title(&shown).map(|p| p.name.clone()))
                .flatten();
            let name = class
                .name
                .clone()
                .filter(|_| class.person)
                .or(by_title)
                .unwrap_or(shown.clone());
            recent.note(
                &name,
                &class,
                gender_of(&shown).or_else(|| gender_of(&class.evidence)),
                r.block,
            );
        }
        let shown = if official::is_pronoun_speaker(&low) {
            shown
        } else {
            written.to_string()
        };
        let text = &blocks[r.block][r.s..r.e];
        out.push(Statement {
            text: text.to_string(),
            speaker: shown,
            speaker_kind: class.kind.clone(),
            official: class.official,
            direct: text.contains(['"', '“', '”', '„', '«', '»']) || has_single_quotes(text),
            cue: r.cue.clone(),
            block: r.block,
            evidence: class.evidence.clone(),
        });
    }
    out
}

fn c_is_document(s: &str) -> bool {
    s.split(' ').count() <= 3
        && s.rsplit(' ')
            .next()
            .is_some_and(|x| lexicon::is_document(&x.to_lowercase()))
}

/// 'unusual' as a quoted word (an apostrophe inside a word does not count).
fn has_single_quotes(text: &str) -> bool {
    text.contains('‘') || text.starts_with('\'') || text.contains(" '")
}

#[allow(dead_code)]
fn kind_name(k: &SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Government => "government",
        SpeakerKind::Official => "official",
        SpeakerKind::Police => "police",
        SpeakerKind::Court => "court",
        SpeakerKind::Regulator => "regulator",
        SpeakerKind::Company => "company",
        SpeakerKind::Organisation => "organisation",
        SpeakerKind::Politician => "politician",
        SpeakerKind::Person => "person",
        SpeakerKind::Anonymous => "anonymous",
    }
}
