//! Is a headline block about the article? Each card's headline is compared with the article
//! (title, text, URL slug) on the page's own terms: words weigh by how rare they are among the
//! page's cards and paragraphs (site furniture words weigh nothing), title and slug words count
//! most, and words are cut to a short stem so inflections meet (this also serves scripts
//! without case, such as Devanagari). A block's name sets the bar: a "Related" box needs less
//! than a "Most read" list, which is chosen by clicks, not topic.

use crate::dom::hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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

fn stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(w)
}

/// Strips common English endings ("-ing", "-ation", "-s"…), undoubling a final consonant.
fn english_stem(w: &str) -> &str {
    const ENDINGS: &[&str] = &[
        "ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "ly", "s",
    ];
    let Some(e) = ENDINGS
        .iter()
        .find(|e| w.len() >= e.len() + 3 && w.ends_with(*e))
    else {
        return w;
    };
    let s = &w[..w.len() - e.len()];
    let b = s.as_bytes();
    let n = b.len();
    if n >= 4
        && b[n - 1] == b[n - 2]
        && !matches!(b[n - 1], b'a' | b'e' | b'i' | b'o' | b'u' | b'l' | b's')
    {
        &s[..n - 1]
    } else {
        s
    }
}

/// Calls `f(stem, numeric)` for each content word of `text`.
fn for_each_stem(text: &str, mut f: impl FnMut(u64, bool)) {
    // Lower-cased into one reused buffer: most words are ASCII and need no allocation.
    let mut lower = String::new();
    let mut stem = |word: &str| {
        if word.is_ascii() {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower = word.to_lowercase();
        }
        let lower = lower.as_str();
        let ascii = lower.is_ascii();
        let numeric = lower.chars().all(|c| c.is_ascii_digit());
        let n = lower.chars().count();
        if n < 2 || (ascii && n < 3 && !numeric) || stopword(lower) {
            return;
        }
        // A light stem lets "swimming" meet "swim", "hibernating" meet "hibernation", and
        // Hindi inflections meet.
        let (base, keep) = if numeric {
            (lower, n)
        } else if ascii {
            (english_stem(lower), 6)
        } else {
            (lower, 4)
        };
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for c in base.chars().take(keep) {
            h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        }
        f(h, numeric);
    };
    // Words are slices of `text` (no copy made character by character).
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric()
            || matches!(c as u32, 0x0900..=0x0903 | 0x093A..=0x094F | 0x0962..=0x0963)
        {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            stem(&text[s..i]);
        }
    }
    if let Some(s) = start {
        stem(&text[s..]);
    }
}

fn stems(text: &str) -> HashSet<u64> {
    let mut s = HashSet::default();
    for_each_stem(text, |h, _| {
        s.insert(h);
    });
    s
}

/// The article's side of the comparison, with the page-local word weights.
pub struct Relevance {
    /// How often each stem occurs in the article text.
    tf: HashMap<u64, u32>,
    /// Stems of the title and the URL slug: what the article is about.
    title: HashSet<u64>,
    df: HashMap<u64, u32>,
    docs: u32,
}

/// What a block's name says it holds, which sets how close to the article it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// "Related", "More on this story", "Also read": the site means them to be on topic.
    Related,
    /// "Most read", "Latest", "Trending", story pagers: chosen by time or clicks, not topic.
    Popular,
    Other,
}

impl Intent {
    /// The mean card score a block needs to count as related.
    fn threshold(self) -> f32 {
        match self {
            Intent::Related => 0.22,
            Intent::Popular => 0.5,
            Intent::Other => 0.25,
        }
    }
}

/// How one block compares with the article.
pub struct Verdict {
    pub related: bool,
    /// Cards that share a topic with the article on their own.
    pub on_topic: usize,
}

/// Bytes of article text read for its profile.
const PROFILE_BYTES: usize = 200_000;

