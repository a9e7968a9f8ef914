#!/usr/bin/env bash
# Tidings build script. On a fresh Debian machine `./build.sh demo` and `./build.sh test` are the
# only commands needed: every subcommand runs `setup` first, which installs what is missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

WASM_TARGET=wasm32-unknown-unknown
ENGINE_DIR=extension/engine
ENGINE_WASM=$ENGINE_DIR/tidings_bg.wasm
DEMO_DIR=target/demo
# Features the Rust wasm32 target emits and wasm-bindgen keeps (externref table, bulk memory...).
# binaryen must know them, or it rejects (or worse, rewrites) the module.
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-bulk-memory-opt --enable-reference-types
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-multivalue)

# Files that do not ship: tests and type declarations. (fnmatch: * crosses '/'.)
TEST_ONLY_PATTERNS=('test/*' 'tests/*' '*.test.js' '*.spec.js' '*.d.ts' '.*' '*/.*')
# The same for web-ext (minimatch; dotfiles are skipped by default).
WEBEXT_IGNORE=('test/**' 'tests/**' '**/*.test.js' '**/*.spec.js' '**/*.d.ts')

export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '%s\n' "build.sh: $*"; }
die() { printf '%s\n' "build.sh: error: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }
# quiet CMD...: runs CMD with its output kept back; shows the output and stops if it fails.
quiet() {
  local log rc=0
  log=$(mktemp)
  "$@" </dev/null >"$log" 2>&1 || rc=$?
  if [ $rc -ne 0 ]; then
    cat "$log" >&2
    rm -f "$log"
    die "'$*' failed (exit $rc)"
  fi
  rm -f "$log"
}

# ---------------------------------------------------------------------------------------------
# setup: idempotent, silent when there is nothing to do.

wasm_bindgen_wanted() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock
}

setup_rust() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs)"
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    say "setup: adding Rust target $WASM_TARGET"
    quiet rustup target add "$WASM_TARGET"
  fi
  local have
  have=$(rustup component list --installed 2>/dev/null || true)
  for c in clippy rustfmt; do
    if ! grep -q "^$c" <<<"$have"; then
      say "setup: adding Rust component $c"
      quiet rustup component add "$c"
    fi
  done
  local want
  want=$(wasm_bindgen_wanted)
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $want" ]; then
    say "setup: installing wasm-bindgen-cli $want (takes several minutes)"
    # Not --locked: one of its locked dependency versions is no longer in the registry.
    quiet cargo install wasm-bindgen-cli --version "$want"
  fi
}

setup_node() {
  command -v node >/dev/null || die "node not found: install Node.js 20 (apt-get install nodejs npm)"
  local stamp=node_modules/.tidings-lock-sum sum
  sum=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    say "setup: npm ci"
    quiet npm ci --no-audit --no-fund
    echo "$sum" >"$stamp"
  fi
}

CHROMIUM=${TIDINGS_CHROMIUM:-/usr/bin/chromium}
FIREFOX=${TIDINGS_FIREFOX:-/usr/bin/firefox-esr}

browsers_missing() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  [ -x "$FIREFOX" ] || missing+=(firefox-esr)
  echo "${missing[@]}"
}

setup_browsers() {
  local missing
  missing=$(browsers_missing)
  [ -z "$missing" ] && return 0
  if is_root && command -v apt-get >/dev/null; then
    say "setup: installing $missing from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    quiet apt-get update
    # shellcheck disable=SC2086
    quiet apt-get install -y $missing
  else
    say "setup: browser tests need Debian's $missing: run 'sudo apt-get install -y $missing'"
  fi
}

setup_python_eval() {
  if ! python3 -c 'import html5lib' 2>/dev/null; then
    say "setup: pip install html5lib"
    quiet python3 -m pip install --disable-pip-version-check html5lib
  fi
}

setup() {
  setup_rust
  setup_node
  setup_browsers
}

# ---------------------------------------------------------------------------------------------
# build

