// The user's settings for this page from storage.sync (notes/CONTRACTS.md, "Settings"): the
// clean-up switch (global and for this site), the clean-up kinds, and "open the reader here".
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  const api = globalThis.browser ?? globalThis.chrome;
  const key = `site:${location.hostname.toLowerCase().replace(/^www\./, '')}`;

  T.prefs = { cleanup: true, kinds: {}, openReader: false };

  // Resolves to whether to clean up this page; T.prefs holds the rest. Storage unavailable: defaults.
  T.readSettings = async () => {
    try {
      const s = await api.storage.sync.get({ cleanup: true, kinds: {}, [key]: {} });
      const site = s[key] || {};
      T.prefs = {
        cleanup: s.cleanup !== false && site.cleanup !== false,
        kinds: s.kinds && typeof s.kinds === 'object' ? s.kinds : {},
        openReader: site.reader === true,
      };
    } catch { /* the defaults */ }
    return T.prefs.cleanup;
  };

  T.kindOff = (kind) => T.prefs.kinds[kind] === false;
})();
