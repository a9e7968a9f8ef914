#!/usr/bin/env bash
# Statement evaluation on the shared dev corpus: runs the CLI (the whole pipeline: extraction,
# then statements) on every dev-html page and scores its "statements" with the corpus scorer.
# Usage: tests/eval/statements.sh [PRED_DIR] [scorer options, e.g. --ignore-borderline]
# Prints the scorer's report; its last line is the SUMMARY.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$repo/../shared"
corpus="$shared/corpus/statements"
if [ ! -f "$corpus/dev.jsonl" ] || [ ! -d "$corpus/dev-html" ]; then
    echo "statements eval: $shared/corpus/statements is absent; nothing to score (skipped)."
    exit 0
fi
pred="${1:-$(mktemp -d)}"
shift || true
mkdir -p "$pred"
(cd "$repo" && cargo build --quiet --release --bin tidings)
bin="$repo/target/release/tidings"
for page in "$corpus"/dev-html/*.html; do
    id="$(basename "$page" .html)"
    # the CLI's JSON has "statements" at the top level, which is what the scorer reads
    "$bin" extract "$page" > "$pred/$id.json" 2>/dev/null || echo '{"statements": []}' > "$pred/$id.json"
done
python3 "$shared/corpus/score_statements.py" "$corpus/dev.jsonl" "$pred" "$@"
echo "predictions: $pred"
