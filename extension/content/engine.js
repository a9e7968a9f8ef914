// Runs the wasm engine on a snapshot in the content script; when the page's CSP forbids wasm here
// (Chromium, no 'wasm-unsafe-eval'), the background runs it under the extension's own CSP.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  const api = globalThis.browser ?? globalThis.chrome;

  // The engine looked at the snapshot and said no (too large, too deep, malformed).
  class Declined extends Error {}
  T.Declined = Declined;

  let localEngine;  // Promise of the initialised glue, or of null if it cannot load here
  let localFailure = '';  // why not, told if the background fails too
  let loadMs = 0;  // how long the fetch, compile and instantiation (or failing) took

  function loadLocal() {
    localEngine ??= (async () => {
      const glue = typeof wasm_bindgen === 'function' ? wasm_bindgen : null;
      if (!glue) return null;
      const t0 = performance.now();
      try {
        // Under a page CSP without 'wasm-unsafe-eval' Chromium refuses any wasm here: an empty
        // module says so at once, before fetching and failing to compile the engine.
        new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        await glue({ module_or_path: api.runtime.getURL('engine/tidings_bg.wasm') });
        return glue;
      } catch (e) {
        // CompileError under a strict page CSP, or a failed fetch: try the background.
        localFailure = `${e?.name}: ${e?.message}`;
        return null;
      } finally {
        loadMs = performance.now() - t0;
      }
    })();
    return localEngine;
  }
  // Fetch and compile while main.js walks the page (tests/bench/ measured the wait it saves).
  loadLocal();

  // A fresh instance of the compiled engine (tools/engine-reset.mjs adds the glue's reset).
  T.resetEngine = function resetEngine(glue) {
    try {
      if (!glue.__tidings_reset?.()) localEngine = null;  // no reset: load anew next time
    } catch {
      localEngine = null;
    }
  };

  async function inBackground(snap, url, options) {
    const rt = performance.now();
    const reply = await api.runtime.sendMessage({
      type: 'tidings:analyze',
      strings: snap.strings,
      // Chromium serialises messages as JSON, so typed arrays must travel as plain arrays.
      ops: Array.from(snap.ops),
      url,
      forceCleanup: !!options.forceCleanup,
      hideRelated: !!options.hideRelated,
      statements: !!options.statements,
    });
    if (!reply) throw new Error('no reply from the background engine');
    if (!reply.ok) throw reply.declined ? new Declined(reply.error) : new Error(reply.error);
    return { analysis: reply.analysis, t: reply.t, rt: performance.now() - rt };
  }

  // `options`: the user's {forceCleanup, hideRelated}, and statements (src/lib.rs Options: the
  // reader asks for them, the page load does not). Returns {analysis,
  // engine: 'content'|'background', init (ms waited for the wasm), load (ms it took to load),
  // t (lastTimings stamps), rt?}; throws Declined or Error.
  T.analyze = async function analyze(snap, url, options = {}) {
    const init = performance.now();
    const glue = await loadLocal();
    const times = { init: performance.now() - init, load: loadMs };
    if (!glue) {
      try {
        return { ...times, ...(await inBackground(snap, url, options)), engine: 'background' };
      } catch (e) {
        if (e instanceof Declined) throw e;
        throw new Error(`${e?.message ?? e}; in the page: ${localFailure}`);
      }
    }
    let analysis;
    try {
      times.t = [performance.now()];
      analysis = glue.analyzeSnapshot(snap.strings, snap.ops, url, !!options.forceCleanup, !!options.hideRelated,
        !!options.statements);
      times.t.push(...(glue.lastTimings?.() ?? []), performance.now());
    } catch (e) {
      // A readable Error is the engine declining; a RuntimeError (trap, panic) is a bug.
      if (!(e instanceof WebAssembly.RuntimeError)) throw new Declined(e?.message ?? String(e));
      // A wasm32 panic aborts (console_error_panic_hook logged it just before): the instance is
      // in an unknown state, so the next analysis gets a fresh one. The page stays untouched.
      T.resetEngine(glue);
      throw new Error(`the engine crashed (${e.message}); it was restarted`);
    }
    return { ...times, analysis, engine: 'content' };
  };
})();
