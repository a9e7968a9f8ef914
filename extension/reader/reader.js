// The reader overlay in an open shadow root: the article, official statements highlighted, a
// "Who said what" panel. Built with DOM APIs only (no innerHTML). It touches nothing on the page:
// the overlay is fixed and scrolls itself, so closing leaves DOM, scroll and focus as they were.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  const api = globalThis.browser ?? globalThis.chrome;

  const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
  const IMAGE_SCHEMES = ['http:', 'https:', 'data:'];
  const WORDS_PER_MINUTE = 230;

  const say = (key, subs) => api.i18n.getMessage(key, subs) || key;

  function h(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function safeUrl(href, schemes) {
    try {
      const u = new URL(String(href), document.baseURI);
      return schemes.includes(u.protocol) ? u.href : null;
    } catch {
      return null;
    }
  }

  // A link when the address is safe, else its text: javascript: and friends never become links.
  function link(text, href) {
    const url = safeUrl(href, LINK_SCHEMES);
    if (!url) return document.createTextNode(text);
    const a = h('a', null, text);
    a.href = url;
    a.rel = 'noopener noreferrer';
    return a;
  }

  function image(src, alt, cls) {
    const img = h('img', cls);
    img.src = src;
    img.alt = alt || '';
    img.referrerPolicy = 'no-referrer';
    return img;
  }

  // blocks

  function renderInlines(parent, inlines) {
    for (const i of inlines || []) {
      const text = typeof i?.text === 'string' ? i.text : '';
      switch (i?.type) {
        case 'strong': parent.append(h('strong', null, text)); break;
        case 'emphasis': parent.append(h('em', null, text)); break;
        case 'code': parent.append(h('code', null, text)); break;
        case 'break': parent.append(h('br')); break;
        case 'link': parent.append(link(text, i.href)); break;
        default: parent.append(text);
      }
    }
    return parent;
  }

  function renderFigure(b) {
    const src = safeUrl(b.src, IMAGE_SCHEMES);
    if (!src && !b.caption) return null;
    const fig = h('figure');
    if (src) fig.append(image(src, b.alt));
    if (b.caption) fig.append(h('figcaption', null, b.caption));
    return fig;
  }

  function renderTable(b) {
    const wrap = h('div', 'table-wrap');
    const table = wrap.appendChild(h('table'));
    const body = table.appendChild(h('tbody'));
    for (const row of b.rows || []) {
      const tr = body.appendChild(h('tr'));
      for (const c of row || []) tr.append(h(c?.header ? 'th' : 'td', null, c?.text ?? ''));
    }
    return wrap;
  }

  function renderBlock(b, depth = 0) {
    switch (b?.type) {
      case 'heading': {
        // The article title is the h1; body headings keep their relative levels below it.
        const level = Math.min(6, Math.max(2, Number(b.level) || 2));
        return renderInlines(h(`h${level}`), b.inlines);
      }
      case 'paragraph': return renderInlines(h('p'), b.inlines);
      case 'list': {
        const list = h(b.ordered ? 'ol' : 'ul');
        for (const item of b.items || []) list.append(renderInlines(h('li'), item));
        return list;
      }
      case 'quote': {
        const q = h('blockquote');
        if (depth < 8) for (const inner of b.blocks || []) { const e = renderBlock(inner, depth + 1); if (e) q.append(e); }
        return q;
      }
      case 'figure': return renderFigure(b);
      case 'table': return renderTable(b);
      case 'preformatted': return h('pre', null, b.text ?? '');
      default: return null;  // a block type this version does not know
    }
  }

  // statements

  // Text is compared without whitespace or quotation marks, case-folded, with dashes unified:
  // the engine's statement text and the rendered block differ exactly in those.
  const IGNORED = /[\s"'\u2018-\u201F\u00AB\u00BB\u2039\u203A\u2032\u2033\u0060\u00B4]/;
  const DASHES = /[\u2010-\u2015\u2212]/;
  const WORD = /[\p{L}\p{M}\p{N}]/u;  // marks too: Devanagari vowel signs are part of words

  function normChar(c) {
    if (IGNORED.test(c)) return '';
    if (DASHES.test(c)) return '-';
    const lc = c.toLowerCase();
    return lc.length === 1 ? lc : c;
  }

  const normalize = (s) => Array.from(String(s), normChar).join('');

  // The block's visible text, normalised, with each character's home (node, offset).
  function indexText(blockEl) {
    const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
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
  function wrap(index, start, end) {
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

  const INLINE = new Set(['A', 'STRONG', 'EM', 'CODE', 'MARK']);

  function kindLabel(s) {
    const kind = String(s.speaker_kind || 'person');
    return say(`speaker_${kind}`) || kind;
  }

  function describe(s) {
    const parts = [`${s.speaker} (${kindLabel(s)})`];
    if (s.cue) parts.push(s.cue);
    if (s.evidence) parts.push(s.evidence);
    return parts.join(' — ');
  }

  // Highlights a statement from blockEls[s.block] on (quotes may span paragraphs). Returns the
  // element to scroll to, or null.
  function highlight(s, blockEls) {
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
      marks.push(...wrap(index, span.start, span.end));
      rest = rest.slice(span.used[1]);
      // It runs on only if it matched from its start and filled this block.
      if (span.used[0] > 0 || span.end < index.norm.length - 1) break;
    }
    const cls = `stmt ${s.official ? 'official' : 'other'}`;
    const title = describe(s);
    const label = h('span', 'who', `— ${s.speaker} · ${kindLabel(s)}`);
    label.title = title;
    if (!marks.length) {
      // The words were not found as rendered: mark the whole block instead of guessing.
      startEl.classList.add('stmt-block', s.official ? 'official' : 'other');
      startEl.tabIndex = -1;
      startEl.append(' ', label);
      return startEl;
    }
    for (const m of marks) { m.className = cls; m.title = title; }
    let after = marks[marks.length - 1];
    while (after.parentNode && INLINE.has(after.parentNode.nodeName)) after = after.parentNode;
    after.after(' ', label);
    marks[0].tabIndex = -1;
    return marks[0];
  }

  // items: [{s: statement, target: element or null}], grouped by speaker in order of appearance.
  function whoSaidWhat(items, scroller) {
    const groups = Map.groupBy(items, ({ s }) => s.speaker.trim().toLowerCase());
    const panel = h('aside', 'panel');
    panel.setAttribute('aria-labelledby', 'tidings-who');
    const heading = panel.appendChild(h('h2', null, say('reader_who_said_what')));
    heading.id = 'tidings-who';
    for (const said of groups.values()) {
      const first = said[0].s;
      const group = panel.appendChild(h('section', 'speaker'));
      const name = group.appendChild(h('h3', null, first.speaker));
      name.append(' ', h('span', `kind ${first.official ? 'official' : 'other'}`, kindLabel(first)));
      const list = group.appendChild(h('ul'));
      for (const { s, target } of said) {
        const button = h('button', 'jump', `“${s.text.trim()}”`);
        button.type = 'button';
        if (s.cue) button.append(' ', h('span', 'cue', s.cue));
        button.title = describe(s);
        if (target) button.addEventListener('click', () => reveal(target, scroller));
        else button.disabled = true;
        list.appendChild(h('li')).append(button);
      }
    }
    return panel;
  }

  // Scrolls the overlay itself (never the page) so the target sits a third down, then focuses it.
  function reveal(target, scroller) {
    const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += top - scroller.clientHeight / 3;
    target.focus({ preventScroll: true });
  }

  // header and footer

  function formatDate(iso, lang) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    // A bare date parses as UTC midnight: show it in UTC so it is not the day before.
    const opts = { dateStyle: 'long', timeZone: /T/.test(iso) ? undefined : 'UTC' };
    try { return d.toLocaleDateString(lang || undefined, opts); } catch { return d.toLocaleDateString(undefined, opts); }
  }

  function readingMinutes(text) {
    const words = String(text || '').split(/\s+/).filter(Boolean).length;
    return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  }

  function renderHeader(a) {
    const header = h('header');
    if (a.site_name) header.append(h('p', 'site', a.site_name));
    const title = header.appendChild(h('h1', null, a.title || document.title || ''));
    title.id = 'tidings-title';
    title.tabIndex = -1;
    const time = a.published && h('time', null, formatDate(a.published, a.lang));
    if (time) time.dateTime = String(a.published);
    const bits = [a.byline && h('span', 'byline', a.byline), time,
      h('span', null, say('reader_minutes', [String(readingMinutes(a.text))]))].filter(Boolean);
    header.appendChild(h('p', 'meta')).append(...bits.flatMap((b, i) => (i ? [' · ', b] : [b])));
    // No lead image when the body opens with its own picture (often the same photo).
    const lead = safeUrl(a.lead_image, IMAGE_SCHEMES);
    const opensWithFigure = (a.blocks || []).slice(0, 3).some((b) => b?.type === 'figure');
    if (lead && !opensWithFigure) header.append(image(lead, '', 'lead'));
    return { header, title };
  }

  function renderRelated(related) {
    const section = h('section', 'related');
    section.append(h('h2', null, say('reader_related')));
    const list = section.appendChild(h('ul'));
    for (const l of related) list.appendChild(h('li')).append(link(l?.text || l?.href || '', l?.href));
    return section;
  }

  // open / close

  let cssText = null;
  let open = null;  // {host, title, scrollX, scrollY, focus} while shown

  async function stylesheet() {
    cssText ??= await (await fetch(api.runtime.getURL('reader/reader.css'))).text();
    return cssText;
  }

  // A constructed sheet: no <style> element for a page's style-src CSP to judge.
  function applyStyles(shadow, css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  }

  function build(a) {
    const scroller = h('div', 'scroller');
    scroller.setAttribute('role', 'dialog');
    scroller.setAttribute('aria-modal', 'true');
    scroller.setAttribute('aria-labelledby', 'tidings-title');
    const bar = scroller.appendChild(h('div', 'bar'));
    bar.append(h('span', 'brand', say('ext_name')));
    const close = bar.appendChild(h('button', 'close', say('reader_close')));
    close.type = 'button';
    close.addEventListener('click', () => T.reader.close());

    const article = scroller.appendChild(h('article'));
    if (typeof a.lang === 'string' && a.lang) article.lang = a.lang;
    article.dir = a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : 'auto';
    const { header, title } = renderHeader(a);
    article.append(header);
    const body = h('div', 'body');
    const blockEls = (a.blocks || []).map((b) => {
      const e = renderBlock(b);
      if (e) body.append(e);
      return e;
    });
    const statements = (a.statements || []).filter((s) => typeof s?.text === 'string' && typeof s.speaker === 'string');
    if (statements.length) {
      article.append(whoSaidWhat(statements.map((s) => ({ s, target: highlight(s, blockEls) })), scroller));
    }
    article.append(body);
    if (a.related?.length) article.append(renderRelated(a.related));
    return { scroller, title };
  }

  // Escape closes; other keys typed in the reader are not the page's shortcuts.
  function onKey(e) {
    if (e.key === 'Escape') T.reader.close();
    else if (!e.composedPath().includes(open?.host)) return;
    e.stopPropagation();
  }

  function onFocusIn(e) {
    // Modal: focus that wanders onto the page behind returns to the reader.
    if (open && e.target !== open.host) open.title.focus({ preventScroll: true });
  }

  T.reader = {
    isOpen: () => !!open,

    async open(a) {
      if (open) return;
      const css = await stylesheet();
      if (open) return;
      const host = document.createElement('tidings-reader');
      host.setAttribute('data-tidings-ui', '');
      const shadow = host.attachShadow({ mode: 'open' });
      applyStyles(shadow, css);
      const { scroller, title } = build(a);
      shadow.append(scroller);
      open = {
        host, title,
        scrollX: window.scrollX, scrollY: window.scrollY,
        focus: document.activeElement,
      };
      document.documentElement.appendChild(host);
      window.addEventListener('keydown', onKey, true);
      document.addEventListener('focusin', onFocusIn, true);
      title.focus({ preventScroll: true });
    },

    close() {
      if (!open) return;
      const o = open;
      open = null;
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn, true);
      o.host.remove();
      if (window.scrollX !== o.scrollX || window.scrollY !== o.scrollY) window.scrollTo(o.scrollX, o.scrollY);
      if (o.focus && o.focus !== document.body && o.focus.isConnected) o.focus.focus?.({ preventScroll: true });
    },
  };
})();
