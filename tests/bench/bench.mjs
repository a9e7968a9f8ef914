#!/usr/bin/env node
// ./build.sh bench (issue 7): Tidings side by side with Readability.js and a bare DOM walk, per page,
// in headless Chromium and Firefox ESR with the real extension; sizes; the native CLI's speed.
//   BENCH_PAGES=N          measure only the first N pages (corpora interleaved)
//   BENCH_BROWSERS=a,b     chromium and/or firefox (default both)
//   BENCH_SKIP_CLI=1       leave out the native CLI
//   BENCH_EXTENSION=DIR    measure another build of the extension (default extension/), for A/B runs
//   BENCH_CORPUS=DIR       the corpora's folder (default ../shared/corpus; missing: the repo's own pages)
// A benchmark, not a test: it never fails on a number. Per-page data goes to target/bench/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXT_DIR, ROOT, readManifest, removeDir, tempDir } from '../browser/lib/harness.mjs';
import { launchChromium, launchFirefox } from '../browser/lib/browsers.mjs';
import { STRICT_CSP } from '../../tools/serve.mjs';
import { collectPages, servePages } from './pages.mjs';
import { insertBlocks, observeLongTasks, readabilityScript, runReferences, tidingsReport, tidingsSettled } from './inpage.mjs';

const SHARED = resolve(process.env.BENCH_CORPUS ?? join(ROOT, '../shared/corpus'));
const OUT_DIR = join(ROOT, 'target/bench');
const LIMIT = Number(process.env.BENCH_PAGES) > 0 ? Number(process.env.BENCH_PAGES) : Infinity;
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
const CLI = join(ROOT, 'target/release/tidings');
const EXT = process.env.BENCH_EXTENSION ? resolve(process.env.BENCH_EXTENSION) : EXT_DIR;
const INSERTED_BLOCKS = 200;
// plain: page scripts blocked in both browsers alike (the corpus pages' scripts would only fail
// offline and add noise), wasm allowed, so Chromium runs the engine in the content script.
// strict: the contract's strict CSP, under which Chromium takes the background path.
const VARIANTS = { plain: "script-src 'wasm-unsafe-eval'", strict: STRICT_CSP };

const log = (s = '') => process.stdout.write(`${s}\n`);

// ------------------------------------------------------------------------------------------------
// numbers

const sorted = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];  // nearest rank
}
const median = (xs) => {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => quantile(xs, 0.95);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

/** Phases (ms) of one content-script pass from its published timings. */
function phases(tm) {
  if (!tm) return null;
  // init: how long the pass waited for the wasm after the snapshot; load: the whole fetch, compile
  // and instantiation (it starts with the content script, so it may overlap the snapshot).
  const p = { snapshot: tm.snapshot ?? 0, apply: tm.apply ?? 0, init: tm.init ?? 0, load: tm.load ?? tm.init ?? 0, wait: tm.wait ?? 0 };
  const t = tm.t;
  if (Array.isArray(t) && t.length === 6) {
    Object.assign(p, { copy: t[1] - t[0], decode: t[2] - t[1], analysis: t[3] - t[2], output: t[5] - t[3] });
    p.message = tm.rt != null ? tm.rt - (t[5] - t[0]) : 0;
  } else {  // an engine without lastTimings: only the whole call
    Object.assign(p, { copy: 0, decode: 0, analysis: (tm.engine ?? 0) - p.init, output: 0, message: 0 });
  }
  p.transfer = p.copy + p.decode + p.message;
  p.total = p.snapshot + p.transfer + p.analysis + p.output + p.apply;
  p.withInit = p.total + p.init;
  // The clean-up's window on the page's clock, for the long tasks.
  p.from = tm.at;
  p.to = tm.at + (tm.snapshot ?? 0) + (tm.engine ?? 0) + (tm.apply ?? 0) + (tm.wait ?? 0);
  return p;
}

const longTasksIn = (tasks, p) => (tasks && p?.from != null
  ? tasks.filter(([start, dur]) => start < p.to && start + dur > p.from).map(([, dur]) => dur) : null);

// ------------------------------------------------------------------------------------------------
// browsers

async function settle(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.waitForFunction(tidingsSettled, { timeout: 30_000, polling: 50 });
  return page.evaluate(tidingsReport);
}

async function measureVariant(page, url) {
  try {
    const r = await settle(page, url);
    const p = r.state === 'done' ? phases(r.timings) : null;
    return { state: r.state, engine: r.engine, hidden: r.hidden, elements: r.elements, phases: p,
      longTasks: longTasksIn(r.longTasks, p), longTaskSupport: r.longTasks !== null };
  } catch (e) {
    return { state: 'bench-error', error: String(e?.message ?? e).split('\n')[0] };
  }
}

async function measureReferences(page, readability) {
  try {
    await page.evaluate(readability.source);
    return await page.evaluate(runReferences);
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  }
}

/** The incremental path on the demo page: a later pass after INSERTED_BLOCKS blocks arrive. */
async function measureIncremental(page, url) {
  try {
    const first = await settle(page, url);
    const before = first.elements;
    const after = await page.evaluate(insertBlocks, INSERTED_BLOCKS);
    await page.waitForFunction(() => {
      try { return JSON.parse(document.documentElement.dataset.tidingsTimings).pass >= 2; } catch { return false; }
    }, { timeout: 20_000, polling: 100 });
    const second = await page.evaluate(tidingsReport);
    return { first: phases(first.timings), second: phases(second.timings), elementsBefore: before,
      elementsAfter: after, hiddenBefore: first.hidden, hiddenAfter: second.hidden };
  } catch (e) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  }
}

