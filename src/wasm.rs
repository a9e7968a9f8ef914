//! The wasm entry point: the content script (or the background, under a strict page CSP) hands
//! over a snapshot and gets the analysis back as a plain JS object.

use std::cell::Cell;

use wasm_bindgen::prelude::*;

use crate::dom::snapshot;

#[wasm_bindgen]
extern "C" {
    /// The host's monotonic clock (page or worker), for `lastTimings`.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Talc instead of std's dlmalloc: smaller (single-threaded wasm, memory grown as needed).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

thread_local! {
    /// `performance.now()` when the last analysis entered, decoded, analysed and serialised.
    static TIMINGS: Cell<[f64; 4]> = const { Cell::new([0.0; 4]) };
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses a page snapshot (see `dom::snapshot` for the format). Throws an `Error` with a
/// readable message when the snapshot cannot be used; the caller then leaves the page alone.
/// `force_cleanup` and `hide_related` are the user's choices; `statements` asks for the
/// statements too, which only the reader shows (see [`crate::Options`]).
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(
    strings: &str,
    ops: &[u32],
    url: &str,
    force_cleanup: bool,
    hide_related: bool,
    statements: bool,
) -> Result<JsValue, JsError> {
    let entered = performance_now();
    #[cfg(feature = "test-panic")]
    if url.contains("tidings-test-panic") {
        panic!("test-panic feature: a panic on purpose for {url}");
    }
    let doc = snapshot::decode(strings, ops).map_err(|e| JsError::new(&e.to_string()))?;
    let decoded = performance_now();
    let url = (!url.is_empty()).then_some(url);
    let options = crate::Options {
        force_cleanup,
        hide_related,
        statements,
    };
    let analysis = crate::analyze_with(&doc, url, options);
    let analyzed = performance_now();
    // One JSON string (serde_json is linked anyway) and one JSON.parse instead of
    // serde-wasm-bindgen's field-by-field object: 4.6 KB less wasm, the same object (the model
    // has no floats or maps), about 0.1 ms more per page in V8.
    let out = serde_json::to_string(&analysis)
        .ok()
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .ok_or_else(|| JsError::new("the analysis could not be serialised"));
    TIMINGS.with(|t| t.set([entered, decoded, analyzed, performance_now()]));
    out
}

/// `performance.now()` stamps of the last `analyzeSnapshot` that got past decoding: when it
/// entered the wasm (the strings and ops copied in), decoded the snapshot, analysed it and
/// serialised the analysis. For the timings the benchmark reads (tests/bench/).
#[wasm_bindgen(js_name = lastTimings)]
pub fn last_timings() -> Vec<f64> {
    TIMINGS.with(Cell::get).to_vec()
}

/// The engine's version, for the popup's "about" line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
