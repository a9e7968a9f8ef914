#!/usr/bin/env bash
# Clutter evaluation on the shared dev corpus: runs the CLI on every labelled page and scores the
# predictions with the corpus scorer. Usage: tests/eval/clutter.sh [PRED_DIR]
# Prints the scorer's report; its last line is the SUMMARY.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$repo/../shared"
if [ ! -d "$shared/corpus/clutter/dev" ]; then
    echo "clutter eval: $shared/corpus is absent; nothing to score (skipped)."
    exit 0
fi
labels="$shared/corpus/clutter/dev"
pages="$shared/corpus/extraction/dev"
pred="${1:-$(mktemp -d)}"
mkdir -p "$pred"
python3 -c 'import html5lib' 2>/dev/null || pip install --quiet html5lib
(cd "$repo" && cargo build --quiet --release --bin tidings)
bin="$repo/target/release/tidings"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for label in "$labels"/*.json; do
    id="$(basename "$label" .json)"
    url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("url") or "")' "$label")"
    gunzip -c "$pages/html/$id.html.gz" > "$tmp/page.html"
    if [ -n "$url" ]; then
        "$bin" extract "$tmp/page.html" --url "$url" > "$pred/$id.json" || echo "{}" > "$pred/$id.json"
    else
        "$bin" extract "$tmp/page.html" > "$pred/$id.json" || echo "{}" > "$pred/$id.json"
    fi
done
python3 "$shared/corpus/score_clutter.py" "$labels" "$pages" "$pred" --per-page "$pred/per-page.tsv" \
    | tee "$tmp/score.txt"
# Per-kind recall (the scorer's table rows) on one line, for the gate (tests/eval/gate.py).
awk '$1 ~ /^(ad|weather|headlines|promo)$/ && NF >= 6 { printf "%s%s=%s", (n++ ? " " : "SUMMARY label=clutter-kinds "), $1, $4 }
     END { if (n) print "" }' "$tmp/score.txt"
echo "predictions: $pred"
