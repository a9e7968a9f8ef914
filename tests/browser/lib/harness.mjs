// Shared pieces of the browser tests: staging the demo, serving it, and looking at the page.
// The test files (chromium.test.mjs, firefox.test.mjs) drive the real browsers with the real
// extension; everything that looks at a page is a plain function run inside that page.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../tools/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXT_DIR = join(ROOT, 'extension');
export const WWW_DIR = join(ROOT, 'www');
export const SCREENSHOT_DIR = join(ROOT, 'target/screenshots');

export const TITLE = "IT Ministry Took To 'Koo' Calling Twitter's Blog 'Unusual'; Says 'Will Respond Soon'";
export const BODY_SENTENCE = 'In the blog post Twitter noted it does not believe';
export const STATEMENT = 'Upon the request of Twitter seeking a meeting';
export const SPEAKER = 'IT ministry';

/** Throws a readable error when a piece the tests need has not been built or written yet. */
export function checkPrerequisites() {
  const missing = [];
  for (const f of ['manifest.json', 'engine/tidings.js', 'engine/tidings_bg.wasm']) {
    if (!existsSync(join(EXT_DIR, f))) missing.push(`extension/${f}`);
  }
  if (!existsSync(join(WWW_DIR, 'index.html'))) missing.push('www/index.html');
  if (missing.length) {
    throw new Error(`missing ${missing.join(', ')} (run ./build.sh build; the extension and demo must exist)`);
  }
}

export function readManifest(dir = EXT_DIR) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `tidings-${prefix}-`));
}

/**
 * Stages the demo exactly as `./build.sh demo` does (www/* plus extension/ as extension/), in a
 * fresh temporary folder so that suites running side by side never share one.
 */
export function stageDemo() {
  const dir = tempDir('demo');
  cpSync(WWW_DIR, dir, { recursive: true });
  cpSync(EXT_DIR, join(dir, 'extension'), { recursive: true });
  return dir;
}

/** Starts two servers over the staged demo: a plain one and one sending the strict CSP. */
export async function startDemoServers(dir) {
  const plain = await startServer({ root: dir, port: 0 });
  const csp = await startServer({ root: dir, port: 0, csp: true });
  return {
    plain,
    csp,
    async close() {
      await Promise.all([plain.close(), csp.close()]);
    },
  };
}

export function removeDir(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** Collects a page's console and errors, for failure messages. */
export function recordConsole(page) {
  const lines = [];
  page.on('console', (m) => lines.push(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e?.message ?? e}`));
  return lines;
}

/**
 * Runs `fn(page, consoleLines)` on a fresh page of `driver`, closed afterwards (so only one test
 * tab is ever open): every suite's way of running a case.
 */
export async function withFreshPage(driver, fn) {
  const page = await driver.newPage();
  const consoleLines = recordConsole(page);
  try {
    return await fn(page, consoleLines);
  } finally {
    await page.close().catch(() => {});
  }
}

export async function waitFor(fn, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Loads the demo page (real extension only: ?shim=off) and waits for the content script's verdict. */
export async function openDemo(page, baseUrl, consoleLines) {
  const url = `${baseUrl}index.html?shim=off`;
  const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  try {
    await page.waitForFunction(
      () => ['done', 'declined', 'error'].includes(document.documentElement.dataset.tidingsState),
      { timeout: 20_000, polling: 100 },
    );
  } catch {
    const state = await page.evaluate(() => document.documentElement.dataset.tidingsState ?? null);
    throw new Error(
      state === null
        ? 'dataset.tidingsState was never set: the content script did not run on the page'
        : `dataset.tidingsState stayed '${state}' for 20 s`,
    );
  }
  const state = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  if (state.tidingsState !== 'done') {
    throw new Error(
      `dataset.tidingsState is '${state.tidingsState}', expected 'done'\n  page console:\n    ${consoleLines.join('\n    ')}`,
    );
  }
  return { url, response, dataset: state };
}

// ------------------------------------------------------------------------------------------------
// In-page inspection. These functions are serialised into the page: keep them self-contained.

/** What must be hidden and what must stay, located by the page's text (not its class names). */
export const CLEANUP_SPEC = {
  hidden: [
    // The ad slots are located by the GPT id convention (div-gpt-ad-…); the rest by text.
    { name: 'ad slots (div-gpt-ad…)', selector: '[id^="div-gpt-ad"]' },
    { name: 'weather card', texts: ["See Today's Weather", 'Humidity:', 'Accu Weather'] },
    { name: 'Top Headlines block', texts: ['Top Headlines', 'Amit Shah Asks Rahul Gandhi', 'Sunita Kejriwal To Enter'] },
    { name: 'app promo', texts: ['for smartphones', 'Download ABP Live App'] },
    { name: 'Videos rail', texts: ['Akhilesh Yadav addresses public in Kasganj', 'Voter Turnout Till 1 PM'] },
    { name: 'Photogallery rail', texts: ['Photogallery', 'Thrissur Pooram'] },
  ],
  visible: [
    { name: 'headline', texts: [TITLE] },
    { name: 'body sentence', texts: [BODY_SENTENCE] },
    { name: 'official statement', texts: [STATEMENT] },
    { name: 'ALSO READ link', texts: ['Twitter Acts On 500 Indian Accounts'], link: true },
  ],
};

/** Runs in the page: the state of every element the spec names. */
export function inspectCleanup(spec) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  // The deepest elements under <body> whose text contains the needle.
  function byText(needle) {
    const out = [];
    const walk = (el) => {
      if (SKIP.has(el.tagName) || el.hasAttribute('data-tidings-ui')) return false;
      let childHit = false;
      for (const c of el.children) if (walk(c)) childHit = true;
      const hit = norm(el.textContent).includes(needle);
      if (hit && !childHit) out.push(el);
      return hit || childHit;
    };
    walk(document.body);
    return out;
  }
  function describe(el) {
    const marked = el.closest('[data-tidings-hidden]');
    const rect = el.getBoundingClientRect();
    return {
      where: `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${norm(el.textContent).slice(0, 60)}"`,
      marked: marked
        ? { kind: marked.dataset.tidingsHidden, reason: marked.dataset.tidingsReason ?? null, display: getComputedStyle(marked).display }
        : null,
      rendered: typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0,
      offsetParent: el.offsetParent !== null,
      area: rect.width * rect.height,
      link: !!el.closest('a[href]'),
    };
  }
  const look = (item) => {
    const els = item.selector
      ? [...document.querySelectorAll(item.selector)]
      : item.texts.flatMap((t) => byText(t).map((el) => ({ el, needle: t })));
    return {
      name: item.name,
      found: els.map((x) => ({ needle: x.needle ?? item.selector, ...describe(x.el ?? x) })),
      missing: item.texts ? item.texts.filter((t) => byText(t).length === 0) : [],
      link: !!item.link,
    };
  };
  const root = document.documentElement;
  return {
    hidden: spec.hidden.map(look),
    visible: spec.visible.map(look),
    hiddenCount: root.dataset.tidingsHiddenCount ?? null,
    markedCount: document.querySelectorAll('[data-tidings-hidden]').length,
    engine: root.dataset.tidingsEngine ?? null,
    marks: [...document.querySelectorAll('[data-tidings-hidden]')].map((el) => ({
      kind: el.dataset.tidingsHidden,
      reason: el.dataset.tidingsReason ?? null,
      text: norm(el.textContent).slice(0, 50),
    })),
  };
}

