//! Element paths in the form the corpus scorers read: `html>body:nth-child(2)>div:nth-child(3)`.

use super::{Document, NodeId};

impl Document {
    /// The path of an element: `tag:nth-child(k)` steps from the root, the first step plain.
    pub fn path(&self, id: NodeId) -> String {
        let mut steps: Vec<String> = Vec::new();
        let mut cur = Some(id);
        while let Some(n) = cur {
            let Some(e) = self.element(n) else { break };
            let parent = self.parent(n);
            match parent.filter(|&p| self.element(p).is_some()) {
                Some(p) => {
                    let k = self
                        .child_elements(p)
                        .position(|c| c == n)
                        .map_or(1, |i| i + 1);
                    steps.push(format!("{}:nth-child({k})", e.tag));
                }
                None => steps.push(e.tag.clone()),
            }
            cur = parent;
        }
        steps.reverse();
        steps.join(">")
    }
}
