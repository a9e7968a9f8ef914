//! The wasm entry point: the content script (or the background, under a strict page CSP) hands
//! over a snapshot and gets the analysis back as a plain JS object.

use wasm_bindgen::prelude::*;

use crate::dom::snapshot;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses a page snapshot (see `dom::snapshot` for the format). Throws an `Error` with a
/// readable message when the snapshot cannot be used; the caller then leaves the page alone.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(strings: &str, ops: &[u32], url: &str) -> Result<JsValue, JsError> {
    let doc = snapshot::decode(strings, ops).map_err(|e| JsError::new(&e.to_string()))?;
    let url = (!url.is_empty()).then_some(url);
    let analysis = crate::analyze(&doc, url);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&analysis, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The engine's version, for the popup's "about" line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
