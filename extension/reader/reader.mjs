// The reader overlay, loaded on demand (content/reader-loader.js imports this module the first
// time the reader opens). It lives in an open shadow root on a <tidings-reader> host appended to
// <html>; it never changes the page itself, so closing leaves DOM, scroll and focus as they were.
// Built with DOM APIs only (no innerHTML). Reading settings apply at once and persist in
// storage.sync.
import { makeH, removedOf, renderArticle, say, uiLanguage } from './render.mjs';
import { FONTS, LINE_HEIGHT, READER_DEFAULTS, SIZE, THEMES, WIDTH, loadReader, normalizeReader, saveReader } from './settings.mjs';
import { fileName, toHtml, toMarkdown } from './export.mjs';

const api = globalThis.browser ?? globalThis.chrome;
const h = makeH(document);
const SAVE_DELAY_MS = 250;

let cssText = null;
let open = null;  // while shown: {host, shadow, scroller, title, settings, analysis, scrollX, scrollY, focus, ...}

async function stylesheet() {
  cssText ??= await (await fetch(api.runtime.getURL('reader/reader.css'))).text();
  return cssText;
}

// A constructed sheet: no <style> element for a page's style-src CSP to judge.
function adopt(shadow, css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
}

/** Puts reader settings on the element that carries them (the scroller, or the saved file's). */
export function applySettings(el, s) {
  el.dataset.theme = s.theme;
  el.dataset.font = s.font;
  el.style.setProperty('--size', `${s.size}px`);
  el.style.setProperty('--measure', `${s.width}em`);
  el.style.setProperty('--lh', String(s.lineHeight));
  el.classList.toggle('no-highlights', !s.highlights);
}

// ------------------------------------------------------------------------------------------------
// Toolbar and the display settings

