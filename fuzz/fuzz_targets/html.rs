//! HTML bytes → html5ever → arena → the whole analysis (the CLI's and the tests' path).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let doc = tidings::dom::html::parse(&html);
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
