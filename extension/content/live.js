// Live pages: elements added after the first pass (late ads, more stories, infinite scroll) get
// another pass, and a single-page app's navigation (history API) gets a fresh analysis. The
// observer callback only schedules; the pass runs later, when the browser is idle. A pass that
// finds nothing new doubles the wait before the next (2, 4, 8, 16 s) and after a few such passes
// growth is no longer followed; fruitful passes (infinite scroll) wait a little longer each time
// (2, 2.5, 3… s), up to a cap, so a page that churns without pause costs a few passes.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});

  const DELAY_MS = 2000;
  const NAVIGATION_DELAY_MS = 400;  // let the app render the new article
  const MAX_FRUITLESS = 5;
  const MAX_PASSES = 60;  // per address
  const IDLE_TIMEOUT_MS = 1000;

  const addsPageElements = (records) => records.some((r) =>
    Array.prototype.some.call(r.addedNodes, (n) => n.nodeType === 1 && !n.hasAttribute('data-tidings-ui')));

  const whenIdle = () => new Promise((resolve) =>
    (globalThis.requestIdleCallback ? requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(resolve, 0)));

  /**
   * `grow()` runs a pass over the grown page and resolves to the number of blocks it newly hid
   * (false: skipped, not counted); `navigate()` analyses the page anew after the address changed.
   */
  T.watchPage = function watchPage({ grow, navigate }) {
    let fruitless = 0, passes = 0, timer = 0, running = false, navigated = false;
    const here = () => location.href.split('#')[0];  // a new anchor is the same article
    let address = here();

    function schedule(ms) {
      if (!timer && !running) timer = setTimeout(run, ms);
    }

    function addressChanged() {
      if (here() === address) return false;
      address = here();
      navigated = true;
      fruitless = 0;
      passes = 0;
      clearTimeout(timer);
      timer = 0;
      schedule(NAVIGATION_DELAY_MS);
      return true;
    }

    async function run() {
      timer = 0;
      running = true;
      try {
        await whenIdle();
        if (navigated) {
          navigated = false;
          await navigate();
          return;
        }
        const found = await grow();
        if (found === false) return;
        passes++;
        fruitless = found > 0 ? 0 : fruitless + 1;
      } finally {
        running = false;
        if (navigated) schedule(NAVIGATION_DELAY_MS);  // the address changed during the pass
      }
    }

    const observer = new MutationObserver((records) => {
      if (addressChanged()) return;
      if (fruitless < MAX_FRUITLESS && passes < MAX_PASSES && addsPageElements(records)) {
        schedule(DELAY_MS * 2 ** fruitless * (1 + passes / 4));
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    // Back and forward in a single-page app may swap the article without adding elements first.
    addEventListener('popstate', addressChanged);
  };
})();
