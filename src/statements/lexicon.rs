//! Compact word lists (lower case). Single words are kept sorted for binary search (a test checks
//! it); phrases are matched word by word. Sources: docs/official-statements.md (starter lexicon)
//! plus common news usage.

use crate::model::SpeakerKind as K;

fn has(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// Combining marks (Devanagari vowel signs and the like) that belong inside a word.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

/// Words that take a full stop without ending the sentence.
const ABBREV: &[&str] = &[
    "adm", "apr", "aug", "capt", "co", "col", "corp", "dec", "dept", "dr", "e.g", "feb", "gen",
    "gov", "govt", "hon", "i.e", "inc", "insp", "jan", "jr", "jul", "jun", "lt", "ltd", "maj",
    "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "pvt", "rep", "reps",
    "rev", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vs",
];

pub fn is_abbrev(w: &str) -> bool {
    has(ABBREV, w)
}

/// Words that commonly open a sentence (used after dotted acronyms like "U.S.").
const OPENERS: &[&str] = &[
    "a", "after", "an", "and", "as", "at", "but", "he", "her", "his", "i", "in", "it", "its", "on",
    "she", "so", "that", "the", "their", "there", "these", "they", "this", "those", "we", "when",
    "while", "yet",
];

pub fn is_sentence_opener(w: &str) -> bool {
    has(OPENERS, w)
}

pub const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we"];

pub fn is_pronoun(w: &str) -> bool {
    has(PRONOUNS, w)
}

pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "both", "her", "his", "its", "many", "other", "several", "some",
    "that", "the", "their", "these", "this", "those",
];

pub fn is_det(w: &str) -> bool {
    has(DETERMINERS, w)
}

/// Words that end a speaker phrase when walking back from the verb: clause openers and the like.
const CLAUSE_WORDS: &[&str] = &[
    "after", "although", "as", "because", "before", "but", "despite", "how", "if", "since", "so",
    "than", "that", "though", "unless", "until", "what", "when", "where", "whereas", "whether",
    "which", "while", "who", "whom", "whose", "why",
];

pub fn is_clause_word(w: &str) -> bool {
    has(CLAUSE_WORDS, w)
}

pub const AUX: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
    "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would",
];

pub fn is_aux(w: &str) -> bool {
    has(AUX, w)
}

pub const PASSIVE_AUX: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];
pub const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Adverbs that may sit between a speaker and the verb ("further added", "soon took").
const ADVERBS: &[&str] = &[
    "again",
    "already",
    "also",
    "earlier",
    "finally",
    "first",
    "further",
    "however",
    "indirectly",
    "later",
    "long",
    "meanwhile",
    "never",
    "now",
    "officially",
    "once",
    "only",
    "pointedly",
    "previously",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "since",
    "soon",
    "still",
    "strongly",
    "then",
    "therefore",
    "thus",
    "today",
    "together",
    "too",
    "yesterday",
];

pub fn is_adverb(w: &str) -> bool {
    has(ADVERBS, w)
        || (w.len() > 4
            && w.ends_with("ly")
            && !w.ends_with("ally")
            && !matches!(w, "italy" | "july" | "family" | "daily"))
}

/// Words of time that may follow a verb before its clause ("said on Monday that").
const TIME_WORDS: &[&str] = &[
    "afternoon",
    "april",
    "august",
    "december",
    "earlier",
    "evening",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "last",
    "later",
    "march",
    "may",
    "monday",
    "month",
    "morning",
    "night",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "then",
    "this",
    "thursday",
    "time",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "year",
    "yesterday",
];

pub fn is_time_word(w: &str) -> bool {
    has(TIME_WORDS, w)
}

/// Nouns for the way something was said: "in a statement", "on Koo", "at a press meet".
const CHANNELS: &[&str] = &[
    "address",
    "advisory",
    "affidavit",
    "blog",
    "briefing",
    "broadcast",
    "circular",
    "communique",
    "conference",
    "e-mail",
    "email",
    "facebook",
    "filing",
    "handle",
    "instagram",
    "interview",
    "koo",
    "letter",
    "linkedin",
    "media",
    "meet",
    "meeting",
    "memo",
    "message",
    "note",
    "notice",
    "notification",
    "order",
    "post",
    "press",
    "release",
    "remarks",
    "reply",
    "reporters",
    "show",
    "speech",
    "statement",
    "threads",
    "tweet",
    "twitter",
    "video",
    "x",
];

pub fn is_channel(w: &str) -> bool {
    has(CHANNELS, w)
}

/// Documents that "say" things on behalf of whoever issued them.
const DOCUMENTS: &[&str] = &[
    "advisory",
    "affidavit",
    "brief",
    "circular",
    "communique",
    "document",
    "filing",
    "judgment",
    "letter",
    "memo",
    "note",
    "notice",
    "notification",
    "order",
    "post",
    "release",
    "ruling",
    "statement",
    "submission",
    "tweet",
    "verdict",
];