build() {
  cargo build --profile wasm --lib --target "$WASM_TARGET"
  mkdir -p "$ENGINE_DIR"
  wasm-bindgen --target no-modules --out-dir "$ENGINE_DIR" --out-name tidings \
    "target/$WASM_TARGET/wasm/tidings.wasm"
  # A reset for the glue: a fresh engine instance after a panic (tools/engine-reset.mjs).
  node tools/engine-reset.mjs "$ENGINE_DIR/tidings.js"
  # npm binaryen, never Debian's: its wasm-opt 108 corrupts wasm-bindgen output silently.
  # --converge: -Oz again until the module stops shrinking (~1 KB gzipped); the producers and
  # target-features sections are read by no one at run time.
  node_modules/.bin/wasm-opt -Oz --converge --strip-producers --strip-target-features \
    "${WASM_OPT_FEATURES[@]}" "$ENGINE_WASM" -o "$ENGINE_WASM.opt"
  mv "$ENGINE_WASM.opt" "$ENGINE_WASM"
  node tools/check-wasm.mjs "$ENGINE_DIR"
  cargo build --release --bin tidings
  local raw gz
  raw=$(wc -c <"$ENGINE_WASM")
  gz=$(gzip -9c "$ENGINE_WASM" | wc -c)
  say "engine $ENGINE_WASM: $raw bytes, $gz bytes gzipped"
}

stage_demo() {
  [ -f www/index.html ] || die "www/index.html is missing: the demo page is not written yet"
  rm -rf "$DEMO_DIR"
  mkdir -p "$DEMO_DIR"
  cp -R www/. "$DEMO_DIR/"
  cp -R extension "$DEMO_DIR/extension"
}

# ---------------------------------------------------------------------------------------------
# checks

FAILED=()
step() { # step NAME COMMAND...: runs it, remembers a failure, goes on.
  local name=$1
  shift
  say "== $name"
  if ! "$@"; then
    FAILED+=("$name")
    say "FAILED: $name"
  fi
}