/** Turns an inspectCleanup report into a list of problems (empty when all is as it should be). */
export function cleanupProblems(report) {
  const problems = [];
  for (const item of report.hidden) {
    if (item.found.length === 0) problems.push(`${item.name}: not found on the page`);
    for (const t of item.missing) problems.push(`${item.name}: text "${t}" not found on the page`);
    for (const f of item.found) {
      if (!f.marked) problems.push(`${item.name}: ${f.where} is not hidden (no data-tidings-hidden on it or an ancestor${f.rendered ? ', still rendered' : ''})`);
      else if (f.marked.display !== 'none') problems.push(`${item.name}: ${f.where} is marked (${f.marked.kind}) but displayed (${f.marked.display})`);
      else if (f.rendered) problems.push(`${item.name}: ${f.where} is marked (${f.marked.kind}) but still rendered (checkVisibility)`);
      if (f.marked && !f.marked.reason) problems.push(`${item.name}: ${f.where} is hidden without data-tidings-reason`);
    }
  }
  for (const item of report.visible) {
    if (item.found.length === 0) problems.push(`${item.name}: not found on the page`);
    for (const f of item.found) {
      if (f.marked) problems.push(`${item.name}: ${f.where} is inside an element hidden as ${f.marked.kind} (${f.marked.reason})`);
      if (!f.rendered || !f.offsetParent || f.area === 0) problems.push(`${item.name}: ${f.where} is not visible`);
      if (item.link && !f.link) problems.push(`${item.name}: ${f.where} is not a link any more`);
    }
  }
  if (report.hiddenCount === null) problems.push('dataset.tidingsHiddenCount is not set');
  else if (Number(report.hiddenCount) !== report.markedCount) {
    problems.push(`dataset.tidingsHiddenCount is ${report.hiddenCount} but ${report.markedCount} elements carry data-tidings-hidden`);
  }
  return problems;
}

/** Runs in the page: the page's serialisation outside Tidings' reader host, and its scroll. */
export function pageSnapshot() {
  const clone = document.documentElement.cloneNode(true);
  for (const host of clone.querySelectorAll('tidings-reader')) host.remove();
  return {
    html: clone.outerHTML,
    rawHtml: document.documentElement.outerHTML,
    scrollY: window.scrollY,
  };
}