pub fn is_document(w: &str) -> bool {
    has(DOCUMENTS, w)
}

/// Words that say the speaker no longer holds the office.
pub fn is_negator(w: &str) -> bool {
    matches!(
        w,
        "former" | "erstwhile" | "retired" | "ex" | "onetime" | "one-time"
    ) || w.starts_with("ex-")
        || w.starts_with("then-")
        || w.starts_with("former-")
}

/// Heads that make a speaker private, an expert or a reporter, not an office (A.8).
const PRIVATE: &[&str] = &[
    "academic",
    "accused",
    "activist",
    "activists",
    "advocates",
    "analyst",
    "analysts",
    "author",
    "blogger",
    "brother",
    "candidate",
    "child",
    "citizens",
    "columnist",
    "commentator",
    "critic",
    "critics",
    "customer",
    "customers",
    "daughter",
    "delegates",
    "developer",
    "economist",
    "economists",
    "employee",
    "employees",
    "expert",
    "experts",
    "eyewitness",
    "families",
    "family",
    "fan",
    "fans",
    "farmer",
    "farmers",
    "father",
    "flyer",
    "flyers",
    "friend",
    "host",
    "husband",
    "influencer",
    "journalist",
    "journalists",
    "lawyer",
    "lawyers",
    "local",
    "locals",
    "man",
    "men",
    "mother",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "netizens",
    "nominee",
    "parent",
    "parents",
    "passenger",
    "passengers",
    "people",
    "petitioner",
    "petitioners",
    "pollster",
    "professor",
    "protester",
    "protesters",
    "protestor",
    "protestors",
    "relative",
    "relatives",
    "researcher",
    "researchers",
    "resident",
    "residents",
    "scholar",
    "scientist",
    "scientists",
    "shopkeeper",
    "sister",
    "son",
    "student",
    "students",
    "supporters",
    "survivor",
    "survivors",
    "trader",
    "traders",
    "user",
    "users",
    "victim",
    "victims",
    "villager",
    "villagers",
    "voter",
    "voters",
    "widow",
    "wife",
    "witness",
    "witnesses",
    "woman",
    "women",
    "worker",
    "workers",
    "writer",
];

pub fn is_private(w: &str) -> bool {
    has(PRIVATE, w)
}

/// Words that mark data, polls and studies: attributions that are not statements.
const DATA: &[&str] = &[
    "average",
    "averages",
    "census",
    "data",
    "figures",
    "finding",
    "findings",
    "percent",
    "poll",
    "polling",
    "polls",
    "research",
    "statistics",
    "studies",
    "study",
    "survey",
    "surveys",
];

pub fn is_data(w: &str) -> bool {
    has(DATA, w) || w.ends_with('%')
}

/// Places of research and commentary: their staff speak as experts, not officials.
const ACADEMIC: &[&str] = &["college", "university"];

pub fn is_academic(w: &str) -> bool {
    has(ACADEMIC, w)
}

