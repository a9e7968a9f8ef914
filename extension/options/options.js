// Options page: the clean-up switch and kinds, per-site settings, reader defaults, and a reset.
// Everything lives in storage.sync (reader/settings.mjs has the keys); every change saves at once.
import {
  FONTS, KINDS, LINE_HEIGHT, SIZE, THEMES, WIDTH, loadAll, normalizeReader, resetAll, saveReader, saveSite, siteKey,
} from '../reader/settings.mjs';

const api = globalThis.browser ?? globalThis.chrome;
const say = (key, subs) => api.i18n.getMessage(key, subs);
const $ = (sel) => document.querySelector(sel);

document.documentElement.lang = api.i18n.getUILanguage();
document.documentElement.dir = say('@@bidi_dir') || 'ltr';
document.title = say('options_title');
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = say(el.dataset.i18n);
$('#site-host').placeholder = say('options_site_placeholder');

let current = null;  // the last loaded settings
let statusTimer = 0;

function status(text) {
  $('#status').textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => { $('#status').textContent = ''; }, 4000);
}

async function saved(promise) {
  try {
    await promise;
    status(say('options_saved'));
  } catch (e) {
    status(String(e?.message ?? e));
  }
}

// Controls built once ------------------------------------------------------------------------------

for (const kind of KINDS) {
  const label = $('#kinds').appendChild(document.createElement('label'));
  label.className = 'switch';
  const box = label.appendChild(document.createElement('input'));
  box.type = 'checkbox';
  box.id = `kind-${kind}`;
  box.dataset.kind = kind;
  label.append(' ', say(`kind_${kind}`));
  box.addEventListener('change', () => {
    const kinds = Object.fromEntries([...document.querySelectorAll('[data-kind]')].map((b) => [b.dataset.kind, b.checked]));
    saved(api.storage.sync.set({ kinds }));
  });
}

function options(select, values, prefix) {
  for (const v of values) {
    const o = select.appendChild(document.createElement('option'));
    o.value = v;
    o.textContent = say(`${prefix}${v}`);
  }
}
options($('#theme'), THEMES, 'reader_theme_');
options($('#font'), FONTS, 'reader_font_');

const num = (v) => Number(v).toLocaleString(api.i18n.getUILanguage());
const RANGES = {
  size: [SIZE, (v) => say('reader_px', [num(v)])],
  width: [WIDTH, (v) => say('reader_em', [num(v)])],
  'line-height': [LINE_HEIGHT, num],
};
for (const [id, [{ min, max, step }]] of Object.entries(RANGES)) Object.assign($(`#${id}`), { min, max, step });

function readerFromForm() {
  return normalizeReader({
    theme: $('#theme').value,
    font: $('#font').value,
    size: $('#size').value,
    width: $('#width').value,
    lineHeight: $('#line-height').value,
    highlights: $('#highlights').checked,
  });
}

function showOutputs() {
  for (const [id, [, format]] of Object.entries(RANGES)) {
    const input = $(`#${id}`);
    const text = format(input.value);
    input.nextElementSibling.textContent = text;
    input.setAttribute('aria-valuetext', text);
  }
}

for (const el of document.querySelectorAll('[data-key], #highlights')) {
  el.addEventListener(el.type === 'range' ? 'input' : 'change', () => {
    showOutputs();
    saved(saveReader(readerFromForm()));
  });
}

$('#cleanup').addEventListener('change', (e) => saved(api.storage.sync.set({ cleanup: e.target.checked })));
$('#hide-rails').addEventListener('change', (e) => saved(api.storage.sync.set({ hideRails: e.target.checked })));

// Sites ------------------------------------------------------------------------------------------

