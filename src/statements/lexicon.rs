//! Compact word lists (lower case). Single words are kept sorted for binary search (a test checks
//! it); phrases are matched word by word. Sources: docs/official-statements.md (starter lexicon)
//! plus common news usage.

use crate::model::SpeakerKind as K;
use std::cmp::Ordering;
use std::sync::OnceLock;

/// `w` is one of the space-separated words (small sets; a `matches!` over many strings costs
/// more wasm than the words themselves).
pub fn among(words: &str, w: &str) -> bool {
    entries(words).any(|x| x == w.as_bytes())
}

/// [`among`], ignoring ASCII case.
pub fn among_ignoring_case(words: &str, w: &str) -> bool {
    entries(words).any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
}

/// The space-separated words, as bytes (a byte split: `str::split(' ')` sets up a character
/// searcher on each call, several times the cost of these short lists).
fn entries(words: &str) -> impl Iterator<Item = &[u8]> {
    words.as_bytes().split(|&b| b == b' ')
}

/// Binary search in a sorted, space-separated list kept as one string (no table of pointers in
/// the wasm). `key` compares an entry's key (the part before '=') with the wanted one. The
/// entries' offsets are found once, on the first search, into `index`.
pub fn search(
    packed: &'static str,
    index: &OnceLock<Vec<u32>>,
    key: impl Fn(&[u8]) -> Ordering,
) -> Option<&'static str> {
    let b = packed.as_bytes();
    // Start of each entry, then one past the end (as if a space followed the last entry).
    let starts = index.get_or_init(|| {
        let mut v = vec![0u32];
        v.extend(
            b.iter()
                .enumerate()
                .filter(|&(_, &c)| c == b' ')
                .map(|(i, _)| i as u32 + 1),
        );
        v.push(b.len() as u32 + 1);
        v
    });
    let (mut lo, mut hi) = (0, starts.len() - 1);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let (s, e) = (starts[mid] as usize, starts[mid + 1] as usize - 1);
        let entry = &b[s..e];
        let k = entry.split(|&c| c == b'=').next().unwrap_or(&[]);
        match key(k) {
            Ordering::Equal => return Some(&packed[s..e]),
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
        }
    }
    None
}

