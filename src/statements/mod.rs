//! Who said what: statements in the article's blocks, their speakers and whether they are
//! official.

use crate::model::Statement;

/// Finds statements in the article's blocks (`blocks[i]` is block i's plain text).
pub fn find(_blocks: &[String]) -> Vec<Statement> {
    Vec::new()
}
