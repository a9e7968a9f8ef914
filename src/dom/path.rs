//! Element paths in the form the corpus scorers read: `html>body:nth-child(2)>div:nth-child(3)`,
//! and signatures that name an element by its template (`aside#trending`, `div.ad-slot`), the
//! same on every page of a site.

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

    /// A name for the element that its site's other pages share: `tag#id` or `tag.class…`,
    /// prefixed by its parent's name while it has neither (at most three steps). Tokens holding
    /// long numbers (per-page ids such as `post-81234`) are left out, as are Tidings' own marks.
    pub fn signature(&self, id: NodeId) -> String {
        const MAX_STEPS: usize = 3;
        let mut steps: Vec<String> = Vec::new();
        let mut cur = Some(id);
        while let Some(n) = cur.filter(|_| steps.len() < MAX_STEPS) {
            let Some(e) = self.element(n) else { break };
            let stable = |t: &&str| {
                !t.is_empty()
                    && !t.starts_with("data-tidings")
                    && t.chars().filter(char::is_ascii_digit).count() < 4
            };
            let mut step = e.tag.clone();
            if let Some(id_attr) = e.attr("id").map(str::trim).filter(|v| stable(v)) {
                step.push('#');
                step.push_str(id_attr);
                steps.push(step);
                break;
            }
            let mut classes: Vec<&str> = e
                .attr("class")
                .unwrap_or("")
                .split_ascii_whitespace()
                .filter(stable)
                .collect();
            crate::text::sort_by(&mut classes, |a, b| a.cmp(b));
            classes.dedup();
            let named = !classes.is_empty();
            for c in classes {
                step.push('.');
                step.push_str(c);
            }
            steps.push(step);
            if named {
                break;
            }
            cur = self.parent(n);
        }
        steps.reverse();
        steps.join(">")
    }
}
