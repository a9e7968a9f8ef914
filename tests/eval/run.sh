#!/usr/bin/env bash
# Quality on real pages nobody here wrote: runs the CLI over ../shared/corpus and prints each
# scorer's SUMMARY line beside the baselines. Needs ../shared beside the repo; skips without it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$repo/../shared/corpus"
if [ ! -d "$corpus" ]; then
  echo "eval: ../shared/corpus is not beside the repo; nothing to measure (skipped)."
  exit 0
fi
bin="$repo/target/release/tidings"
[ -x "$bin" ] || (cd "$repo" && cargo build --release --bin tidings --quiet)
out="$repo/target/eval"
mkdir -p "$out"
python3 "$repo/tests/eval/extraction.py" "$bin" "$corpus" "$out"
for part in clutter statements; do
  if [ -f "$repo/tests/eval/$part.sh" ]; then
    echo "== $part"
    bash "$repo/tests/eval/$part.sh"
  fi
done