/// Single words naming an institution, with the kind of speaker it makes (A.5, A.6).
const ORG_WORDS: &[(&str, K)] = &[
    ("administration", K::Government),
    ("agency", K::Government),
    ("airline", K::Company),
    ("airlines", K::Company),
    ("alliance", K::Organisation),
    ("army", K::Police),
    ("assembly", K::Politician),
    ("association", K::Organisation),
    ("authority", K::Government),
    ("automaker", K::Company),
    ("bank", K::Company),
    ("bench", K::Court),
    ("bjp", K::Organisation),
    ("board", K::Government),
    ("brokerage", K::Company),
    ("bsf", K::Police),
    ("bsp", K::Organisation),
    ("bureau", K::Government),
    ("cabinet", K::Government),
    ("campaign", K::Organisation),
    ("carmaker", K::Company),
    ("carrier", K::Company),
    ("cbi", K::Police),
    ("cci", K::Regulator),
    ("centre", K::Government),
    ("coalition", K::Organisation),
    ("commission", K::Regulator),
    ("committee", K::Government),
    ("company", K::Company),
    ("conference", K::Organisation),
    ("conglomerate", K::Company),
    ("congress", K::Organisation),
    ("corporation", K::Company),
    ("council", K::Government),
    ("court", K::Court),
    ("courts", K::Court),
    ("cpi-m", K::Organisation),
    ("crpf", K::Police),
    ("department", K::Government),
    ("dgca", K::Regulator),
    ("directorate", K::Government),
    ("dmk", K::Organisation),
    ("eci", K::Regulator),
    ("embassy", K::Government),
    ("federation", K::Organisation),
    ("firm", K::Company),
    ("foundation", K::Organisation),
    ("giant", K::Company),
    ("gop", K::Organisation),
    ("government", K::Government),
    ("govt", K::Government),
    ("group", K::Organisation),
    ("hc", K::Court),
    ("icmr", K::Government),
    ("inc", K::Company),
    ("institute", K::Organisation),
    ("insurer", K::Company),
    ("judiciary", K::Court),
    ("league", K::Organisation),
    ("legislature", K::Politician),
    ("lender", K::Company),
    ("limited", K::Company),
    ("ltd", K::Company),
    ("manufacturer", K::Company),
    ("mea", K::Government),
    ("meity", K::Government),
    ("mha", K::Government),
    ("military", K::Police),
    ("ministry", K::Government),
    ("mospi", K::Government),
    ("mpc", K::Regulator),
    ("naacp", K::Organisation),
    ("navy", K::Police),
    ("nia", K::Police),
    ("nypd", K::Police),
    ("office", K::Government),
    ("organisation", K::Organisation),
    ("organization", K::Organisation),
    ("panel", K::Government),
    ("parliament", K::Politician),
    ("party", K::Organisation),
    ("pib", K::Government),
    ("platform", K::Company),
    ("pmo", K::Government),
    ("police", K::Police),
    ("policemen", K::Police),
    ("rbi", K::Regulator),
    ("regulator", K::Regulator),
    ("retailer", K::Company),
    ("ruling", K::Court),
    ("sc", K::Court),
    ("sebi", K::Regulator),
    ("sec", K::Regulator),
    ("secretariat", K::Government),
    ("senate", K::Politician),
    ("site", K::Company),
    ("startup", K::Company),
    ("team", K::Organisation),
    ("trai", K::Regulator),
    ("tribunal", K::Court),
    ("u.n", K::Organisation),
    ("uidai", K::Government),
    ("watchdog", K::Regulator),
];

pub fn org_word(w: &str) -> Option<K> {
    ORG_WORDS
        .binary_search_by(|(k, _)| k.cmp(&w))
        .ok()
        .map(|i| ORG_WORDS[i].1.clone())
}

/// Phrases naming an institution (matched on words).
const ORG_PHRASES: &[(&str, K)] = &[
    ("air force", K::Police),
    ("election commission", K::Regulator),
    ("federal reserve", K::Regulator),
    ("high court", K::Court),
    ("homeland security", K::Government),
    ("justice department", K::Government),
    ("reserve bank", K::Regulator),
    ("s.e.c", K::Regulator),
    ("secret service", K::Police),
    ("state department", K::Government),
    ("supreme court", K::Court),
    ("the centre", K::Government),
    ("the state", K::Government),
    ("united nations", K::Organisation),
    ("white house", K::Government),
];

pub fn org_phrases() -> &'static [(&'static str, K)] {
    ORG_PHRASES
}

/// Titles of people, with the kind of speaker they make (A.4). Checked after the institution
/// words, so "Commissioner of Police" is police and "Election Commissioner" a regulator.
const TITLES: &[(&str, K)] = &[
    ("acp", K::Police),
    ("administrator", K::Official),
    ("ambassador", K::Official),
    ("ceo", K::Company),
    ("cfo", K::Company),
    ("chair", K::Organisation),
    ("chairman", K::Organisation),
    ("chairperson", K::Organisation),
    ("chairwoman", K::Organisation),
    ("chancellor", K::Official),
    ("chief", K::Official),
    ("cji", K::Court),
    ("cm", K::Official),
    ("co-founder", K::Company),
    ("collector", K::Official),
    ("commissioner", K::Official),
    ("congressman", K::Politician),
    ("congresswoman", K::Politician),
    ("constable", K::Police),
    ("consul", K::Official),
    ("convenor", K::Organisation),
    ("coo", K::Company),
    ("councillor", K::Politician),
    ("councilor", K::Politician),
    ("dcp", K::Police),
    ("dgp", K::Police),
    ("diplomat", K::Official),
    ("director", K::Organisation),
    ("dm", K::Official),
    ("envoy", K::Official),
    ("executive", K::Company),
    ("founder", K::Company),
    ("functionary", K::Organisation),
    ("gov", K::Official),
    ("governor", K::Official),
    ("ig", K::Police),
    ("igp", K::Police),
    ("inspector", K::Police),
    ("judge", K::Court),
    ("judges", K::Court),
    ("justice", K::Court),
    ("lawmaker", K::Politician),
    ("lawmakers", K::Politician),
    ("leader", K::Organisation),
    ("legislator", K::Politician),
    ("legislators", K::Politician),
    ("lg", K::Official),
    ("magistrate", K::Court),
    ("manager", K::Organisation),
    ("mayor", K::Official),
    ("minister", K::Official),
    ("ministers", K::Official),
    ("mla", K::Politician),
    ("mp", K::Politician),
    ("officer", K::Anonymous),
    ("officers", K::Anonymous),
    ("official", K::Anonymous),
    ("officials", K::Anonymous),
    ("pm", K::Official),
    ("premier", K::Official),
    ("president", K::Official),
    ("pro", K::Police),
    ("prosecutor", K::Official),
    ("prosecutors", K::Official),
    ("rep", K::Politician),
    ("representative", K::Politician),
    ("secretary", K::Official),
    ("sen", K::Politician),
    ("senator", K::Politician),
    ("senators", K::Politician),
    ("sheriff", K::Police),
    ("sho", K::Police),
    ("sp", K::Police),
    ("speaker", K::Politician),
    ("spokesman", K::Organisation),
    ("spokespeople", K::Organisation),
    ("spokesperson", K::Organisation),
    ("spokeswoman", K::Organisation),
    ("ssp", K::Police),
    ("superintendent", K::Police),
];

