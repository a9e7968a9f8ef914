//! HTML bytes → html5ever → arena → the whole analysis (the CLI's and the tests' path).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    tidings_fuzz::analyze_checked(&tidings::dom::html::parse(&html));
});
