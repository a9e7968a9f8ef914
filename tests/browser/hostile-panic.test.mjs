// A panic in the engine (issue 8): caught at the boundary, logged by console_error_panic_hook,
// the page left untouched, and the next page works (the engine instance is replaced: wasm32
// panics abort, leaving the instance unusable). The panic comes from the cargo feature
// `test-panic` (src/wasm.rs: analyzeSnapshot panics when the URL holds "tidings-test-panic"),
// built here into a temporary copy of the extension; release builds never have it (checked).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXT_DIR, ROOT, checkPrerequisites, fmt, recordConsole, removeDir, tempDir } from './lib/harness.mjs';
import { VIEWPORT, launchChromium, launchFirefox } from './lib/browsers.mjs';
import { proxyArgs, startHostileServer } from './lib/hostile-server.mjs';
import { load } from './lib/hostile-suite.mjs';

const TARGET_DIR = join(ROOT, 'target/test-panic');
const WASM = join(TARGET_DIR, 'wasm32-unknown-unknown/release/tidings.wasm');

/** The extension with an engine built with the test-panic feature (a quick, unoptimised build). */
function buildPanicExtension() {
  execFileSync('cargo', ['build', '--release', '--lib', '--target', 'wasm32-unknown-unknown', '--features', 'test-panic',
    '--config', 'profile.release.lto=false', '--config', 'profile.release.opt-level=1', '--config', 'profile.release.codegen-units=16'],
  { cwd: ROOT, env: { ...process.env, CARGO_TARGET_DIR: TARGET_DIR }, stdio: ['ignore', 'ignore', 'pipe'] });
  const dir = tempDir('panic-ext');
  cpSync(EXT_DIR, dir, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'no-modules', '--out-dir', join(dir, 'engine'), '--out-name', 'tidings', WASM], { stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('node', [join(ROOT, 'tools/engine-reset.mjs'), join(dir, 'engine/tidings.js')]);
  return dir;
}

/** The glue and wasm of an engine directory, loaded in node. */
async function loadEngine(dir) {
  globalThis.self ??= globalThis;
  const glue = new Function(`${readFileSync(join(dir, 'tidings.js'), 'utf8')}\nreturn wasm_bindgen;`)();
  await glue({ module_or_path: new Uint8Array(readFileSync(join(dir, 'tidings_bg.wasm'))) });
  return glue;
}

const TEXT = 'Hello world, this is a page.';
const PAGE = { strings: `htmlbodyp${TEXT}`, ops: new Uint32Array([1, 4, 0, 1, 4, 0, 1, 1, 0, 2, TEXT.length, 3, 3, 3]) };

let extDir;

before(() => {
  checkPrerequisites();
  extDir = buildPanicExtension();
}, { timeout: 600_000 });

after(() => removeDir(extDir));

it('release builds have no test panic in them', () => {
  const wasm = readFileSync(join(EXT_DIR, 'engine/tidings_bg.wasm'));
  assert.equal(wasm.indexOf('tidings-test-panic'), -1, 'extension/engine/tidings_bg.wasm was built with the test-panic feature');
  assert.ok(readFileSync(join(EXT_DIR, 'engine/tidings.js'), 'utf8').includes('__tidings_reset'), 'the glue has no reset (tools/engine-reset.mjs)');
});

it('after a panic the reset engine analyses the next page (in node)', async () => {
  const glue = await loadEngine(join(extDir, 'engine'));
  const errors = [];
  const error = console.error;
  console.error = (...a) => errors.push(a.join(' '));
  try {
    assert.throws(() => glue.analyzeSnapshot(PAGE.strings, PAGE.ops, 'https://x.test/tidings-test-panic'), WebAssembly.RuntimeError);
  } finally {
    console.error = error;
  }
  assert.ok(errors.some((e) => e.includes('test-panic feature')), `console_error_panic_hook did not log the panic: ${errors}`);
  assert.ok(glue.__tidings_reset());
  const a = glue.analyzeSnapshot(PAGE.strings, PAGE.ops, 'https://x.test/next');
  assert.equal(typeof a.readerable, 'boolean');
});

for (const name of ['chromium', 'firefox']) {
  describe(`${name}: an engine panic`, () => {
    let server, session;

    before(async () => {
      server = await startHostileServer();
      const p = proxyArgs(server.proxy);
      session = name === 'chromium'
        ? await launchChromium({ extDir, args: p.chromium })
        : await launchFirefox({ extDir, prefs: p.firefoxPrefs });
    }, { timeout: 180_000 });

    after(async () => {
      await session?.close();
      await server?.close();
    }, { timeout: 60_000 });

    // Chromium runs the engine in the background under a strict page CSP: one instance for all tabs.
    const paths = name === 'chromium' ? ['', '/strict'] : [''];
    for (const prefix of paths) {
      it(`${prefix ? 'in the background (strict CSP)' : 'in the content script'}: logged, the page untouched, the next page works`, { timeout: 90_000 }, async (t) => {
        const page = await session.browser.newPage();
        await page.setViewport(VIEWPORT);
        const lines = recordConsole(page);
        try {
          const ds = await load(page, `${prefix}/tidings-test-panic.html`);
          assert.equal(ds.tidingsState, 'error', `state after the panic${fmt(lines)}`);
          const marks = await page.evaluate(() => document.querySelectorAll('[data-tidings-hidden], style[data-tidings-ui], tidings-reader').length);
          assert.equal(marks, 0, 'the page was changed');
          const ours = lines.filter((l) => /panic|tidings/i.test(l));
          t.diagnostic(`console: ${ours.map((l) => l.slice(0, 160)).join(' | ') || '(content-script console not visible here)'}`);
          if (!prefix) {
            assert.ok(ours.some((l) => l.includes('test-panic feature')), `the panic message was not logged${fmt(lines)}`);
            assert.ok(ours.some((l) => /engine crashed/.test(l)), `no line saying the engine crashed${fmt(lines)}`);
          }
          const next = await load(page, `${prefix}/plain.html`);
          assert.equal(next.tidingsState, 'done', `the next page${fmt(lines)}`);
          assert.ok(Number(next.tidingsHiddenCount) > 0);
          if (prefix) assert.equal(next.tidingsEngine, 'background');
          // And once more after that, on the same engine.
          assert.equal((await load(page, `${prefix}/tidings-test-panic.html`)).tidingsState, 'error');
          assert.equal((await load(page, `${prefix}/plain.html`)).tidingsState, 'done');
        } finally {
          await page.close().catch(() => {});
        }
      });
    }
  });
}

if (!existsSync(join(ROOT, 'tools/engine-reset.mjs'))) throw new Error('tools/engine-reset.mjs is missing');
