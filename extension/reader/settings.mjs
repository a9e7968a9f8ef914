// Settings kept in storage.sync (notes/CONTRACTS.md, "Settings"). Shared by the reader and the
// options page; the content scripts read the same keys without this module.
//   cleanup: bool                     clean up pages at all
//   kinds: {ad, weather, headlines, promo: bool}   clean-up categories
//   reader: {theme, font, size, width, lineHeight, highlights}   reader defaults
//   'site:<host>': {cleanup?: false, reader?: true}                per-site settings

const api = globalThis.browser ?? globalThis.chrome;

export const THEMES = ['system', 'light', 'sepia', 'dark'];
export const FONTS = ['serif', 'sans', 'dyslexic'];
export const KINDS = ['ad', 'weather', 'headlines', 'promo'];
export const SIZE = { min: 14, max: 28, step: 1 };          // px
export const WIDTH = { min: 28, max: 56, step: 2 };         // em of the article column
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1 };
export const SITE_PREFIX = 'site:';

export const READER_DEFAULTS = Object.freeze({
  theme: 'system', font: 'serif', size: 18, width: 40, lineHeight: 1.6, highlights: true,
});

const clamp = (v, { min, max, step }, fallback) => {
  const n = Number(v);
  if (!Number.isFinite(n)) return fallback;
  const stepped = Math.round((Math.min(max, Math.max(min, n)) - min) / step) * step + min;
  return Math.round(stepped * 100) / 100;
};

/** Any stored value (or none) to valid reader settings. */
export function normalizeReader(r) {
  const v = r && typeof r === 'object' ? r : {};
  return {
    theme: THEMES.includes(v.theme) ? v.theme : READER_DEFAULTS.theme,
    font: FONTS.includes(v.font) ? v.font : READER_DEFAULTS.font,
    size: clamp(v.size, SIZE, READER_DEFAULTS.size),
    width: clamp(v.width, WIDTH, READER_DEFAULTS.width),
    lineHeight: clamp(v.lineHeight, LINE_HEIGHT, READER_DEFAULTS.lineHeight),
    highlights: v.highlights !== false,
  };
}

export function normalizeKinds(k) {
  const v = k && typeof k === 'object' ? k : {};
  return Object.fromEntries(KINDS.map((kind) => [kind, v[kind] !== false]));
}

/** A host as settings key it: lower case, without a leading "www.". */
export function siteKey(host) {
  const h = String(host || '').trim().toLowerCase().replace(/^www\./, '');
  return h ? SITE_PREFIX + h : null;
}

export async function loadReader() {
  try {
    return normalizeReader((await api.storage.sync.get({ reader: null })).reader);
  } catch {
    return { ...READER_DEFAULTS };
  }
}

export async function saveReader(r) {
  await api.storage.sync.set({ reader: normalizeReader(r) });
}

/** Everything, normalised: {cleanup, kinds, reader, sites: {host: {cleanup, reader}}}. */
export async function loadAll() {
  const all = (await api.storage.sync.get(null)) || {};
  const sites = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SITE_PREFIX) || !value || typeof value !== 'object') continue;
    sites[key.slice(SITE_PREFIX.length)] = { cleanup: value.cleanup !== false, reader: value.reader === true };
  }
  return { cleanup: all.cleanup !== false, hideRails: all.hideRails === true, kinds: normalizeKinds(all.kinds), reader: normalizeReader(all.reader), sites };
}

/**
 * Stores a site's settings (only what differs from the defaults; the site stays listed). What
 * the popup and the page stored for it stays: clean-up switched on where Tidings would not act
 * (cleanup: true) and the blocks said to be not clutter (keep).
 */
export async function saveSite(host, { cleanup = true, reader = false } = {}) {
  const key = siteKey(host);
  if (!key) return;
  const { keep, cleanup: was } = (await api.storage.sync.get({ [key]: {} }))[key] || {};
  await api.storage.sync.set({ [key]: {
    ...(cleanup ? (was === true ? { cleanup: true } : {}) : { cleanup: false }),
    ...(reader ? { reader: true } : {}),
    ...(Array.isArray(keep) && keep.length ? { keep } : {}),
  } });
}

export async function resetAll() {
  await api.storage.sync.clear();
}
