//! Fast check of `statements::find` on the shared dev corpus, paragraphs fed in directly (no
//! extraction). Skips when ../shared is absent. Writes one `<id>.json` per article to
//! `$TIDINGS_STATEMENTS_PRED` when set, for the corpus scorer; the official numbers come from
//! tests/eval/statements.sh (the CLI path).

use std::path::Path;

#[test]
fn dev_corpus_paragraphs() {
    let labels =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/statements/dev.jsonl");
    let Ok(data) = std::fs::read_to_string(&labels) else {
        eprintln!(
            "statements dev corpus: {} is absent (skipped)",
            labels.display()
        );
        return;
    };
    let out = std::env::var("TIDINGS_STATEMENTS_PRED").ok();
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).unwrap();
    }
    let mut found = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let rec: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = rec["id"].as_str().unwrap();
        let paragraphs: Vec<String> = rec["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        let statements = tidings::statements::find(&paragraphs);
        for s in &statements {
            // every span is the article's own words, in the block it names
            assert!(paragraphs[s.block].contains(&s.text), "{id}: {:?}", s.text);
        }
        found += statements.len();
        if let Some(dir) = &out {
            let preds: Vec<serde_json::Value> = statements
                .iter()
                .map(|s| {
                    let mut v = serde_json::to_value(s).unwrap();
                    v["paragraph"] = s.block.into();
                    v
                })
                .collect();
            let doc = serde_json::json!({ "statements": preds });
            std::fs::write(Path::new(dir).join(format!("{id}.json")), doc.to_string()).unwrap();
        }
    }
    assert!(found > 0);
}
