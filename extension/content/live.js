// Live pages: elements added after the first pass (late ads, more stories) get another pass.
// The observer callback only schedules; the pass runs later, a few times per page at most, each
// wait twice the last (2, 4, 8, 16 s): a page that never stops changing costs a few passes.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});

  const DELAY_MS = 2000;
  const MAX_PASSES = 5;

  const addsPageElements = (records) => records.some((r) =>
    Array.prototype.some.call(r.addedNodes, (n) => n.nodeType === 1 && !n.hasAttribute('data-tidings-ui')));

  // Calls `pass` (async; false = skipped, do not count it) after the page grows.
  T.watchPage = function watchPage(pass) {
    let passes = 0, timer = 0;
    const observer = new MutationObserver((records) => {
      if (!timer && addsPageElements(records)) timer = setTimeout(run, DELAY_MS * 2 ** passes);
    });
    async function run() {
      timer = 0;
      if ((await pass()) !== false && ++passes >= MAX_PASSES) observer.disconnect();
    }
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
})();
