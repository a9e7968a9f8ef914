// Functions the benchmark runs inside the pages (serialised by puppeteer: self-contained).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Readability.js and isProbablyReaderable from the pinned npm package, as one script that defines
 * window.__benchReadability and window.__benchReaderable (injected before timing: parsing the
 * source is not part of what Firefox pays when it runs them).
 */
export function readabilityScript() {
  const pkg = require.resolve('@mozilla/readability/package.json');
  const dir = pkg.slice(0, -'package.json'.length);
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  const wrap = (file, name) => `(function () { var module = { exports: {} };\n${readFileSync(dir + file, 'utf8')}\n;window.${name} = module.exports; })();`;
  return {
    version,
    source: `${wrap('Readability-readerable.js', '__benchReaderable')}\n${wrap('Readability.js', '__benchReadability')}\ntrue;`,
  };
}

/** Runs before any page script: records long tasks (null where the browser has no 'longtask'). */
export function observeLongTasks() {
  window.__benchLongTasks = null;
  try {
    if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return;
    const seen = [];
    window.__benchLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no observer: reported as not supported */ }
}

/** Whether the content script has finished with the page. */
export function tidingsSettled() {
  return ['done', 'declined', 'error'].includes(document.documentElement.dataset.tidingsState);
}

/** The content script's verdict and timings, and the long tasks seen so far. */
export function tidingsReport() {
  const d = document.documentElement.dataset;
  let timings = null;
  try { timings = JSON.parse(d.tidingsTimings ?? 'null'); } catch { /* left null */ }
  return {
    state: d.tidingsState ?? null,
    engine: d.tidingsEngine ?? null,
    hidden: Number(d.tidingsHiddenCount ?? 0),
    timings,
    longTasks: window.__benchLongTasks ?? null,
    elements: document.getElementsByTagName('*').length,
  };
}

/**
 * The floor (one TreeWalker pass reading tag, id, class and text), then Readability as Firefox
 * runs it: isProbablyReaderable(document), then new Readability(document.cloneNode(true)).parse().
 */
export function runReferences() {
  const now = () => performance.now();
  const t0 = now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    nodes++;
    if (n.nodeType === 1) {
      const cls = n.getAttribute('class');
      chars += n.tagName.length + n.id.length + (cls ? cls.length : 0);
    } else {
      chars += n.data.length;
    }
  }
  const t1 = now();
  const readerable = window.__benchReaderable(document);
  const t2 = now();
  let article = null, error = null;
  try {
    article = new window.__benchReadability(document.cloneNode(true)).parse();
  } catch (e) {
    error = String(e?.message ?? e);
  }
  const t3 = now();
  return {
    floor: t1 - t0,
    readerable: t2 - t1,
    parse: t3 - t2,
    isReaderable: !!readerable,
    articleChars: article?.textContent?.length ?? 0,
    readabilityError: error,
    floorNodes: nodes,
    floorChars: chars,
  };
}

/**
 * The incremental path: appends `count` story blocks after the article at once (as an endless
 * page does), to be picked up by the content script's later pass.
 */
export function insertBlocks(count) {
  const section = document.createElement('section');
  section.className = 'more-stories';
  document.body.appendChild(section);
  for (let i = 0; i < count; i++) {
    const block = document.createElement('div');
    block.className = i % 5 === 4 ? 'ad-slot sponsored' : 'story-card';
    block.innerHTML = i % 5 === 4
      ? `<div id="div-gpt-ad-more-${i}" class="adsbygoogle">Advertisement</div>`
      : `<h3><a href="/news/story-${i}">More news: headline number ${i} from elsewhere</a></h3>` +
        `<p>Teaser ${i}: a short summary of another story that has nothing to do with the article.</p>`;
    section.appendChild(block);
  }
  return document.getElementsByTagName('*').length;
}
