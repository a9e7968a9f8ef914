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

/// Spaces and the characters that print as nothing (zero-width space and joiners, byte-order
/// mark, soft hyphen): a block of only these is empty, whatever its bytes.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
        )
}

/// Counts words the way a reader would (white-space separated).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A stable sort of `v` by `cmp`, the same order as `v.sort_by(cmp)`. Every call sorts indices
/// with one `sort_by` instance (a comparison through `&dyn`), so the wasm carries the standard
/// sort once instead of once per element type and closure (about 3.5 KB each).
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// `0..n` stably sorted by `cmp` over the indices.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    #[test]
    fn sort_by_is_stable_like_std() {
        let items: Vec<(u32, char)> = "dbacbadcab"
            .chars()
            .enumerate()
            .map(|(i, c)| ((c as u32) % 3, char::from(b'0' + i as u8)))
            .collect();
        let mut ours = items.clone();
        super::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std_sorted = items;
        std_sorted.sort_by_key(|p| p.0);
        assert_eq!(ours, std_sorted);
    }
}
