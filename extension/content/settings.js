// The user's settings for this page from storage.sync (notes/CONTRACTS.md, "Settings"): the
// clean-up switch (global and for this site: off, or on even where Tidings would not act), the
// clean-up kinds, "hide all rails", the blocks this site's reader said are not clutter, and
// "open the reader here".
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  const api = globalThis.browser ?? globalThis.chrome;
  const key = `site:${location.hostname.toLowerCase().replace(/^www\./, '')}`;
  // storage.sync keeps at most 8 KB per item: the oldest "not clutter" choices go first.
  const MAX_KEPT = 40;

  T.prefs = { cleanup: true, forceCleanup: false, hideRails: false, kinds: {}, keep: [], openReader: false };

  // Resolves to whether to clean up this page; T.prefs holds the rest. Storage unavailable: defaults.
  T.readSettings = async () => {
    try {
      const s = await api.storage.sync.get({ cleanup: true, hideRails: false, kinds: {}, [key]: {} });
      const site = s[key] || {};
      T.prefs = {
        cleanup: site.cleanup === true || (s.cleanup !== false && site.cleanup !== false),
        forceCleanup: site.cleanup === true,
        hideRails: s.hideRails === true,
        kinds: s.kinds && typeof s.kinds === 'object' ? s.kinds : {},
        keep: Array.isArray(site.keep) ? site.keep.filter((k) => typeof k === 'string') : [],
        openReader: site.reader === true,
      };
    } catch { /* the defaults */ }
    return T.prefs.cleanup;
  };

  T.kindOff = (kind) => T.prefs.kinds[kind] === false;
  T.isKept = (blockKey) => !!blockKey && T.prefs.keep.includes(blockKey);

  // "This is not clutter": remembered for this site (every page of it, by the block's key).
  T.keepBlock = async (blockKey) => {
    if (!blockKey || T.isKept(blockKey)) return;
    T.prefs.keep = [...T.prefs.keep, blockKey].slice(-MAX_KEPT);
    const site = (await api.storage.sync.get({ [key]: {} }))[key] || {};
    await api.storage.sync.set({ [key]: { ...site, keep: T.prefs.keep } });
  };
})();