function button(label, cls, onClick) {
  const b = h('button', cls, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function radios(name, legend, values, current, onPick) {
  const set = h('fieldset', `choices ${name}`);
  set.append(h('legend', null, legend));
  for (const v of values) {
    const label = set.appendChild(h('label', `choice ${name}-${v}`));
    const input = label.appendChild(h('input'));
    input.type = 'radio';
    input.name = `tidings-${name}`;
    input.value = v;
    input.checked = v === current;
    input.addEventListener('change', () => { if (input.checked) onPick(v); });
    label.append(h('span', null, say(`reader_${name}_${v}`)));
  }
  return set;
}

function range(key, label, { min, max, step }, value, format, onSet) {
  const id = `tidings-${key}`;
  const row = h('div', `range ${key}`);
  const l = row.appendChild(h('label', null, label));
  l.htmlFor = id;
  const input = row.appendChild(h('input'));
  Object.assign(input, { type: 'range', id, min: String(min), max: String(max), step: String(step), value: String(value) });
  const out = row.appendChild(h('output', null, format(value)));
  out.htmlFor.add(id);
  input.setAttribute('aria-valuetext', format(value));
  input.addEventListener('input', () => {
    const v = Number(input.value);
    out.textContent = format(v);
    input.setAttribute('aria-valuetext', format(v));
    onSet(v);
  });
  return row;
}

function settingsPanel(s, change) {
  const panel = h('div', 'settings');
  panel.id = 'tidings-settings';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', say('reader_settings'));
  panel.hidden = true;
  const num = (v) => v.toLocaleString(uiLanguage());
  panel.append(
    radios('theme', say('reader_theme'), THEMES, s.theme, (v) => change({ theme: v })),
    radios('font', say('reader_font'), FONTS, s.font, (v) => change({ font: v })),
    range('size', say('reader_size'), SIZE, s.size, (v) => say('reader_px', [num(v)]), (v) => change({ size: v })),
    range('width', say('reader_width'), WIDTH, s.width, (v) => say('reader_em', [num(v)]), (v) => change({ width: v })),
    range('line-height', say('reader_line_height'), LINE_HEIGHT, s.lineHeight, (v) => num(v), (v) => change({ lineHeight: v })),
    button(say('reader_defaults'), 'defaults', () => {
      const d = { ...READER_DEFAULTS, highlights: open.settings.highlights };
      change(d);
      rebuildSettings();
    }),
  );
  return panel;
}

function rebuildSettings() {
  const fresh = settingsPanel(open.settings, changeSettings);
  fresh.hidden = open.settingsEl.hidden;
  open.settingsEl.replaceWith(fresh);
  open.settingsEl = fresh;
  fresh.querySelector('input:checked')?.focus();
}

function changeSettings(patch) {
  if (!open) return;
  open.settings = normalizeReader({ ...open.settings, ...patch });
  applySettings(open.scroller, open.settings);
  clearTimeout(open.saveTimer);
  open.saveTimer = setTimeout(persist, SAVE_DELAY_MS);
}

function persist() {
  if (!open) return Promise.resolve();
  clearTimeout(open.saveTimer);
  open.saveTimer = 0;
  return saveReader(open.settings).catch((e) => console.warn('Tidings: reader settings not saved:', e?.message ?? e));
}

function toggleSettings(force) {
  const show = force ?? open.settingsEl.hidden;
  open.settingsEl.hidden = !show;
  open.settingsButton.setAttribute('aria-expanded', String(show));
  if (show) open.settingsEl.querySelector('input:checked, input')?.focus();
}

const TOAST_MS = 4000;

function toast(text) {
  const { status } = open;
  status.textContent = '';
  clearTimeout(open.toastTimer);
  // Set after a moment, so that screen readers announce a repeated message too.
  setTimeout(() => { status.textContent = text; }, 50);
  open.toastTimer = setTimeout(() => { status.textContent = ''; }, TOAST_MS);
}

async function copyMarkdown() {
  const md = toMarkdown(open.analysis, location.href);
  let ok = false;
  try {
    await navigator.clipboard.writeText(md);
    ok = true;
  } catch {
    const ta = h('textarea', 'offscreen');
    ta.value = md;
    open.shadow.append(ta);
    ta.select();
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    ta.remove();
    open.copyButton.focus();
  }
  toast(say(ok ? 'reader_copied' : 'reader_copy_failed'));
}

function saveHtml() {
  const html = toHtml(open.analysis, { css: cssText, settings: open.settings, applySettings, sourceUrl: location.href });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = h('a', 'offscreen');
  a.href = url;
  a.download = fileName(open.analysis);
  open.shadow.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  toast(say('reader_saved'));
}

function toggleHighlights() {
  changeSettings({ highlights: !open.settings.highlights });
  open.highlightButton.setAttribute('aria-pressed', String(open.settings.highlights));
}

function toggleRemoved() {
  const show = open.removed.hidden;
  open.removed.hidden = !show;
  open.removedButton.setAttribute('aria-pressed', String(show));
  if (show) reveal(open.removed.querySelector('h2'));
}

function toolbar(a, removedCount) {
  const bar = h('div', 'bar');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', say('reader_toolbar'));
  bar.append(h('span', 'brand', say('ext_name')));
  const tools = bar.appendChild(h('div', 'tools'));
  const settingsButton = button(say('reader_settings_button'), 'tool', () => toggleSettings());
  settingsButton.setAttribute('aria-expanded', 'false');
  settingsButton.setAttribute('aria-controls', 'tidings-settings');
  const highlightButton = button(say('reader_highlights'), 'tool', toggleHighlights);
  highlightButton.setAttribute('aria-pressed', String(open.settings.highlights));
  tools.append(settingsButton, highlightButton);
  let removedButton = null;
  if (removedCount) {
    removedButton = button(say('reader_removed', [String(removedCount)]), 'tool', toggleRemoved);
    removedButton.setAttribute('aria-pressed', 'false');
    removedButton.setAttribute('aria-controls', 'tidings-removed-section');
    tools.append(removedButton);
  }
  const copyButton = button(say('reader_copy_markdown'), 'tool', copyMarkdown);
  tools.append(copyButton, button(say('reader_save_html'), 'tool', saveHtml),
    button(say('reader_print'), 'tool', () => window.print()),
    button(say('reader_close'), 'close', () => close()));
  return { bar, settingsButton, highlightButton, removedButton, copyButton };
}

// ------------------------------------------------------------------------------------------------
// Moving around

// Scrolls the overlay itself (never the page) so the target sits a third down, then focuses it.
function reveal(target) {
  if (!target || !open) return;
  const { scroller } = open;
  const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += top - scroller.clientHeight / 3;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

function onPanelClick(e) {
  const link = e.target.closest?.('a.jump');
  if (!link) return;
  e.preventDefault();  // the fragment is for the saved file; here it would change the page's URL
  reveal(open.shadow.getElementById(link.hash.slice(1)));
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';

function focusables() {
  return [...open.shadow.querySelectorAll(FOCUSABLE)].filter((el) => !el.closest('[hidden]') && el.getClientRects().length);
}

// Escape closes (the settings first, when open); Tab cycles inside the reader; other keys typed
// in the reader are not the page's shortcuts.
function onKey(e) {
  if (!open) return;
  const inside = e.composedPath().includes(open.host);
  if (e.key === 'Escape') {
    e.preventDefault();
    if (!open.settingsEl.hidden && inside && open.settingsEl.contains(open.shadow.activeElement)) {
      toggleSettings(false);
      open.settingsButton.focus();
    } else {
      close();
    }
  } else if (e.key === 'Tab') {
    const list = focusables();
    if (!list.length) return;
    const active = open.shadow.activeElement;
    const at = list.indexOf(active);
    // Wrap at either end; from an element outside the tab order (the title, a highlight) the
    // browser moves on by itself, and focus that would leave returns (onFocusIn).
    if (!inside || (e.shiftKey && at === 0) || (!e.shiftKey && at === list.length - 1)) {
      e.preventDefault();
      list[e.shiftKey ? list.length - 1 : 0].focus();
    }
  } else if (!inside) {
    return;
  }
  e.stopPropagation();
}

function onFocusIn(e) {
  // Modal: focus that wanders onto the page behind returns to the reader.
  if (open && e.target !== open.host) open.title.focus({ preventScroll: true });
}

// Printing: only the reader, on paper-friendly terms (reader.css has the @media print rules for
// the shadow tree; this one, a child of our host, hides the page behind it).
const PAGE_PRINT_CSS = '@media print { html > body { display: none !important; } }';

// ------------------------------------------------------------------------------------------------

export const isOpen = () => !!open;

export async function openReader(a) {
  if (open) return;
  const [css, settings] = await Promise.all([stylesheet(), loadReader()]);
  if (open) return;
  const host = document.createElement('tidings-reader');
  host.setAttribute('data-tidings-ui', '');
  const print = document.createElement('style');
  print.textContent = PAGE_PRINT_CSS;
  host.append(print);
  const shadow = host.attachShadow({ mode: 'open' });
  adopt(shadow, css);

  const scroller = h('div', 'scroller');
  scroller.setAttribute('role', 'dialog');
  scroller.setAttribute('aria-modal', 'true');
  scroller.setAttribute('aria-labelledby', 'tidings-title');
  scroller.lang = uiLanguage();
  scroller.dir = say('@@bidi_dir') || 'ltr';
  const { main, title, panel, removed } = renderArticle(a, document, { inDialog: true });
  open = { host, shadow, scroller, title, settings, analysis: a, removed,
    scrollX: window.scrollX, scrollY: window.scrollY, focus: document.activeElement };
  applySettings(scroller, settings);
  const tb = toolbar(a, removed ? removedOf(a).length : 0);
  Object.assign(open, tb);
  open.settingsEl = settingsPanel(settings, changeSettings);
  const layout = h('div', `layout${panel ? ' with-panel' : ''}`);
  layout.append(main);
  if (panel) {
    panel.addEventListener('click', onPanelClick);
    layout.append(panel);
  }
  if (removed) {
    removed.id = 'tidings-removed-section';
    removed.hidden = true;
  }
  open.status = h('p', 'toast');
  open.status.setAttribute('role', 'status');
  const top = h('div', 'top');  // the toolbar and, when open, the display settings stay in view
  top.append(tb.bar, open.settingsEl);
  scroller.append(top, layout, open.status);
  shadow.append(scroller);

  document.documentElement.appendChild(host);
  window.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocusIn, true);
  title.focus({ preventScroll: true });
}

export function close() {
  if (!open) return;
  const o = open;
  if (o.saveTimer) persist();
  open = null;
  window.removeEventListener('keydown', onKey, true);
  document.removeEventListener('focusin', onFocusIn, true);
  o.host.remove();
  if (window.scrollX !== o.scrollX || window.scrollY !== o.scrollY) window.scrollTo(o.scrollX, o.scrollY);
  if (o.focus && o.focus !== document.body && o.focus.isConnected) o.focus.focus?.({ preventScroll: true });
}

export { openReader as open };