/// `k` compared with the parts written one after another (no string built).
pub fn cmp_joined(k: &[u8], parts: [&str; 3]) -> Ordering {
    let mut i = 0;
    for p in parts {
        for &c in p.as_bytes() {
            match k.get(i) {
                None => return Ordering::Less,
                Some(&x) if x != c => return x.cmp(&c),
                _ => i += 1,
            }
        }
    }
    if i < k.len() {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// A sorted word list, packed in one string (a pointer per word would cost more wasm than the
/// words).
pub struct List(&'static str, OnceLock<Vec<u32>>);

impl List {
    const fn new(packed: &'static str) -> List {
        List(packed, OnceLock::new())
    }
    pub fn has(&self, w: &str) -> bool {
        search(self.0, &self.1, |k| k.cmp(w.as_bytes())).is_some()
    }
    #[cfg(test)]
    fn words(&self) -> Vec<&'static str> {
        self.0.split(' ').collect()
    }
}

/// Words with the kind of speaker they make, packed as "word=k" (k: one letter, see `kind`).
pub struct Kinds(&'static str, OnceLock<Vec<u32>>);

fn kind(c: u8) -> K {
    match c {
        b'g' => K::Government,
        b'o' => K::Official,
        b'p' => K::Police,
        b'c' => K::Court,
        b'r' => K::Regulator,
        b'y' => K::Company,
        b'n' => K::Organisation,
        b'l' => K::Politician,
        b'a' => K::Anonymous,
        _ => K::Person,
    }
}

impl Kinds {
    const fn new(packed: &'static str) -> Kinds {
        Kinds(packed, OnceLock::new())
    }
    pub fn get(&self, w: &str) -> Option<K> {
        self.get2(w, "")
    }
    /// A two-word entry ("attorney general" is kept as "attorney_general"), compared without
    /// building the key; `b` empty for one word.
    pub fn get2(&self, a: &str, b: &str) -> Option<K> {
        let sep = if b.is_empty() { "" } else { "_" };
        let e = search(self.0, &self.1, |k| cmp_joined(k, [a, sep, b]))?;
        Some(kind(*e.as_bytes().last()?))
    }
    #[cfg(test)]
    fn words(&self) -> Vec<(&'static str, K)> {
        self.0
            .split(' ')
            .map(|x| {
                (
                    x.split('=').next().unwrap(),
                    kind(*x.as_bytes().last().unwrap()),
                )
            })
            .collect()
    }
}

/// A lower-case letter, near enough: any letter that is not upper case (caseless scripts count
/// as lower). Keeps the Unicode lower-case table out of the wasm.
pub fn is_lower(c: char) -> bool {
    c.is_ascii_lowercase() || !c.is_ascii() && c.is_alphabetic() && !c.is_uppercase()
}

/// Combining marks (Devanagari vowel signs and the like) that belong inside a word.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

/// Words that take a full stop without ending the sentence.
static ABBREV: List = List::new(
    "\
     adm apr aug capt co col corp dec dept dr e.g feb gen gov govt hon i.e inc insp jan jr jul jun \
     lt ltd maj mar messrs mr mrs ms mt no nov oct prof pvt rep reps rev sen sens sep sept sgt sr \
     st supt vs",
);

pub fn is_abbrev(w: &str) -> bool {
    ABBREV.has(w)
}

/// Words that commonly open a sentence (used after dotted acronyms like "U.S.").
static OPENERS: List = List::new(
    "\
     a after an and as at but he her his i in it its on she so that the their there these they \
     this those we when while yet",
);

pub fn is_sentence_opener(w: &str) -> bool {
    OPENERS.has(w)
}

static PRONOUNS: List = List::new(PRONOUNS_ENTRIES);
const PRONOUNS_ENTRIES: &str = "he i it she they we";

pub fn is_pronoun(w: &str) -> bool {
    PRONOUNS.has(w)
}

static DETERMINERS: List = List::new(DETERMINERS_ENTRIES);
const DETERMINERS_ENTRIES: &str =
    "a all an another both her his its many other several some that the their these this those";

pub fn is_det(w: &str) -> bool {
    DETERMINERS.has(w)
}

/// Words that end a speaker phrase when walking back from the verb: clause openers and the like.
static CLAUSE_WORDS: List = List::new(
    "\
     after although as because before but despite how if since so than that though unless until \
     what when where whereas whether which while who whom whose why",
);

pub fn is_clause_word(w: &str) -> bool {
    CLAUSE_WORDS.has(w)
}

static AUX: List = List::new(
    "\
     am are be been being can could did do does had has have is may might must shall should was \
     were will would",
);

pub fn is_aux(w: &str) -> bool {
    AUX.has(w)
}

pub const PASSIVE_AUX: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];
pub const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Adverbs that may sit between a speaker and the verb ("further added", "soon took").
static ADVERBS: List = List::new(
    "\
     again already also earlier finally first further however indirectly later long meanwhile \
     never now officially once only pointedly previously quickly recently repeatedly reportedly \
     since soon still strongly then therefore thus today together too yesterday",
);

pub fn is_adverb(w: &str) -> bool {
    ADVERBS.has(w)
        || (w.len() > 4
            && w.ends_with("ly")
            && !w.ends_with("ally")
            && !matches!(w, "italy" | "july" | "family" | "daily"))
}

/// Words of time that may follow a verb before its clause ("said on Monday that").
static TIME_WORDS: List = List::new(TIME_WORDS_ENTRIES);
const TIME_WORDS_ENTRIES: &str = "\
     afternoon april august december earlier evening february friday january july june last later \
     march may monday month morning night november october saturday september sunday then this \
     thursday time today tonight tuesday wednesday week year yesterday";

pub fn is_time_word(w: &str) -> bool {
    TIME_WORDS.has(w)
}

/// Nouns for the way something was said: "in a statement", "on Koo", "at a press meet".
static CHANNELS: List = List::new(
    "\
     address advisory affidavit blog briefing broadcast circular communique conference e-mail \
     email facebook filing handle instagram interview koo letter linkedin media meet meeting memo \
     message note notice notification order post press release remarks reply reporters show speech \
     statement threads tweet twitter video x",
);

pub fn is_channel(w: &str) -> bool {
    CHANNELS.has(w)
}

/// Documents that "say" things on behalf of whoever issued them.
static DOCUMENTS: List = List::new(
    "\
     advisory affidavit brief circular communique document filing judgment letter memo note notice \
     notification order post release ruling statement submission tweet verdict",
);

pub fn is_document(w: &str) -> bool {
    DOCUMENTS.has(w)
}

/// Words that say the speaker no longer holds the office.
pub fn is_negator(w: &str) -> bool {
    among("former erstwhile retired ex onetime one-time", w)
        || w.starts_with("ex-")
        || w.starts_with("then-")
        || w.starts_with("former-")
}

/// Heads that make a speaker private, an expert or a reporter, not an office (A.8).
static PRIVATE: List = List::new(
    "\
     academic accused activist activists advocates analyst analysts author blogger brother \
     candidate child citizens columnist commentator critic critics customer customers daughter \
     delegates developer economist economists employee employees expert experts eyewitness \
     families family fan fans farmer farmers father flyer flyers friend host husband influencer \
     journalist journalists lawyer lawyers local locals man men mother neighbor neighbors \
     neighbour neighbours netizens nominee parent parents passenger passengers people petitioner \
     petitioners pollster professor protester protesters protestor protestors relative relatives \
     researcher researchers resident residents scholar scientist scientists shopkeeper sister son \
     student students supporters survivor survivors trader traders user users victim victims \
     villager villagers voter voters widow wife witness witnesses woman women worker workers \
     writer",
);

pub fn is_private(w: &str) -> bool {
    PRIVATE.has(w)
}

/// Words that mark data, polls and studies: attributions that are not statements.
static DATA: List = List::new(
    "\
     average averages census data figures finding findings percent poll polling polls research \
     statistics studies study survey surveys",
);

pub fn is_data(w: &str) -> bool {
    DATA.has(w) || w.ends_with('%')
}

/// Places of research and commentary: their staff speak as experts, not officials.
static ACADEMIC: List = List::new("college university");

pub fn is_academic(w: &str) -> bool {
    ACADEMIC.has(w)
}

/// Single words naming an institution, with the kind of speaker it makes (A.5, A.6).
static ORG_WORDS: Kinds = Kinds::new(ORG_WORDS_ENTRIES);
const ORG_WORDS_ENTRIES: &str = "\
     administration=g agency=g air_force=p air_india=y airline=y airlines=y alliance=n army=p \
     assembly=l association=n authority=g automaker=y bank=y bench=c bjp=n board=g brokerage=y \
     bsf=p bsp=n bureau=g cabinet=g campaign=n carmaker=y carrier=y cbi=p cci=r centre=g \
     coalition=n commission=r committee=g company=y conference=n conglomerate=y congress=n \
     corporation=y council=g court=c courts=c cpi-m=n crpf=p department=g dgca=r directorate=g \
     dmk=n eci=r election_commission=r embassy=g federal_reserve=r federation=n firm=y \
     foundation=n giant=y gop=n government=g govt=g group=n hc=c high_court=c homeland_security=g \
     icmr=g inc=y institute=n insurer=y judiciary=c justice_department=g kremlin=g league=n \
     legislature=l lender=y limited=y ltd=y manufacturer=y mea=g meity=g mha=g military=p \
     ministry=g mospi=g mpc=r naacp=n navy=p nia=p nypd=p office=g organisation=n organization=n \
     panel=g parliament=l party=n pentagon=g pib=g platform=y pmo=g police=p policemen=p rbi=r \
     regulator=r reserve_bank=r retailer=y ruling=c s.e.c=r sc=c sebi=r sec=r secret_service=p \
     secretariat=g senate=l site=y startup=y state_department=g supreme_court=c team=n \
     the_centre=g the_state=g trai=r tribunal=c u.n=n uidai=g united_nations=n watchdog=r \
     white_house=g";

pub fn org_pair(a: &str, b: &str) -> Option<K> {
    ORG_WORDS.get2(a, b)
}

pub fn title_pair(a: &str, b: &str) -> Option<K> {
    TITLES.get2(a, b)
}

pub fn org_word(w: &str) -> Option<K> {
    ORG_WORDS.get(w)
}

/// Titles of people, with the kind of speaker they make (A.4). Checked after the institution
/// words, so "Commissioner of Police" is police and "Election Commissioner" a regulator.
static TITLES: Kinds = Kinds::new(TITLES_ENTRIES);
const TITLES_ENTRIES: &str = "\
     acp=p administrator=o advocate_general=o ambassador=o attorney_general=o campaign_manager=n \
     ceo=y cfo=y chair=n chairman=n chairperson=n chairwoman=n chancellor=o chief=o \
     chief_executive=y chief_minister=o chief_secretary=o cji=c cm=o co-founder=y collector=o \
     commissioner=o congressman=l congresswoman=l constable=p consul=o convenor=n coo=y \
     councillor=l councilor=l counsel_for=o dcp=p dgp=p diplomat=o director=n dm=o \
     election_commissioner=r envoy=o executive=y financial_officer=y founder=y functionary=n gov=o \
     government_pleader=o governor=o ig=p igp=p inspector=p judge=c judges=c justice=c lawmaker=l \
     lawmakers=l leader=n legislator=l legislators=l lg=o magistrate=c majority_leader=l manager=n \
     mayor=o minister=o ministers=o minority_leader=l mla=l mp=l officer=a officers=a official=a \
     officials=a operating_officer=y pm=o premier=o president=o prime_minister=o pro=p \
     prosecutor=o prosecutors=o rep=l representative=l secretary=o secretary_general=n sen=l \
     senator=l senators=l sheriff=p sho=p solicitor_general=o sp=p speaker=l spokesman=n \
     spokespeople=n spokesperson=n spokeswoman=n ssp=p superintendent=p technology_officer=y";

pub fn title(w: &str) -> Option<K> {
    TITLES.get(w)
}

/// News organisations: as sources of reports they are not official (README).
static MEDIA: List = List::new(MEDIA_ENTRIES);
const MEDIA_ENTRIES: &str = "\
     abc afp ani ap axios bbc bloomberg breitbart cbs cnn express guardian herald hindu huffpost \
     ians mint msnbc nbc ndtv news news18 newspaper newspapers politico post pti reuters times \
     tribune uni";

pub fn is_media(w: &str) -> bool {
    MEDIA.has(w)
}

/// Companies and platforms often quoted in Indian and international news.
static COMPANIES: List = List::new(COMPANIES_ENTRIES);
const COMPANIES_ENTRIES: &str = "\
     adani airbus airtel alphabet amazon apple boeing byju's facebook flipkart google indigo \
     infosys instagram jio koo linkedin meta microsoft netflix ola openai paytm reliance samsung \
     spacex spicejet swiggy tata tcs telegram tesla tiktok twitter uber vistara whatsapp wipro x \
     youtube zomato";

pub fn is_company(w: &str) -> bool {
    COMPANIES.has(w)
}

/// Particles that start no name ("In", "According", "Asked").
const NAME_PARTICLES: &str = "in on at as if but and according after while when also asked";

/// Bits of the sieve of [`is_name_stopper`]'s words.
const SIEVE_BITS: u32 = 1 << 10;

/// The words [`is_name_stopper`] stops at, as a sieve of their hashes, computed by the compiler
/// (an entry of a `Kinds` list is "word=k").
static NAME_SIEVE: [u64; SIEVE_BITS as usize / 64] = sieve(&[
    TITLES_ENTRIES,
    ORG_WORDS_ENTRIES,
    DETERMINERS_ENTRIES,
    PRONOUNS_ENTRIES,
    TIME_WORDS_ENTRIES,
    MEDIA_ENTRIES,
    COMPANIES_ENTRIES,
    NAME_PARTICLES,
]);

const FNV_OFFSET: u32 = 0x811c_9dc5;

/// One byte more of an FNV-1a hash.
const fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

/// A word's place in the sieve, from its hash: the index of a `u64` and the bit in it.
const fn sieve_slot(h: u32) -> (usize, u64) {
    let slot = h % SIEVE_BITS;
    (slot as usize / 64, 1 << (slot % 64))
}

const fn sieve(lists: &[&str]) -> [u64; SIEVE_BITS as usize / 64] {
    let mut sieve = [0; SIEVE_BITS as usize / 64];
    let mut l = 0;
    while l < lists.len() {
        let b = lists[l].as_bytes();
        let (mut h, mut in_word, mut i) = (FNV_OFFSET, true, 0);
        while i <= b.len() {
            if i == b.len() || b[i] == b' ' {
                let (w, bit) = sieve_slot(h);
                sieve[w] |= bit;
                (h, in_word) = (FNV_OFFSET, true);
            } else if b[i] == b'=' {
                in_word = false;
            } else if in_word {
                h = fnv_step(h, b[i]);
            }
            i += 1;
        }
        l += 1;
    }
    sieve
}

/// Lower-case words a capitalised word cannot be and still be part of a person's name: titles,
/// institutions, determiners, pronouns, time words, media, companies and a few particles.
/// Every capitalised word of every block is tested, and most are names: the sieve turns them
/// away before the seven list searches (which confirm a hit).
pub fn is_name_stopper(w: &str) -> bool {
    let (i, bit) = sieve_slot(w.bytes().fold(FNV_OFFSET, fnv_step));
    NAME_SIEVE[i] & bit != 0
        && (title(w).is_some()
            || org_word(w).is_some()
            || is_det(w)
            || is_pronoun(w)
            || is_time_word(w)
            || is_media(w)
            || is_company(w)
            || among(NAME_PARTICLES, w))
}

/// Words for anonymous sources ("sources said", "a source").
pub fn is_source_word(w: &str) -> bool {
    matches!(w, "source" | "sources" | "insider" | "insiders")
}

/// Lower-case words that may stand inside a speaker phrase without being its verb.
static NP_WORDS: List = List::new(
    "\
     additional anonymous apex assistant central chief city conservative deputy district division \
     federal general high joint junior liberal local longtime media national of principal range \
     regional senior social special state top unnamed vice",
);

pub fn is_np_word(w: &str) -> bool {
    NP_WORDS.has(w)
        || is_det(w)
        || title(w).is_some()
        || org_word(w).is_some()
        || is_private(w)
        || is_source_word(w)
        || is_document(w)
        || is_negator(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{name}: {} before {}", w[0], w[1]);
        }
    }

    #[test]
    fn lists_are_sorted() {
        for (name, l) in [
            ("ABBREV", &ABBREV),
            ("OPENERS", &OPENERS),
            ("PRONOUNS", &PRONOUNS),
            ("DETERMINERS", &DETERMINERS),
            ("CLAUSE_WORDS", &CLAUSE_WORDS),
            ("AUX", &AUX),
            ("ADVERBS", &ADVERBS),
            ("TIME_WORDS", &TIME_WORDS),
            ("CHANNELS", &CHANNELS),
            ("DOCUMENTS", &DOCUMENTS),
            ("PRIVATE", &PRIVATE),
            ("DATA", &DATA),
            ("ACADEMIC", &ACADEMIC),
            ("MEDIA", &MEDIA),
            ("COMPANIES", &COMPANIES),
            ("NP_WORDS", &NP_WORDS),
        ] {
            sorted(name, &l.words());
        }
        sorted("PASSIVE_AUX", PASSIVE_AUX);
        sorted("MODALS", MODALS);
        for (name, l) in [("ORG_WORDS", &ORG_WORDS), ("TITLES", &TITLES)] {
            let k: Vec<&str> = l.words().iter().map(|x| x.0).collect();
            sorted(name, &k);
            assert!(
                l.0.split(' ')
                    .all(|x| x.len() > 2 && x.as_bytes()[x.len() - 2] == b'='),
                "{name}: every entry has a kind"
            );
        }
    }

    #[test]
    fn the_name_sieve_lets_every_stopper_through() {
        for list in [&DETERMINERS, &PRONOUNS, &TIME_WORDS, &MEDIA, &COMPANIES] {
            assert!(list.words().iter().all(|w| is_name_stopper(w)));
        }
        for list in [&TITLES, &ORG_WORDS] {
            assert!(list.words().iter().all(|(w, _)| is_name_stopper(w)));
        }
        assert!(NAME_PARTICLES.split(' ').all(is_name_stopper));
        assert!(!is_name_stopper("modi") && !is_name_stopper("jane"));
    }
}