impl Relevance {
    /// `cards` are all card headlines on the page (every block's), used for the weights;
    /// `swept(card)` says the article text repeats the card (an extractor swept it in).
    pub fn new(
        title: &str,
        text: &str,
        url: Option<&str>,
        cards: &[&str],
        swept: impl Fn(&str) -> bool,
    ) -> Self {
        // A topic shows in the article's first pages; a book-length text adds cost, not topic.
        let cut = (0..=text.len().min(PROFILE_BYTES))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let text = &text[..cut];
        let mut tf: HashMap<u64, u32> = HashMap::default();
        for_each_stem(text, |h, _| *tf.entry(h).or_default() += 1);
        // Headlines an extractor swept into the text are not the article talking.
        for card in cards.iter().filter(|c| swept(c)) {
            for_each_stem(card, |h, _| {
                if let Some(n) = tf.get_mut(&h) {
                    *n = n.saturating_sub(1);
                }
            });
        }
        let mut title_stems = stems(title);
        if let Some(u) = url {
            let path = u
                .split("://")
                .nth(1)
                .and_then(|r| r.find('/').map(|i| &r[i..]))
                .unwrap_or("");
            let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
            // The slug's words; numbers there are dates and ids, not topics.
            let slug = path.replace(['-', '_', '/', '.'], " ");
            let words = slug
                .split_whitespace()
                .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()));
            title_stems.extend(stems(&words.collect::<Vec<_>>().join(" ")));
        }
        let mut df: HashMap<u64, u32> = HashMap::default();
        let mut docs = 0;
        let mut seen: HashSet<u64> = HashSet::default();
        for doc in text.split("\n\n").chain(cards.iter().copied()) {
            docs += 1;
            seen.clear();
            for_each_stem(doc, |h, _| {
                seen.insert(h);
            });
            for &h in &seen {
                *df.entry(h).or_default() += 1;
            }
        }
        Relevance {
            tf,
            title: title_stems,
            df,
            docs,
        }
    }

    fn idf(&self, h: u64) -> f32 {
        let df = self.df.get(&h).copied().unwrap_or(0) as f32;
        (1.0 + self.docs as f32 / (df + 1.0)).ln()
    }

    /// How much the article is about a stem: a title or slug word counts once more, a text word
    /// by how often the text uses it (a quarter per use, up to four).
    fn affinity(&self, h: u64) -> f32 {
        let title = if self.title.contains(&h) { 1.0 } else { 0.0 };
        let tf = self.tf.get(&h).copied().unwrap_or(0).min(4) as f32;
        title + 0.25 * if tf >= 3.0 { 4.0 } else { tf }
    }

    /// How close a headline is to the article, 0 to 1: its word weight the article is about.
    pub fn score(&self, headline: &str) -> f32 {
        let (mut total, mut shared, mut numbers) = (0.0f32, 0.0f32, 0.0f32);
        let mut seen = HashSet::default();
        for_each_stem(headline, |h, numeric| {
            if seen.insert(h) {
                let w = self.idf(h);
                total += w;
                // A number alone ("iOS 13" against "13-inch laptop") is no shared topic.
                if numeric {
                    numbers += w * self.affinity(h);
                } else {
                    shared += w * self.affinity(h);
                }
            }
        });
        if shared > 0.0 {
            shared += numbers;
        }
        if total > 0.0 {
            (shared / total).min(1.0)
        } else {
            0.0
        }
    }

    /// Judges a block by the mean closeness of its cards, against the bar its name sets.
    pub fn judge(&self, headlines: &[String], intent: Intent) -> Verdict {
        let scores: Vec<f32> = headlines.iter().map(|h| self.score(h)).collect();
        let mean = scores.iter().sum::<f32>() / scores.len().max(1) as f32;
        Verdict {
            related: !scores.is_empty() && mean >= intent.threshold(),
            on_topic: scores
                .iter()
                .filter(|&&s| s >= Intent::Other.threshold())
                .count(),
        }
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
            |c| TEXT.contains(c),
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
        assert!(r.score(cards[0]) >= 0.2, "{}", r.score(cards[0]));
        assert!(r.score(cards[1]) < 0.1);
        assert!(r.score(cards[2]) < 0.1);
    }

    #[test]
    fn a_shared_number_alone_is_no_shared_topic() {
        let r = Relevance::new(
            "13-Inch Laptop With New Keyboard Expected in 2020",
            "The 13-inch laptop gets a new keyboard. The 13-inch model follows the 16-inch one.",
            None,
            &[
                "Phone OS 13: Hidden Photos Features",
                "Phone OS 13: Dark Theme",
            ],
            |_| false,
        );
        assert!(r.score("Phone OS 13: Hidden Photos Features") < 0.1);
        assert!(r.score("13-inch laptop keyboard teardown") >= 0.5);
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
        assert!(!rel(&refs).judge(&cards, Intent::Other).related);
    }

    #[test]
    fn hindi_words_meet_across_inflections() {
        let r = Relevance::new(
            "किसान आंदोलन पर सरकार",
            "किसानों के आंदोलन पर सरकार ने बयान दिया।",
            None,
            &[],
            |_| false,
        );
        assert!(r.score("किसान आंदोलन: सरकार की नई पेशकश") >= 0.5);
        assert!(r.score("क्रिकेट विश्व कप का फाइनल आज") < 0.1);
    }
}
