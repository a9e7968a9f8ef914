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
    tidings_fuzz::analyze_checked(&doc);
});