webext_lint() {
  # Expected: only BACKGROUND_SERVICE_WORKER_IGNORED (the dual Chrome/Firefox background key).
  local out
  out=$(mktemp)
  node_modules/.bin/web-ext lint --source-dir extension --output json --no-input \
    --ignore-files "${WEBEXT_IGNORE[@]}" >"$out" 2>/dev/null || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const show = (m) => `  ${m._type || ""} ${m.code}: ${m.message} ${m.file ? "(" + m.file + ")" : ""}`;
    for (const m of [...r.errors, ...r.warnings, ...r.notices]) console.log(show(m));
    const s = r.summary;
    console.log(`web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);
    process.exit(s.errors ? 1 : 0);
  ' "$out"
  local rc=$?
  rm -f "$out"
  return $rc
}

cargo_fmt_check() { cargo fmt --check; }
cargo_clippy() { cargo clippy -q --all-targets -- -D warnings; }
cargo_tests() { cargo test --release --no-fail-fast; }

browser_tests() {
  local missing
  missing=$(browsers_missing)
  if [ -n "$missing" ]; then
    say "browser tests cannot run: $missing missing (install: apt-get install -y $missing)"
    return 1
  fi
  node --test --test-concurrency=1 tests/browser/
}

finish() {
  if [ ${#FAILED[@]} -gt 0 ]; then
    say "FAILED steps: ${FAILED[*]}"
    exit 1
  fi
}

# ---------------------------------------------------------------------------------------------
# subcommands

cmd_setup() { setup; }

cmd_build() {
  setup
  build
}

cmd_test() {
  setup
  build
  step "cargo fmt --check" cargo_fmt_check
  step "cargo clippy" cargo_clippy
  step "web-ext lint" webext_lint
  step "cargo test" cargo_tests
  step "quality gate on ../shared corpora" quality_gate
  # Last, so the output ends with the node test runner's closing lines.
  step "browser tests (Chromium, Firefox ESR)" browser_tests
  finish
}

# The eval's SUMMARY figures against floors (tests/eval/gate.py); says so and passes without
# ../shared.
quality_gate() {
  setup_python_eval
  cargo build --release --bin tidings --quiet
  bash tests/eval/run.sh 2>/dev/null | python3 tests/eval/gate.py | grep -E '^(SUMMARY|eval)'
}

cmd_lint() {
  setup
  build
  step "web-ext lint" webext_lint
  step "cargo clippy" cargo_clippy
  step "cargo fmt --check" cargo_fmt_check
  finish
}

cmd_demo() {
  local args=()
  while [ $# -gt 0 ]; do
    case $1 in
    --csp) args+=(--csp) ;;
    --port) args+=(--port "$2"); shift ;;
    --port=*) args+=(--port "${1#--port=}") ;;
    *) die "demo: unknown option $1 (options: --csp, --port N)" ;;
    esac
    shift
  done
  setup
  build
  stage_demo
  exec node tools/serve.mjs --root "$DEMO_DIR" "${args[@]}"
}

cmd_package() {
  setup
  build
  rm -rf dist
  mkdir -p dist
  python3 - extension dist/tidings-chrome.zip "${TEST_ONLY_PATTERNS[@]}" <<'EOF'
import fnmatch, os, sys, zipfile
src, out, *skip = sys.argv[1:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, src).replace(os.sep, "/")
            if any(fnmatch.fnmatch(rel, p) for p in skip):
                continue
            info = zipfile.ZipInfo(rel, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            with open(path, "rb") as f:
                z.writestr(info, f.read(), zipfile.ZIP_DEFLATED)
EOF
  local tmp
  tmp=$(mktemp -d)
  node_modules/.bin/web-ext build --source-dir extension --artifacts-dir "$tmp" --overwrite-dest \
    --no-input --ignore-files "${WEBEXT_IGNORE[@]}" >/dev/null
  mv "$tmp"/*.zip dist/tidings-firefox.xpi
  rmdir "$tmp"
  for f in dist/tidings-chrome.zip dist/tidings-firefox.xpi; do
    say "$f: $(wc -c <"$f") bytes, $(python3 -c 'import sys,zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$f") files"
  done
}

cmd_eval() {
  setup
  setup_python_eval
  if [ ! -f tests/eval/run.sh ]; then
    say "eval: tests/eval/run.sh does not exist yet; nothing to evaluate"
    exit 0
  fi
  cargo build --release --bin tidings  # the CLI is what the evaluation runs
  bash tests/eval/run.sh
}

cmd_bench() {
  # Tidings vs Readability.js vs a bare DOM walk per page in Chromium and Firefox ESR, sizes and
  # the native CLI (tests/bench/bench.mjs; BENCH_PAGES=N for a quick run). Not part of `test`.
  setup
  build
  node tests/bench/bench.mjs
}

# fuzz [SECONDS] [TARGET...]: cargo-fuzz (libFuzzer + AddressSanitizer) on the engine's two ways
# in, each target for SECONDS (default 600). The machine has the stable toolchain only:
# RUSTC_BOOTSTRAP=1 lets stable take cargo-fuzz's -Zsanitizer flag. Seeds are the repo's pages;
# a crash is copied into fuzz/regressions/TARGET/, which `cargo test` (tests/limits.rs) replays.
FUZZ_TARGETS=(html snapshot)
FUZZ_PAGES=(www/index.html tests/fixtures/*.html tests/browser/pages/*.html)

setup_fuzz() {
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "setup: installing cargo-fuzz (takes a few minutes)"
    quiet cargo install cargo-fuzz --version 0.13.2
  fi
}

cmd_fuzz() {
  local secs=${1:-600}
  [[ $secs =~ ^[0-9]+$ ]] || die "fuzz: SECONDS must be a number (usage: ./build.sh fuzz [SECONDS] [TARGET...])"
  shift || true
  local targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=("${FUZZ_TARGETS[@]}")
  setup_rust
  setup_fuzz
  local work=target/fuzz pages=()
  # The hostile test pages are made by tests/browser/pages/hostile/pages.mjs: written out here.
  rm -rf "$work/pages" && mkdir -p "$work/pages"
  node --input-type=module -e '
    import { writeFileSync } from "node:fs";
    const { PAGES } = await import(process.argv[1]);
    for (const [path, page] of Object.entries(PAGES)) writeFileSync(`${process.argv[2]}/hostile${path.replace(/\//g, "_")}`, page.html());
  ' "$PWD/tests/browser/pages/hostile/pages.mjs" "$work/pages"
  for p in "${FUZZ_PAGES[@]}" "$work"/pages/*.html; do [ -f "$p" ] && pages+=("$p"); done
  say "fuzz: seeds from ${#pages[@]} pages"
  rm -rf "$work/seeds"
  cargo run -q --release --manifest-path fuzz/Cargo.toml --example seeds -- "$work/seeds" "${pages[@]}"
  local failed=() t log max_len
  for t in "${targets[@]}"; do
    # Smaller HTML inputs run faster (the whole analysis runs per input, under ASan).
    max_len=65536
    [ "$t" = html ] && max_len=16384
    mkdir -p "$work/corpus/$t" "$work/artifacts/$t" "fuzz/regressions/$t"
    log="$work/$t.log"
    say "fuzz: $t for ${secs}s (log $log)"
    if RUSTC_BOOTSTRAP=1 cargo fuzz run --release --sanitizer address "$t" \
      "$work/corpus/$t" "$work/seeds/$t" "fuzz/regressions/$t" -- \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len="$max_len" \
      -artifact_prefix="$work/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1; then
      say "fuzz: $t: no crash in ${secs}s; $(grep -E '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}') runs, corpus $(find "$work/corpus/$t" -type f | wc -l) inputs"
    else
      failed+=("$t")
      tail -40 "$log" >&2
      cp "$work/artifacts/$t"/* "fuzz/regressions/$t/" 2>/dev/null || true
      say "fuzz: $t FOUND A CRASH: input copied into fuzz/regressions/$t/ (cargo test replays it)"
    fi
  done
  [ ${#failed[@]} -eq 0 ] || die "fuzz: crashes in ${failed[*]}"
}

cmd_help() {
  cat <<'EOF'
usage: ./build.sh COMMAND

  demo [--csp] [--port N]  build, stage target/demo (www/ + extension/) and serve it at
                           http://127.0.0.1:8080/ until Ctrl-C (--csp: strict page CSP,
                           for the installed extension: open the page with ?shim=off)
  test                     build, then cargo fmt/clippy, web-ext lint, cargo test and the
                           browser tests in Chromium and Firefox ESR with the real extension
  build                    engine to wasm (extension/engine/), wasm-opt, and the CLI
                           (target/release/tidings)
  package                  build, then dist/tidings-chrome.zip and dist/tidings-firefox.xpi
  lint                     web-ext lint, cargo clippy -D warnings, cargo fmt --check
  eval                     quality evaluation on the corpora (tests/eval/run.sh)
  fuzz [SECONDS] [TARGET]  cargo-fuzz each engine entry (html, snapshot) for SECONDS (600) with
                           seeds from the repo's pages; crashes land in fuzz/regressions/
  bench                    speed and size: Tidings vs Readability.js and a DOM walk per page in
                           Chromium and Firefox ESR, the CLI vs trafilatura (BENCH_PAGES=N: fewer pages)
  setup                    install what is missing (Rust target and components, wasm-bindgen-cli,
                           npm packages, Chromium and Firefox ESR when root); every command runs it
  help                     this text
EOF
}

case ${1:-help} in
setup | build | test | lint | demo | package | eval | bench | fuzz | help)
  cmd=$1
  shift || true
  "cmd_$cmd" "$@"
  ;;
-h | --help) cmd_help ;;
*)
  cmd_help >&2
  exit 2
  ;;
esac
