//! Is a headline block about the article? Each card's headline is compared with the article
//! (title, text, URL slug) on the page's own terms: words weigh by how rare they are among the
//! page's cards and paragraphs (site furniture words weigh nothing), names the article
//! capitalises mid-sentence count double, and words are cut to a short stem so inflections meet
//! (this also serves scripts without case, such as Devanagari).

use std::collections::{HashMap, HashSet};

/// Share of a card's word weight that must be the article's for the card to be on topic.
const CARD_SHARE: f32 = 0.3;

const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "are",
    "but",
    "not",
    "you",
    "all",
    "any",
    "can",
    "her",
    "was",
    "one",
    "our",
    "out",
    "has",
    "had",
    "his",
    "how",
    "its",
    "may",
    "new",
    "now",
    "see",
    "who",
    "did",
    "get",
    "she",
    "too",
    "use",
    "with",
    "that",
    "this",
    "from",
    "they",
    "will",
    "have",
    "been",
    "what",
    "when",
    "your",
    "said",
    "says",
    "into",
    "more",
    "than",
    "them",
    "then",
    "there",
    "their",
    "about",
    "after",
    "could",
    "would",
    "should",
    "which",
    "while",
    "where",
    "over",
    "just",
    "also",
    "some",
    "here",
    "were",
    "only",
    "most",
    "very",
    "like",
    "amid",
    "why",
    "news",
    "latest",
    "read",
    "watch",
    "video",
    "photos",
    "today",
    "year",
    "years",
    "first",
    "last",
    "best",
    "top",
    "और",
    "के",
    "की",
    "का",
    "में",
    "है",
    "हैं",
    "से",
    "को",
    "पर",
    "ने",
    "यह",
    "एक",
    "भी",
    "लिए",
];

