//! Small text helpers shared by the analyses.

/// Lower-cased word tokens (letters and digits; marks kept so Devanagari words stay whole).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || is_mark(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Combining marks (Devanagari vowel signs and the like) that belong inside a word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

/// Counts words the way a reader would (white-space separated).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
