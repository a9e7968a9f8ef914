// T.reader for main.js. The reader's code is not injected into every page: the first time the
// reader opens, it is imported from the extension (reader/reader.mjs, web-accessible). A dynamic
// import runs in the content script's world in both browsers, page CSP or not.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  const api = globalThis.browser ?? globalThis.chrome;
  let loading = null;  // Promise of the module
  let reader = null;   // the module, once loaded

  const load = () => (loading ??= import(api.runtime.getURL('reader/reader.mjs'))
    .then((m) => (reader = m))
    .catch((e) => { loading = null; throw e; }));  // a later open tries again

  T.reader = {
    isOpen: () => !!reader?.isOpen(),
    async open(analysis) { await (await load()).open(analysis); },
    close() { reader?.close(); },
  };
})();