/// Calls `f(stem, capitalised)` for each content word of `text`.
fn for_each_stem(text: &str, mut f: impl FnMut(u64, bool)) {
    let mut word = String::new();
    let flush = |word: &mut String, f: &mut dyn FnMut(u64, bool)| {
        if word.is_empty() {
            return;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let lower = word.to_lowercase();
        word.clear();
        let ascii = lower.is_ascii();
        let numeric = lower.chars().all(|c| c.is_ascii_digit());
        let n = lower.chars().count();
        if n < 2 || (ascii && n < 3 && !numeric) || STOPWORDS.contains(&lower.as_str()) {
            return;
        }
        // A short stem lets "hibernating" meet "hibernation" and Hindi inflections meet.
        let keep = if numeric {
            n
        } else if ascii {
            6
        } else {
            4
        };
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for c in lower.chars().take(keep) {
            h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        }
        f(h, capitalised);
    };
    for c in text.chars() {
        if c.is_alphanumeric()
            || matches!(c as u32, 0x0900..=0x0903 | 0x093A..=0x094F | 0x0962..=0x0963)
        {
            word.push(c);
        } else {
            flush(&mut word, &mut f);
        }
    }
    flush(&mut word, &mut f);
}

fn stems(text: &str) -> HashSet<u64> {
    let mut s = HashSet::new();
    for_each_stem(text, |h, _| {
        s.insert(h);
    });
    s
}

/// The article's side of the comparison, with the page-local word weights.
pub struct Relevance {
    article: HashSet<u64>,
    /// Stems the article writes capitalised after a sentence's first word: names.
    names: HashSet<u64>,
    title: HashSet<u64>,
    df: HashMap<u64, u32>,
    docs: u32,
}

/// How one block compares with the article.
pub struct Verdict {
    pub related: bool,
    pub on_topic: usize,
}

impl Relevance {
    /// `cards` are all card headlines on the page (every block's), used for the weights.
    pub fn new(title: &str, text: &str, url: Option<&str>, cards: &[&str]) -> Self {
        let mut article = stems(text);
        let title_stems = stems(title);
        article.extend(&title_stems);
        if let Some(u) = url {
            let path = u
                .split("://")
                .nth(1)
                .and_then(|r| r.find('/').map(|i| &r[i..]))
                .unwrap_or("");
            let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
            article.extend(stems(&path.replace(['-', '_', '/', '.'], " ")));
        }
        let mut names = HashSet::new();
        for sentence in text.split(['.', '!', '?', '\n', '"', '“', ':']) {
            let mut first = true;
            for_each_stem(sentence, |h, cap| {
                if cap && !first {
                    names.insert(h);
                }
                first = false;
            });
        }
        let mut df: HashMap<u64, u32> = HashMap::new();
        let mut docs = 0;
        for doc in text.split("\n\n").chain(cards.iter().copied()) {
            docs += 1;
            for h in stems(doc) {
                *df.entry(h).or_default() += 1;
            }
        }
        Relevance {
            article,
            names,
            title: title_stems,
            df,
            docs,
        }
    }

    fn idf(&self, h: u64) -> f32 {
        let df = self.df.get(&h).copied().unwrap_or(0) as f32;
        (1.0 + self.docs as f32 / (df + 1.0)).ln()
    }

    /// True when a headline shares a topic with the article.
    pub fn card_on_topic(&self, headline: &str) -> bool {
        let (mut total, mut shared, mut strong, mut matched) = (0.0f32, 0.0f32, 0u32, 0u32);
        let mut seen = HashSet::new();
        for_each_stem(headline, |h, _| {
            if !seen.insert(h) {
                return;
            }
            let w = self.idf(h);
            total += w;
            if self.article.contains(&h) {
                shared += w;
                matched += 1;
                if self.names.contains(&h) || self.title.contains(&h) {
                    strong += 1;
                }
            }
        });
        total > 0.0 && ((matched >= 2 && shared / total >= CARD_SHARE) || strong >= 2)
    }

    /// Judges a block by its cards: on topic when two cards and a third of them are, or when
    /// its only one or two cards are.
    pub fn judge(&self, headlines: &[String]) -> Verdict {
        let on_topic = headlines.iter().filter(|h| self.card_on_topic(h)).count();
        let cards = headlines.len();
        let related = if cards <= 2 {
            on_topic >= 1
        } else {
            on_topic >= 2 && on_topic * 3 >= cards
        };
        Verdict { related, on_topic }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE: &str = "IT Ministry Took To 'Koo' Calling Twitter's Blog 'Unusual'";
    const TEXT: &str = "The IT Ministry took to Koo, India's rival to Twitter, and called the blog unusual.\n\n\
        In the blog post Twitter noted it does not believe the actions it has been directed to take by \
        the IT Ministry are consistent with Indian law. Twitter said it has not taken action on accounts \
        of news media entities, journalists, activists, and politicians.";

    fn rel(cards: &[&str]) -> Relevance {
        Relevance::new(
            TITLE,
            TEXT,
            Some("https://news.example.com/tech/it-ministry-koo-twitter-blog-1441612"),
            cards,
        )
    }

    #[test]
    fn a_card_on_the_same_story_is_related() {
        let cards = [
            "Twitter Acts On 500 Indian Accounts, Explains Reasons For Not Taking Action On Some Handles",
            "PM Modi Slams Opposition At Bengal Rally",
            "Sunita Kejriwal To Enter AAP's Poll Campaign From Tomorrow",
        ];
        let r = rel(&cards);
        assert!(r.card_on_topic(cards[0]));
        assert!(!r.card_on_topic(cards[1]));
        assert!(!r.card_on_topic(cards[2]));
    }

    #[test]
    fn a_block_is_judged_by_its_share_of_cards() {
        let cards: Vec<String> = [
            "PM Modi Slams Opposition At Bengal Rally",
            "Sunita Kejriwal To Enter AAP's Poll Campaign From Tomorrow",
            "Amit Shah Asks Rahul Gandhi About Sharia",
            "Himanta Says PM Modi Has No Reason To Meet Kharge",
        ]
        .map(String::from)
        .to_vec();
        let refs: Vec<&str> = cards.iter().map(String::as_str).collect();
        assert!(!rel(&refs).judge(&cards).related);
    }

    #[test]
    fn hindi_words_meet_across_inflections() {
        let r = Relevance::new(
            "किसान आंदोलन पर सरकार",
            "किसानों के आंदोलन पर सरकार ने बयान दिया।",
            None,
            &[],
        );
        assert!(r.card_on_topic("किसान आंदोलन: सरकार की नई पेशकश"));
        assert!(!r.card_on_topic("क्रिकेट विश्व कप का फाइनल आज"));
    }
}