/** Runs in the page: what the reader shows (null when there is no open reader). */
export function inspectReader({ title, body, statement, speaker }) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const hosts = document.querySelectorAll('tidings-reader');
  if (hosts.length === 0) return { hosts: 0, open: false };
  const host = hosts[hosts.length - 1];
  const root = host.shadowRoot;
  const info = {
    hosts: hosts.length,
    parentIsHtml: host.parentElement === document.documentElement,
    uiAttr: host.hasAttribute('data-tidings-ui'),
    openShadow: !!root,
  };
  if (!root) return { ...info, open: false };
  const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);
  const visible = (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0);
  const all = [...root.querySelectorAll('*')].filter((el) => !SKIP.has(el.tagName) && !el.closest('style,script,template'));
  const deepest = (needle) =>
    all.filter((el) => norm(el.textContent).toLowerCase().includes(needle.toLowerCase()) &&
      ![...el.children].some((c) => norm(c.textContent).toLowerCase().includes(needle.toLowerCase())));
  const titleEls = deepest(title);
  const bodyEls = deepest(body);
  const marks = [...root.querySelectorAll('mark')].map((m) => ({ el: m, text: norm(m.textContent) }));
  const statementMarks = marks.filter((m) => m.text.includes(statement));
  // The speaker: a short visible label naming them, or an attribute on the highlight or near it.
  const speakerRe = new RegExp(speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  // Labels count when they sit in the same block as the highlighted statement.
  const block = (el) => {
    for (let b = el.parentElement; b; b = b.parentElement) {
      if (['block', 'list-item', 'flex', 'grid'].includes(getComputedStyle(b).display)) return b;
    }
    return null;
  };
  const blocks = statementMarks.map((m) => block(m.el)).filter(Boolean);
  const labels = all.filter((el) => {
    if (el.tagName === 'MARK' || !blocks.some((b) => b.contains(el))) return false;
    const t = norm(el.textContent);
    return speakerRe.test(t) && t.length <= 60 && t !== title && visible(el);
  });
  const attrHits = [];
  for (const m of statementMarks) {
    for (let el = m.el, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
      for (const a of el.attributes) if (speakerRe.test(a.value)) attrHits.push(`${el.tagName.toLowerCase()}[${a.name}="${a.value}"]`);
    }
  }
  return {
    ...info,
    open: visible(host) || all.some((el) => visible(el) && norm(el.textContent).length > 0),
    title: titleEls.length > 0 && titleEls.some(visible),
    body: bodyEls.length > 0 && bodyEls.some(visible),
    marks: marks.map((m) => m.text.slice(0, 80)),
    statementMarked: statementMarks.length > 0 && statementMarks.some((m) => visible(m.el)),
    speakerLabels: labels.map((el) => norm(el.textContent)),
    speakerAttrs: attrHits,
    text: norm(all.filter((el) => el.parentNode === root || el.parentElement === null).map((el) => el.textContent).join(' ')).slice(0, 400),
  };
}

export function readerProblems(r) {
  if (!r || r.hosts === 0) return ['no <tidings-reader> host in the page'];
  const p = [];
  if (r.hosts > 1) p.push(`${r.hosts} <tidings-reader> hosts in the page`);
  if (!r.parentIsHtml) p.push('the reader host is not a child of <html>');
  if (!r.uiAttr) p.push('the reader host lacks data-tidings-ui');
  if (!r.openShadow) return [...p, 'the reader host has no open shadow root'];
  if (!r.open) p.push('the reader is not shown');
  if (!r.title) p.push(`the reader does not show the title "${TITLE}"`);
  if (!r.body) p.push(`the reader does not show the body text "${BODY_SENTENCE}"`);
  if (!r.statementMarked) p.push(`the statement "${STATEMENT}…" is not highlighted with a <mark> (marks: ${JSON.stringify(r.marks)})`);
  if (r.speakerLabels.length === 0 && r.speakerAttrs.length === 0) {
    p.push(`the speaker "${SPEAKER}" is not shown with the highlighted statement (no label in its block, no attribute on the highlight)`);
  }
  return p;
}

/**
 * Runs in the page: scrolls the reader's own scroll box (never the page) so that the highlight
 * holding `text` (or else the first one) is in view, for the screenshot.
 */
export function showMark(text) {
  const root = document.querySelector('tidings-reader')?.shadowRoot;
  const marks = [...(root?.querySelectorAll('mark') ?? [])];
  const mark = marks.find((m) => m.textContent.replace(/\s+/g, ' ').includes(text)) ?? marks[0];
  if (!mark) return false;
  for (let el = mark.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
      const top = el.scrollTop + mark.getBoundingClientRect().top - el.getBoundingClientRect().top - el.clientHeight / 3;
      el.scrollTo({ top, behavior: 'instant' });
      return true;
    }
  }
  return false;
}

/** Runs in the page: whether the reader is closed (host gone, or present but not rendered). */
export function readerClosed() {
  const hosts = document.querySelectorAll('tidings-reader');
  if (hosts.length === 0) return true;
  const visible = (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0);
  return [...hosts].every((h) => !visible(h) && ![...(h.shadowRoot?.querySelectorAll('*') ?? [])].some((el) => el.tagName !== 'STYLE' && visible(el)));
}

export const fmt = (list) => list.map((s) => `\n  - ${s}`).join('');
