// Renders an Analysis into DOM: header, blocks, highlighted statements, the "Who said what"
// panel, related links and what the extractor removed. DOM APIs only (never innerHTML); links only
// http/https/mailto. Every function takes the document to build in, so that "Save as HTML" can
// build the same article in a fresh document.

export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const IMAGE_SCHEMES = ['http:', 'https:', 'data:'];
const WORDS_PER_MINUTE = 230;

const api = globalThis.browser ?? globalThis.chrome;
export const say = (key, subs) => api?.i18n?.getMessage(key, subs) || '';
export const uiLanguage = () => api?.i18n?.getUILanguage?.() || navigator.language || 'en';

export function makeH(doc) {
  return function h(tag, cls, text) {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
}

export function safeUrl(href, schemes = LINK_SCHEMES, base = document.baseURI) {
  if (typeof href !== 'string' || !href) return null;
  try {
    const u = new URL(href, base);
    return schemes.includes(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

export function formatDate(iso, locale = uiLanguage()) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  // A bare date parses as UTC midnight: show it in UTC so it is not the day before.
  const opts = { dateStyle: 'long', timeZone: /T/.test(iso) ? undefined : 'UTC' };
  try { return d.toLocaleDateString(locale, opts); } catch { return d.toLocaleDateString(undefined, opts); }
}

export function readingMinutes(text) {
  const words = String(text || '').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

const str = (v) => (typeof v === 'string' ? v : '');

// Our own words inside the article (reading time, speaker labels) keep the UI's language and
// direction, whatever the article's.
function ui(el) {
  el.lang = uiLanguage();
  el.dir = say('@@bidi_dir') || 'ltr';
  return el;
}

// ------------------------------------------------------------------------------------------------
// Statements: text is compared without whitespace or quotation marks, case-folded, with dashes
// unified: the engine's statement text and the rendered block differ exactly in those.

const IGNORED = /[\s"'\u2018-\u201F\u00AB\u00BB\u2039\u203A\u2032\u2033\u0060\u00B4]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const WORD = /[\p{L}\p{M}\p{N}]/u;  // marks too: Devanagari vowel signs are part of words
const INLINE = new Set(['A', 'STRONG', 'EM', 'CODE', 'MARK']);

function normChar(c) {
  if (IGNORED.test(c)) return '';
  if (DASHES.test(c)) return '-';
  const lc = c.toLowerCase();
  return lc.length === 1 ? lc : c;
}

const normalize = (s) => Array.from(String(s), normChar).join('');

// The block's visible text, normalised, with each character's home (node, offset).
function indexText(blockEl) {
  const doc = blockEl.ownerDocument;
  const walker = doc.createTreeWalker(blockEl, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes = [], where = [];
  let norm = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentNode.closest('.who')) continue;  // our own speaker labels
    nodes.push(n);
    const d = n.data;
    for (let i = 0; i < d.length; i++) {
      const c = normChar(d[i]);
      if (c) { norm += c; where.push({ node: n, offset: i }); }
    }
  }
  return { norm, where, nodes };
}

// Longest prefix of `needle` found in `hay`, or longest suffix if that is longer.
function bestSpan(hay, needle, minLen) {
  const longest = (cut) => {
    let lo = 0, hi = needle.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (hay.includes(cut(mid))) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const p = longest((n) => needle.slice(0, n));
  const s = p === needle.length ? 0 : longest((n) => needle.slice(needle.length - n));
  if (Math.max(p, s) < minLen) return null;
  const used = p >= s ? [0, p] : [needle.length - s, needle.length];
  const start = hay.indexOf(needle.slice(...used));
  return { start, end: start + used[1] - used[0], used };
}

// Wraps the text between two indexed characters in <mark>s (one per text node, so inline
// elements stay well nested). Returns the marks in order.
function wrap(h, index, start, end) {
  const first = index.where[start], last = index.where[end - 1];
  const from = index.nodes.indexOf(first.node), to = index.nodes.indexOf(last.node);
  const marks = [];
  for (let k = from; k <= to; k++) {
    let node = index.nodes[k];
    const d = node.data;
    let a = k === from ? first.offset : 0;
    let b = k === to ? last.offset + 1 : d.length;
    // A near match may stop inside a word; widen it to whole words.
    while (a > 0 && WORD.test(d[a - 1])) a--;
    while (b < d.length && WORD.test(d[b])) b++;
    if (b <= a) continue;
    if (b < d.length) node.splitText(b);
    if (a > 0) node = node.splitText(a);
    const mark = h('mark');
    node.parentNode.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

export function kindLabel(s) {
  const kind = String(s.speaker_kind || 'person');
  return say(`speaker_${kind}`) || kind;
}

function describe(s) {
  const parts = [`${s.speaker} (${kindLabel(s)})`];
  if (s.cue) parts.push(s.cue);
  if (s.evidence) parts.push(s.evidence);
  return parts.join(' — ');
}

// Highlights statement `s` from blockEls[s.block] on (quotes may span paragraphs). Returns the
// element to scroll to (with id `id`), or null.
function highlight(h, s, blockEls, id) {
  const startEl = blockEls[s.block];
  if (!startEl) return null;
  let rest = normalize(s.text);
  const minLen = Math.min(rest.length, 12);
  if (!rest) return null;
  const marks = [];
  for (let b = s.block; b < blockEls.length && b < s.block + 6 && rest.length >= minLen; b++) {
    if (!blockEls[b]) continue;
    const index = indexText(blockEls[b]);
    const span = bestSpan(index.norm, rest, minLen);
    // A continuation must open the next block; a stray match further in is not the quote.
    if (!span || (b > s.block && span.start > 0)) break;
    marks.push(...wrap(h, index, span.start, span.end));
    rest = rest.slice(span.used[1]);
    // It runs on only if it matched from its start and filled this block.
    if (span.used[0] > 0 || span.end < index.norm.length - 1) break;
  }
  const kind = s.official ? 'official' : 'other';
  const title = describe(s);
  const label = ui(h('span', 'who'));
  label.append('— ', h('bdi', null, s.speaker), ` · ${kindLabel(s)}`);
  label.title = title;
  if (!marks.length) {
    // The words were not found as rendered: mark the whole block instead of guessing.
    if (startEl.id) return startEl;  // already marked for an earlier statement
    startEl.classList.add('stmt-block', kind);
    startEl.tabIndex = -1;
    startEl.id = id;
    startEl.append(' ', label);
    return startEl;
  }
  for (const m of marks) { m.className = `stmt ${kind}`; m.title = title; }
  let after = marks[marks.length - 1];
  while (after.parentNode && INLINE.has(after.parentNode.nodeName)) after = after.parentNode;
  after.after(' ', label);
  marks[0].tabIndex = -1;
  marks[0].id = id;
  return marks[0];
}

// ------------------------------------------------------------------------------------------------
// Blocks

function link(h, doc, text, href) {
  const url = safeUrl(href);
  if (!url) return doc.createTextNode(text);
  const a = h('a', null, text);
  a.href = url;
  a.rel = 'noopener noreferrer';
  return a;
}

function image(h, src, alt, cls) {
  const img = h('img', cls);
  img.src = src;
  img.alt = alt || '';
  img.referrerPolicy = 'no-referrer';
  img.loading = 'lazy';
  img.decoding = 'async';
  return img;
}

function renderInlines(h, doc, parent, inlines) {
  for (const i of Array.isArray(inlines) ? inlines : []) {
    const text = str(i?.text);
    switch (i?.type) {
      case 'strong': parent.append(h('strong', null, text)); break;
      case 'emphasis': parent.append(h('em', null, text)); break;
      case 'code': parent.append(h('code', null, text)); break;
      case 'break': parent.append(h('br')); break;
      case 'link': parent.append(link(h, doc, text, i.href)); break;
      default: parent.append(text);
    }
  }
  return parent;
}

function renderBlock(h, doc, b, depth = 0) {
  switch (b?.type) {
    case 'heading': {
      // The article title is the h1; body headings keep their relative levels below it.
      const level = Math.min(6, Math.max(2, Number(b.level) || 2));
      return renderInlines(h, doc, h(`h${level}`), b.inlines);
    }
    case 'paragraph': return renderInlines(h, doc, h('p'), b.inlines);
    case 'list': {
      const list = h(b.ordered ? 'ol' : 'ul');
      for (const item of Array.isArray(b.items) ? b.items : []) list.append(renderInlines(h, doc, h('li'), item));
      return list;
    }
    case 'quote': {
      const q = h('blockquote');
      if (depth < 8) {
        for (const inner of Array.isArray(b.blocks) ? b.blocks : []) {
          const e = renderBlock(h, doc, inner, depth + 1);
          if (e) q.append(e);
        }
      }
      return q;
    }
    case 'figure': {
      const src = safeUrl(b.src, IMAGE_SCHEMES);
      if (!src && !b.caption) return null;
      const fig = h('figure');
      if (src) fig.append(image(h, src, str(b.alt)));
      if (b.caption) fig.append(h('figcaption', null, str(b.caption)));
      return fig;
    }
    case 'table': {
      const wrapEl = h('div', 'table-wrap');
      wrapEl.tabIndex = 0;  // scrollable region: reachable by keyboard
      wrapEl.setAttribute('role', 'region');
      wrapEl.setAttribute('aria-label', say('reader_table'));
      const body = wrapEl.appendChild(h('table')).appendChild(h('tbody'));
      for (const row of Array.isArray(b.rows) ? b.rows : []) {
        const tr = body.appendChild(h('tr'));
        for (const c of Array.isArray(row) ? row : []) tr.append(h(c?.header ? 'th' : 'td', null, str(c?.text)));
      }
      return wrapEl;
    }
    case 'preformatted': {
      const pre = h('pre', null, str(b.text));
      pre.tabIndex = 0;
      return pre;
    }
    default: return null;  // a block type this version does not know
  }
}

// ------------------------------------------------------------------------------------------------
// The whole article

function renderHeader(h, a, doc) {
  const header = h('header', 'article-header');
  if (a.site_name) header.append(h('p', 'site', str(a.site_name)));
  const title = header.appendChild(h('h1', null, str(a.title) || doc.title || ''));
  title.id = 'tidings-title';
  title.tabIndex = -1;
  let time = null;
  if (a.published) {
    time = h('time', null, formatDate(String(a.published)));
    time.dateTime = String(a.published);
  }
  const bits = [a.byline && h('span', 'byline', str(a.byline)), time,
    ui(h('span', 'minutes', say('reader_minutes', [String(readingMinutes(a.text))])))].filter(Boolean);
  header.appendChild(h('p', 'meta')).append(...bits.flatMap((b, i) => (i ? [' · ', b] : [b])));
  // No lead image when the body opens with its own picture (often the same photo).
  const lead = safeUrl(a.lead_image, IMAGE_SCHEMES);
  const opensWithFigure = (a.blocks || []).slice(0, 3).some((b) => b?.type === 'figure');
  if (lead && !opensWithFigure) header.append(image(h, lead, '', 'lead'));
  return { header, title };
}

function renderPanel(h, items, dir) {
  const groups = Map.groupBy(items, ({ s }) => s.speaker.trim().toLowerCase());
  const panel = h('aside', 'panel');
  panel.setAttribute('aria-labelledby', 'tidings-who');
  const heading = panel.appendChild(h('h2', null, say('reader_who_said_what')));
  heading.id = 'tidings-who';
  for (const said of groups.values()) {
    const first = said[0].s;
    const group = panel.appendChild(h('section', 'speaker'));
    const name = group.appendChild(h('h3', null, first.speaker));
    name.dir = 'auto';
    name.append(' ', h('span', `kind ${first.official ? 'official' : 'other'}`, kindLabel(first)));
    const list = group.appendChild(h('ul'));
    for (const { s, target } of said) {
      const li = list.appendChild(h('li'));
      li.dir = dir;
      const quote = `“${s.text.trim().replace(/^["'“”‘’«»„]+|["'“”‘’«»„]+$/g, '').trim()}”`;
      let item;
      if (target) {
        item = h('a', 'jump', quote);
        item.href = `#${target.id}`;
      } else {
        item = h('span', 'jump missing', quote);
      }
      item.title = describe(s);
      if (s.cue) item.append(' ', h('span', 'cue', s.cue));
      li.append(item);
    }
  }
  return panel;
}

function renderRelated(h, doc, related) {
  const nav = h('nav', 'related');
  nav.setAttribute('aria-labelledby', 'tidings-related');
  const heading = nav.appendChild(h('h2', null, say('reader_related')));
  heading.id = 'tidings-related';
  const list = nav.appendChild(h('ul'));
  for (const l of related) {
    if (!safeUrl(l?.href)) continue;
    list.appendChild(h('li')).append(link(h, doc, str(l.text) || l.href, l.href));
  }
  return list.children.length ? nav : null;
}

function renderRemoved(h, removed) {
  const section = h('section', 'removed');
  section.setAttribute('aria-labelledby', 'tidings-removed');
  const heading = section.appendChild(h('h2', null, say('reader_removed_heading')));
  heading.id = 'tidings-removed';
  heading.tabIndex = -1;
  section.append(h('p', 'note', say('reader_removed_note')));
  const list = section.appendChild(h('ol'));
  for (const r of removed) {
    const li = list.appendChild(h('li'));
    li.append(h('p', 'reason', str(r.reason) || say('reader_removed_no_reason')));
    const text = h('p', 'text', str(r.text));
    text.dir = 'auto';
    li.append(text);
  }
  return section;
}

/** The usable statements of an analysis. */
export const statementsOf = (a) => (Array.isArray(a.statements) ? a.statements : [])
  .filter((s) => typeof s?.text === 'string' && s.text.trim() && typeof s.speaker === 'string' && s.speaker.trim());

/** The usable removed entries (`analysis.dropped`, when the engine records them). */
export const removedOf = (a) => (Array.isArray(a.dropped) ? a.dropped : [])
  .filter((r) => r && typeof r.text === 'string' && r.text.trim());

/**
 * Builds the article in `doc`: {main, article, title, panel, removed, targets}. `main` holds the
 * article (header, body, related, removed); `panel` is the "Who said what" aside (or null).
 * `inDialog`: for the reader overlay rather than a document of its own.
 */
export function renderArticle(a, doc = document, { inDialog = false } = {}) {
  const h = makeH(doc);
  // In the reader (a modal dialog over a page with its own <main>) the article is a region;
  // in a saved file it is the page's main content.
  const main = h(inDialog ? 'div' : 'main', 'main');
  if (inDialog) {
    main.setAttribute('role', 'region');
    main.setAttribute('aria-labelledby', 'tidings-title');
  }
  const article = main.appendChild(h('article'));
  const lang = str(a.lang).trim();
  if (lang) article.lang = lang;
  const dir = a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : 'auto';
  article.dir = dir;
  const { header, title } = renderHeader(h, a, doc);
  article.append(header);
  const body = article.appendChild(h('div', 'body'));
  const blockEls = (Array.isArray(a.blocks) ? a.blocks : []).map((b) => {
    const e = renderBlock(h, doc, b);
    if (e) body.append(e);
    return e;
  });
  const statements = statementsOf(a);
  const items = statements.map((s, i) => ({ s, target: highlight(h, s, blockEls, `tidings-s${i}`) }));
  const panel = items.length ? renderPanel(h, items, dir) : null;
  const related = Array.isArray(a.related) && a.related.length ? renderRelated(h, doc, a.related) : null;
  if (related) { related.dir = dir; if (lang) related.lang = lang; main.append(related); }
  const removedList = removedOf(a);
  const removed = removedList.length ? renderRemoved(h, removedList) : null;
  if (removed) main.append(removed);
  return { main, article, title, panel, removed, targets: items.map((i) => i.target).filter(Boolean) };
}