/** A host from what a person types: "https://www.Example.com/a" -> "example.com". */
function parseHost(text) {
  let t = String(text || '').trim();
  if (!t) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) t = `http://${t}`;
  try {
    const host = new URL(t).hostname.toLowerCase().replace(/^www\./, '');
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') || host === 'localhost' || /^[\d.]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

function siteRow(host, s) {
  const tr = document.createElement('tr');
  tr.dataset.host = host;
  const name = tr.appendChild(document.createElement('td'));
  name.className = 'host';
  name.textContent = host;
  const cell = (checked, label, onChange) => {
    const td = tr.appendChild(document.createElement('td'));
    const box = td.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    box.checked = checked;
    box.setAttribute('aria-label', `${label}: ${host}`);
    box.addEventListener('change', onChange);
    return box;
  };
  const off = cell(!s.cleanup, say('options_site_off'), () => saved(saveSite(host, { cleanup: !off.checked, reader: reader.checked })));
  const reader = cell(s.reader, say('options_site_reader'), () => saved(saveSite(host, { cleanup: !off.checked, reader: reader.checked })));
  const td = tr.appendChild(document.createElement('td'));
  const remove = td.appendChild(document.createElement('button'));
  remove.type = 'button';
  remove.className = 'secondary';
  remove.textContent = '×';
  remove.setAttribute('aria-label', say('options_site_remove', [host]));
  remove.title = say('options_site_remove', [host]);
  remove.addEventListener('click', () => saved(api.storage.sync.remove(siteKey(host))));
  return tr;
}

$('#add-site').addEventListener('submit', async (e) => {
  e.preventDefault();
  const host = parseHost($('#site-host').value);
  if (!host) {
    $('#site-error').textContent = say('options_site_invalid');
    $('#site-host').setAttribute('aria-invalid', 'true');
    $('#site-host').focus();
    return;
  }
  $('#site-error').textContent = '';
  $('#site-host').removeAttribute('aria-invalid');
  const off = $('#site-off').checked, reader = $('#site-reader').checked;
  await saved(saveSite(host, { cleanup: !off, reader }));
  $('#site-host').value = '';
  $('#site-off').checked = false;
  $('#site-reader').checked = false;
});

// Reset ------------------------------------------------------------------------------------------

$('#reset').addEventListener('click', () => {
  $('#confirm').hidden = false;
  $('#reset').hidden = true;
  $('#reset-no').focus();
});
$('#reset-no').addEventListener('click', () => {
  $('#confirm').hidden = true;
  $('#reset').hidden = false;
  $('#reset').focus();
});
$('#reset-yes').addEventListener('click', async () => {
  await resetAll();
  $('#confirm').hidden = true;
  $('#reset').hidden = false;
  $('#reset').focus();
  await render();
  status(say('options_reset_done'));
});

// Showing what is stored -----------------------------------------------------------------------------

async function render() {
  current = await loadAll();
  $('#cleanup').checked = current.cleanup;
  $('#hide-rails').checked = current.hideRails;
  for (const box of document.querySelectorAll('[data-kind]')) box.checked = current.kinds[box.dataset.kind];
  const r = current.reader;
  $('#theme').value = r.theme;
  $('#font').value = r.font;
  $('#size').value = String(r.size);
  $('#width').value = String(r.width);
  $('#line-height').value = String(r.lineHeight);
  $('#highlights').checked = r.highlights;
  showOutputs();
  // Rows that stay are updated in place (focus stays where it is); others come and go.
  const body = $('#sites tbody');
  const hosts = Object.keys(current.sites).sort();
  const rows = new Map([...body.rows].map((tr) => [tr.dataset.host, tr]));
  body.append(...hosts.map((host) => {
    const row = rows.get(host) ?? siteRow(host, current.sites[host]);
    const [off, reader] = row.querySelectorAll('input');
    off.checked = !current.sites[host].cleanup;
    reader.checked = current.sites[host].reader;
    rows.delete(host);
    return row;
  }));
  for (const gone of rows.values()) gone.remove();
  $('#no-sites').hidden = hosts.length > 0;
  document.documentElement.dataset.ready = 'true';  // for tests
}

// Another tab (the reader, the popup) may change settings while this page is open.
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync') return;
  // While a slider is being dragged, its own saves come back here: leave the form alone.
  if (document.activeElement?.type === 'range' && Object.keys(changes).every((k) => k === 'reader')) return;
  render();
});

render();