async function runBrowser(name, pages, server, readability, extDir) {
  const started = Date.now();
  const session = name === 'chromium'
    ? await launchChromium({ extDir })
    // Full-precision timers in Firefox (it rounds performance.now() by default).
    : await launchFirefox({ extDir, prefs: { 'privacy.reduceTimerPrecision': false } });
  const results = [];
  let incremental = null;
  try {
    const version = await session.browser.version();
    let page = (await session.browser.pages())[0] ?? await session.browser.newPage();
    await page.evaluateOnNewDocument(observeLongTasks);
    // Warm-up (discarded): the first load starts the worker, caches, JITs.
    await measureVariant(page, server.url('plain', 0));
    for (let i = 0; i < pages.length; i++) {
      if (page.isClosed()) {
        page = await session.browser.newPage();
        await page.evaluateOnNewDocument(observeLongTasks);
      }
      const plain = await measureVariant(page, server.url('plain', i));
      const ref = plain.state === 'bench-error' ? { error: 'page did not load' } : await measureReferences(page, readability);
      const strict = await measureVariant(page, server.url('strict', i));
      results.push({ name: pages[i].name, bytes: pages[i].bytes, plain, strict, ref });
      if ((i + 1) % 20 === 0 || i + 1 === pages.length) {
        log(`  ${name}: ${i + 1}/${pages.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    }
    incremental = await measureIncremental(page, `${server.staticUrl('plain', 'www', 'index.html')}?shim=off`);
    return { name, version, results, incremental, seconds: (Date.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}

// ------------------------------------------------------------------------------------------------
// report

function phaseTable(rows, keys) {
  log(`    ${pad('phase (ms)', 26)}${padl('median', 9)}${padl('p95', 9)}${padl('max', 9)}`);
  for (const [label, xs] of rows) {
    if (keys && !keys.includes(label)) continue;
    log(`    ${pad(label, 26)}${padl(f(median(xs)), 9)}${padl(f(p95(xs)), 9)}${padl(f(sorted(xs).at(-1)), 9)}`);
  }
}

function reportBrowser(run) {
  const { name, results } = run;
  log(`\n== ${name} (${run.version}), ${results.length} pages, ${run.seconds.toFixed(0)} s`);
  const ok = (v) => v.state === 'done' && v.phases;
  const count = (variant) => {
    const c = {};
    for (const r of results) c[r[variant].state] = (c[r[variant].state] ?? 0) + 1;
    const engines = {};
    for (const r of results) if (r[variant].engine) engines[r[variant].engine] = (engines[r[variant].engine] ?? 0) + 1;
    return `${Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ')}; engine: ${Object.entries(engines).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`;
  };
  const PH = ['snapshot', 'copy', 'decode', 'message', 'analysis', 'output', 'apply', 'total', 'load', 'init', 'withInit'];
  const LABEL = { snapshot: 'snapshot (DOM walk)', copy: 'copy into wasm', decode: 'decode snapshot', message: 'messaging (background)',
    analysis: 'analysis', output: 'output to JS object', apply: 'applying the marks', total: 'TOTAL (no init)',
    load: 'wasm load+instantiation', init: 'wait for it after snapshot', withInit: 'total with that wait' };
  for (const [variant, title] of [['plain', 'content-script path'], ['strict', `strict CSP page (${STRICT_CSP})`]]) {
    const done = results.filter((r) => ok(r[variant]));
    log(`  Tidings, ${title}: ${count(variant)}`);
    const rows = PH.filter((k) => variant === 'strict' || k !== 'message')
      .map((k) => [LABEL[k], done.map((r) => r[variant].phases[k])]);
    phaseTable(rows);
    const errs = results.filter((r) => r[variant].error).slice(0, 3);
    for (const r of errs) log(`    ! ${r.name}: ${r[variant].error}`);
  }
  const refOk = results.filter((r) => !r.ref.error);
  log(`  Readability.js (isProbablyReaderable + parse of a clone) and the floor: ${refOk.length} pages` +
    `${results.length - refOk.length ? ` (${results.length - refOk.length} failed)` : ''}, ` +
    `${refOk.filter((r) => r.ref.isReaderable).length} readerable, ${refOk.filter((r) => r.ref.articleChars > 0).length} with an article`);
  phaseTable([
    ['isProbablyReaderable', refOk.map((r) => r.ref.readerable)],
    ['Readability parse', refOk.map((r) => r.ref.parse)],
    ['Readability total', refOk.map((r) => r.ref.readerable + r.ref.parse)],
    ['floor (TreeWalker pass)', refOk.map((r) => r.ref.floor)],
  ]);

  // Ratios, page by page, over pages where all three ran.
  const both = results.filter((r) => ok(r.plain) && !r.ref.error);
  const rd = (r) => r.ref.readerable + r.ref.parse;
  const ratios = {
    rr: both.map((r) => r.plain.phases.total / rd(r)),
    rf: both.map((r) => r.plain.phases.total / Math.max(r.ref.floor, 0.01)),
    rri: both.map((r) => r.plain.phases.withInit / rd(r)),
    snapFloor: both.map((r) => r.plain.phases.snapshot / Math.max(r.ref.floor, 0.01)),
  };
  const bothStrict = results.filter((r) => ok(r.strict) && !r.ref.error);
  const strictRr = bothStrict.map((r) => r.strict.phases.total / rd(r));
  log(`  Ratios computed page by page (${both.length} pages):`);
  log(`    ${pad('', 44)}${padl('median', 9)}${padl('p95', 9)}`);
  const line = (label, xs) => log(`    ${pad(label, 44)}${padl(f(median(xs), 3), 9)}${padl(f(p95(xs), 3), 9)}`);
  line('Tidings / Readability (content path)', ratios.rr);
  line('Tidings with the wasm wait / Readability', ratios.rri);
  line(`Tidings strict-CSP page / Readability (${bothStrict.length})`, strictRr);
  line('Tidings / floor', ratios.rf);
  line('Tidings snapshot / floor', ratios.snapFloor);

  // Long tasks during the clean-up.
  const support = results.some((r) => r.plain.longTaskSupport);
  if (!support) {
    log(`  Long tasks: ${name} has no 'longtask' PerformanceObserver entry type: not measured here`);
  } else {
    for (const variant of ['plain', 'strict']) {
      const lt = results.filter((r) => r[variant].longTasks).map((r) => ({ name: r.name, tasks: r[variant].longTasks }));
      const pagesWith = lt.filter((x) => x.tasks.length);
      const all = pagesWith.flatMap((x) => x.tasks);
      log(`  Long tasks (> 50 ms) during the clean-up, ${variant}: ${all.length} on ${pagesWith.length} of ${lt.length} pages` +
        `${all.length ? `, longest ${f(Math.max(...all), 0)} ms (${pagesWith.sort((a, b) => Math.max(...b.tasks) - Math.max(...a.tasks))[0].name})` : ''}`);
    }
  }
  const inc = run.incremental;
  if (inc?.error) log(`  Incremental path: failed: ${inc.error}`);
  else if (inc?.second) {
    log(`  Incremental path (demo page, ${INSERTED_BLOCKS} blocks appended at once, elements ${inc.elementsBefore} -> ${inc.elementsAfter}, ` +
      `hidden ${inc.hiddenBefore} -> ${inc.hiddenAfter}): later pass ${f(inc.second.total)} ms ` +
      `(first pass ${f(inc.first.total)} ms) = ${f(inc.second.total / INSERTED_BLOCKS, 3)} ms per inserted block; ` +
      `the pass re-analyses the whole page`);
  }
  // The slowest pages, for whoever makes it faster.
  const slow = both.slice().sort((a, b) => b.plain.phases.total - a.plain.phases.total).slice(0, 5);
  log('  Slowest pages (content path): ' + slow.map((r) => `${r.name} ${f(r.plain.phases.total, 1)} ms ` +
    `[snap ${f(r.plain.phases.snapshot, 1)}, analysis ${f(r.plain.phases.analysis, 1)}, out ${f(r.plain.phases.output, 1)}; ` +
    `${r.plain.elements} el, ${(r.bytes / 1024).toFixed(0)} KiB; readability ${f(rd(r), 1)}]`).join('\n    '));

  const tid = both.map((r) => r.plain.phases.total);
  return `SUMMARY browser=${name} pages=${both.length} tidings_ms_median=${f(median(tid))} ` +
    `readability_ms_median=${f(median(both.map(rd)))} ratio_readability=${f(median(ratios.rr), 3)} ` +
    `ratio_floor=${f(median(ratios.rf), 3)} p95_ratio_readability=${f(p95(ratios.rr), 3)}`;
}

function reportSizes() {
  const wasm = readFileSync(join(EXT, 'engine/tidings_bg.wasm'));
  const gz = gzipSync(wasm, { level: 9 }).length;
  log('\n== Sizes');
  log(`  wasm engine/tidings_bg.wasm: ${wasm.length} bytes (${kb(wasm.length)}), ${gz} bytes gzipped (${kb(gz)}); target <= 120 KB gzipped`);
  const scripts = readManifest(EXT).content_scripts.flatMap((c) => c.js);
  const size = (p) => readFileSync(join(EXT, p)).length;
  const own = scripts.filter((p) => p.startsWith('content/'));
  const reader = scripts.filter((p) => p.startsWith('reader/'));
  const glue = scripts.filter((p) => p.startsWith('engine/'));
  const sum = (ps) => ps.reduce((a, p) => a + size(p), 0);
  log(`  content-script JS (manifest content_scripts, ${scripts.length} files): ${sum(scripts)} bytes in all`);
  log(`    content/*.js ${sum(own)} bytes; + reader/reader.js ${sum(reader)} = ${sum(own) + sum(reader)} bytes ` +
    `(${kb(sum(own) + sum(reader))}); wasm-bindgen glue ${glue.join(', ')} ${sum(glue)} bytes; target <= 30 KB`);
  return { wasm: wasm.length, wasmGz: gz, contentJs: sum(scripts), ownJs: sum(own), readerJs: sum(reader), glueJs: sum(glue) };
}

/**
 * The native CLI on the same pages, one process per page (process start included): the best of
 * CLI_RUNS wall times per page (the machine is shared) and peak RSS from /usr/bin/time (its CPU
 * times tick in 10 ms, too coarse for pages of a few ms: `tidings time` measures in-process).
 */
const CLI_RUNS = 3;
function runCli(pages) {
  log(`\n== Native CLI (target/release/tidings extract), one process per page, best of ${CLI_RUNS}`);
  if (!existsSync(CLI)) { log(`  ${CLI} is missing (./build.sh build makes it)`); return null; }
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  if (!timeBin) log('  /usr/bin/time is missing (apt-get install time): no peak memory per process');
  const wall = [], rss = [];
  let failed = 0;
  for (const p of pages) {
    const args = ['extract', p.file, ...(p.url ? ['--url', p.url] : [])];
    let best = Infinity, peak = 0;
    for (let k = 0; k < CLI_RUNS; k++) {
      const t0 = process.hrtime.bigint();
      const r = timeBin
        ? spawnSync(timeBin, ['-f', 'TIME %M', CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
        : spawnSync(CLI, args, { stdio: ['ignore', 'ignore', 'ignore'] });
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0 && k === 0) failed++;
      const m = /TIME (\d+)/.exec(r.stderr ?? '');
      if (m) peak = Math.max(peak, Number(m[1]));
    }
    wall.push(best);
    if (timeBin) rss.push(peak);
  }
  // What starting and ending a process costs here (trafilatura's timings are in-process).
  const start = [];
  for (let k = 0; k < 20; k++) {
    const t0 = process.hrtime.bigint();
    spawnSync(CLI, ['--version'], { stdio: 'ignore' });
    start.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const pps = pages.length / (sum(wall) / 1000);
  log(`  ${pages.length} pages (${failed} failed): ${pps.toFixed(1)} pages/s by wall time (median ${f(median(wall))} ms, ` +
    `p95 ${f(p95(wall))} ms per page, of which starting a process ${f(median(start))} ms)`);
  if (rss.length) log(`  peak memory (max RSS): median ${(median(rss) / 1024).toFixed(1)} MiB, max ${(Math.max(...rss) / 1024).toFixed(1)} MiB`);
  // The baselines' timing files, on the same page ids.
  const ids = new Set(pages.map((p) => p.id));
  const baseline = (file, key) => {
    const per = [];
    for (const corpus of new Set(pages.map((p) => p.corpus))) {
      const path = join(SHARED, corpus, 'dev/baselines', file);
      if (!existsSync(path)) continue;
      for (const pg of JSON.parse(readFileSync(path, 'utf8')).pages) if (ids.has(pg.id)) per.push(pg[key]);
    }
    return per;
  };
  const inProcess = timeInProcess(pages);
  const out = { pagesPerSecond: pps, medianMs: median(wall), peakRssMiB: Math.max(...rss) / 1024, inProcess };
  for (const [label, file, key, note] of [
    ['trafilatura 2.3.1', 'timing-trafilatura-2.3.1.json', 'extract_ms', 'in-process extract(), no interpreter start'],
    ['Readability.js 0.6.0 + jsdom', 'timing-readability_js-0.6.0.json', 'total_ms', 'jsdom parse + Readability, in-process'],
  ]) {
    const per = baseline(file, key);
    if (!per.length) { log(`  ${label}: no timing file for these pages`); continue; }
    const theirPps = per.length / (sum(per) / 1000);
    log(`  ${label} (${file}, ${per.length} pages, ${note}): ${theirPps.toFixed(1)} pages/s (median ${f(median(per))} ms) ` +
      `-> Tidings CLI one process per page: ${(pps / theirPps).toFixed(1)}x`);
    out[label] = { pagesPerSecond: theirPps, ratio: pps / theirPps };
    if (inProcess) {
      const ratio = inProcess.pagesPerSecond / theirPps;
      log(`    in-process (both without start-up): Tidings ${f(inProcess.pagesPerSecond, 1)} pages/s -> ${f(ratio, 2)}x ${label}`);
      out[label].inProcessRatio = ratio;
    }
  }
  if (inProcess && out['trafilatura 2.3.1']) {
    const t = out['trafilatura 2.3.1'];
    log(`SUMMARY label=cli pages=${pages.length} inprocess_pages_per_s=${f(inProcess.pagesPerSecond, 1)} ` +
      `trafilatura_pages_per_s=${f(t.pagesPerSecond, 1)} ratio_trafilatura=${f(t.inProcessRatio, 2)} ` +
      `per_process_pages_per_s=${f(pps, 1)} peak_rss_mib=${f(inProcess.peakRssMiB ?? NaN, 1)}`);
  }
  return out;
}

/**
 * The CLI's engine inside one process (`tidings time`), as trafilatura's extract() was timed:
 * read+parse, analysis and JSON per page, the best of CLI_RUNS runs per page.
 */
function timeInProcess(pages) {
  const args = ['time'];
  for (const p of pages) args.push(p.file, ...(p.url ? ['--url', p.url] : []));
  const best = new Map(), phases = { parse: 0, analysis: 0, json: 0 };
  let peakRssMiB = NaN;
  for (let k = 0; k < CLI_RUNS; k++) {
    const r = spawnSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) { log(`  tidings time failed: ${r.stderr.trim()}`); return null; }
    for (const line of r.stdout.split('\n').slice(1)) {
      const [file, parse, analysis, json, total] = line.split('\t');
      if (total === undefined) continue;
      if (!(best.get(file)?.total <= Number(total))) {
        best.set(file, { parse: Number(parse), analysis: Number(analysis), json: Number(json), total: Number(total) });
      }
    }
    const m = /peak_rss_mib=([\d.]+)/.exec(r.stdout);
    if (m) peakRssMiB = Number(m[1]);
  }
  const all = [...best.values()];
  for (const b of all) for (const key of Object.keys(phases)) phases[key] += b[key];
  const totalMs = all.reduce((a, b) => a + b.total, 0);
  const pagesPerSecond = all.length / (totalMs / 1000);
  log(`  in one process (tidings time, best of ${CLI_RUNS}): ${all.length} pages, ${f(pagesPerSecond, 1)} pages/s ` +
    `(median ${f(median(all.map((b) => b.total)))} ms per page: parse ${f(phases.parse / all.length)}, ` +
    `analysis ${f(phases.analysis / all.length)}, JSON ${f(phases.json / all.length)} ms mean), peak memory ${f(peakRssMiB, 1)} MiB`);
  return { pagesPerSecond, medianMs: median(all.map((b) => b.total)), phasesMeanMs: phases, peakRssMiB };
}

// ------------------------------------------------------------------------------------------------

async function main() {
  for (const f of ['manifest.json', 'engine/tidings.js', 'engine/tidings_bg.wasm']) {
    if (!existsSync(join(EXT, f))) throw new Error(`${EXT}/${f} is missing: run ./build.sh build`);
  }
  const work = tempDir('bench');
  const into = join(work, 'pages');
  // A copy of the extension: a build running meanwhile cannot swap the engine under the browsers.
  const extDir = join(work, 'extension');
  cpSync(EXT, extDir, { recursive: true });
  if (EXT !== EXT_DIR) log(`bench: extension from ${EXT}`);
  const { pages, source } = collectPages({ root: ROOT, shared: SHARED, into, limit: LIMIT });
  if (!pages.length) throw new Error('no pages to measure');
  log(`bench: ${pages.length} pages from ${source}${Number.isFinite(LIMIT) ? ` (BENCH_PAGES=${LIMIT})` : ''}`);
  log(`bench: page scripts are blocked alike in both browsers by the pages' CSP header (${VARIANTS.plain}); ` +
    'Tidings\' content scripts and the measuring scripts are not affected');
  if (!Number.isFinite(LIMIT) && pages.length > 50) log('bench: the full run takes a while on 2 cores (BENCH_PAGES=20 for a quick look)');
  const readability = readabilityScript();
  const server = await servePages(pages, VARIANTS, { www: join(ROOT, 'www') });
  mkdirSync(OUT_DIR, { recursive: true });
  const summaries = [];
  const record = { date: new Date().toISOString(), source, pages: pages.length, readability: readability.version, browsers: {} };
  try {
    const sizes = reportSizes();
    record.sizes = sizes;
    if (!process.env.BENCH_SKIP_CLI) record.cli = runCli(pages);
    for (const name of BROWSERS) {
      if (!['chromium', 'firefox'].includes(name)) throw new Error(`BENCH_BROWSERS: unknown browser ${name}`);
      log(`\nbench: ${name}: ${pages.length} pages x (plain load + Readability + floor, strict-CSP load)`);
      let run;
      try {
        run = await runBrowser(name, pages, server, readability, extDir);
      } catch (e) {
        log(`  ${name} failed: ${e?.stack ?? e}`);
        continue;
      }
      writeFileSync(join(OUT_DIR, `${name}.json`), JSON.stringify(run, null, 1));
      summaries.push(reportBrowser(run));
      record.browsers[name] = { version: run.version, seconds: run.seconds };
    }
  } finally {
    await server.close();
    removeDir(work);
  }
  writeFileSync(join(OUT_DIR, 'summary.json'), JSON.stringify({ ...record, summaries }, null, 1));
  log(`\nbench: Readability.js ${readability.version}; per-page data in ${OUT_DIR}/`);
  for (const s of summaries) log(s);
  if (summaries.length < BROWSERS.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`bench: ${e?.stack ?? e}`);
  process.exit(1);
});
