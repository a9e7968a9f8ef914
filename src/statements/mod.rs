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
        let w: Vec<&str> = spk.split_whitespace().collect();
        let capitalised = !w.is_empty() && w.iter().all(|x| x.starts_with(char::is_uppercase));
        if capitalised && w.len() <= 3 && !official::is_pronoun_speaker(spk) {
            let c = official::classify(spk, table, r.block);
            last_name =
                (c.unknown && c.person && !table.has_desc(spk)).then(|| (spk.to_string(), r.block));
            continue;
        }
        if w.len() >= 2 && w[0].eq_ignore_ascii_case("the") {
            let c = official::classify(spk, table, r.block);
            if let (true, true, None, Some((name, b))) = (c.official, c.person, &c.name, &last_name)
            {
                if r.block >= *b && r.block - b <= 6 {
                    links.push((name.clone(), w[1..].join(" ").to_lowercase(), *b));
                    last_name = None;
                }
            }
        }
    }
    for (name, desc, b) in links {
        table.add(&name, &desc, b);
    }
}

/// The speakers seen so far, for pronouns: the last person, body and group.
#[derive(Default)]
struct Recent {
    person: Option<(String, Class)>,
    body: Option<(String, Class)>,
    group: Option<(String, Class)>,
    any: Option<(String, Class)>,
}

impl Recent {
    fn note(&mut self, shown: &str, c: &Class) {
        let item = Some((shown.to_string(), c.clone()));
        if c.plural {
            self.group = item.clone();
        } else if c.person {
            self.person = item.clone();
        } else {
            self.body = item.clone();
        }
        self.any = item;
    }

    fn for_pronoun(&self, p: &str) -> Option<&(String, Class)> {
        match p {
            "he" | "she" | "i" => self.person.as_ref(),
            "it" => self.body.as_ref(),
            "they" | "we" => self.group.as_ref().or(self.body.as_ref()),
            _ => None,
        }
    }
}

fn resolve(raws: &[attribution::Raw], blocks: &[String], table: &speaker::Table) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::with_capacity(raws.len());
    let mut recent = Recent::default();
    let mut seen: Vec<(usize, usize, usize)> = Vec::new();
    for r in raws {
        if seen.contains(&(r.block, r.s, r.e)) {
            continue;
        }
        seen.push((r.block, r.s, r.e));
        let written = r.speaker.trim().trim_end_matches(',').trim();
        let low = written.to_lowercase();
        let (shown, class) = if official::is_pronoun_speaker(&low) {
            match recent.for_pronoun(&low) {
                Some((name, c)) => {
                    let mut c = c.clone();
                    c.evidence = format!("'{written}' is {name}: {}", c.evidence);
                    (name.clone(), c)
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
                if let Some((name, prev)) = &recent.any {
                    c = Class {
                        evidence: format!("document of {name}: {}", prev.evidence),
                        person: false,
                        unknown: false,
                        ..prev.clone()
                    };
                }
            }
            (written.to_string(), c)
        };
        if !(c_is_document(&shown) || official::is_pronoun_speaker(&shown.to_lowercase())) {
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
            recent.note(&name, &class);
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
    let w: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    w.len() <= 3 && w.last().is_some_and(|x| lexicon::is_document(x))
}

/// 'unusual' as a quoted word (not an apostrophe inside a word).
fn has_single_quotes(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        matches!(c, '‘' | '\'')
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
            && (i == 0 || !chars[i - 1].is_alphanumeric())
    })
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
