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

/// "Which fragments of a word list occur in this string?", answered in one scan: each fragment
/// (lower-case, two bytes or more) carries bits, and [`Fragments::find`] ORs the bits of those
/// the string holds, ignoring ASCII case. Shared by the class/id vocabularies, the clutter's
/// cue phrases and its link hosts (one scanner in the wasm, not one per list).
pub struct Fragments {
    /// The fragments by [`bucket`] of their two-byte start, each with its bits.
    by_start: Vec<Vec<(&'static [u8], u64)>>,
    /// A bit per two-byte start some fragment has: most positions of a string start none, and
    /// are passed over with one look at it.
    starts: Vec<u64>,
}

impl Default for Fragments {
    fn default() -> Self {
        Fragments {
            by_start: vec![Vec::new(); 256],
            starts: vec![0; 1 << 10],
        }
    }
}

/// The two-byte start of a fragment or a string position, case folded.
fn start_key(a: u8, b: u8) -> usize {
    usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase())
}

/// One of 256 buckets for a start (a multiplicative hash): a position that passes the start
/// filter then tries a fragment or two, not every fragment with its first byte.
fn bucket(key: usize) -> usize {
    (key as u32).wrapping_mul(0x9e37_79b9) as usize >> 24
}

impl Fragments {
    /// Adds each of `fragments`, with `bits`.
    pub fn add(&mut self, fragments: &[&'static str], bits: u64) {
        for f in fragments {
            let f = f.as_bytes();
            let key = start_key(f[0], f[1]);
            let list = &mut self.by_start[bucket(key)];
            match list.iter_mut().find(|(g, _)| *g == f) {
                Some((_, b)) => *b |= bits,
                None => list.push((f, bits)),
            }
            self.starts[key / 64] |= 1 << (key % 64);
        }
    }

    /// The bits of the fragments `hay` holds.
    pub fn find(&self, hay: &[u8]) -> u64 {
        let mut bits = 0;
        for i in 0..hay.len().saturating_sub(1) {
            let key = start_key(hay[i], hay[i + 1]);
            if self.starts[key / 64] & 1 << (key % 64) == 0 {
                continue;
            }
            let rest = &hay[i..];
            for &(f, f_bits) in &self.by_start[bucket(key)] {
                // (Byte by byte: a slice comparison would call memcmp for each candidate.)
                if bits & f_bits != f_bits
                    && rest.len() >= f.len()
                    && f.iter()
                        .zip(rest)
                        .all(|(x, y)| *x == y.to_ascii_lowercase())
                {
                    bits |= f_bits;
                }
            }
        }
        bits
    }
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
