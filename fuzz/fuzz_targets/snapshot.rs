//! Snapshot bytes → the wasm entry point's decoder (`dom::snapshot::decode`) → the whole analysis.
//! Input layout: see `tidings_fuzz::split_snapshot`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidings::dom::snapshot;

fuzz_target!(|data: &[u8]| {
    let (strings, ops) = tidings_fuzz::split_snapshot(data);
    let Ok(doc) = snapshot::decode(&strings, &ops) else {
        return; // declined: a readable error, which is fine
    };
    let elements = doc.elements().count() as u32;
    let analysis = tidings::analyze(&doc, Some("https://example.com/news/story.html"));
    // What the content script relies on: hidden entries name real element ordinals.
    for h in &analysis.hidden {
        assert!(
            h.element < elements,
            "hidden element ordinal {} of {elements}",
            h.element
        );
    }
});