pub fn title(w: &str) -> Option<K> {
    TITLES
        .binary_search_by(|(k, _)| k.cmp(&w))
        .ok()
        .map(|i| TITLES[i].1.clone())
}

/// News organisations: as sources of reports they are not official (README).
const MEDIA: &[&str] = &[
    "abc",
    "afp",
    "ani",
    "ap",
    "axios",
    "bbc",
    "bloomberg",
    "breitbart",
    "cbs",
    "cnn",
    "express",
    "guardian",
    "herald",
    "hindu",
    "huffpost",
    "ians",
    "mint",
    "msnbc",
    "nbc",
    "ndtv",
    "news",
    "news18",
    "newspaper",
    "newspapers",
    "politico",
    "post",
    "pti",
    "reuters",
    "times",
    "tribune",
    "uni",
];

pub fn is_media(w: &str) -> bool {
    has(MEDIA, w)
}

/// Companies and platforms often quoted in Indian and international news.
const COMPANIES: &[&str] = &[
    "adani",
    "airbus",
    "airtel",
    "alphabet",
    "amazon",
    "apple",
    "boeing",
    "byju's",
    "facebook",
    "flipkart",
    "google",
    "indigo",
    "infosys",
    "instagram",
    "jio",
    "koo",
    "linkedin",
    "meta",
    "microsoft",
    "netflix",
    "ola",
    "openai",
    "paytm",
    "reliance",
    "samsung",
    "spacex",
    "spicejet",
    "swiggy",
    "tata",
    "tcs",
    "telegram",
    "tesla",
    "tiktok",
    "twitter",
    "uber",
    "vistara",
    "whatsapp",
    "wipro",
    "x",
    "youtube",
    "zomato",
];

pub fn is_company(w: &str) -> bool {
    has(COMPANIES, w)
}

/// Two-word company names.
pub const COMPANY_PHRASES: &[&str] = &["air india"];

/// Words for anonymous sources ("sources said", "a source").
pub fn is_source_word(w: &str) -> bool {
    matches!(w, "source" | "sources" | "insider" | "insiders")
}

/// Lower-case words that may stand inside a speaker phrase without being its verb.
const NP_WORDS: &[&str] = &[
    "additional",
    "anonymous",
    "apex",
    "assistant",
    "central",
    "chief",
    "city",
    "conservative",
    "deputy",
    "district",
    "division",
    "federal",
    "general",
    "high",
    "joint",
    "junior",
    "liberal",
    "local",
    "longtime",
    "media",
    "national",
    "of",
    "principal",
    "range",
    "regional",
    "senior",
    "social",
    "special",
    "state",
    "top",
    "unnamed",
    "vice",
];

pub fn is_np_word(w: &str) -> bool {
    has(NP_WORDS, w)
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
        sorted("ABBREV", ABBREV);
        sorted("OPENERS", OPENERS);
        sorted("PRONOUNS", PRONOUNS);
        sorted("DETERMINERS", DETERMINERS);
        sorted("CLAUSE_WORDS", CLAUSE_WORDS);
        sorted("AUX", AUX);
        sorted("PASSIVE_AUX", PASSIVE_AUX);
        sorted("MODALS", MODALS);
        sorted("ADVERBS", ADVERBS);
        sorted("TIME_WORDS", TIME_WORDS);
        sorted("CHANNELS", CHANNELS);
        sorted("DOCUMENTS", DOCUMENTS);
        sorted("PRIVATE", PRIVATE);
        sorted("DATA", DATA);
        sorted("ACADEMIC", ACADEMIC);
        sorted("MEDIA", MEDIA);
        sorted("COMPANIES", COMPANIES);
        sorted("NP_WORDS", NP_WORDS);
        let k: Vec<&str> = ORG_WORDS.iter().map(|x| x.0).collect();
        sorted("ORG_WORDS", &k);
        let k: Vec<&str> = TITLES.iter().map(|x| x.0).collect();
        sorted("TITLES", &k);
    }
}
