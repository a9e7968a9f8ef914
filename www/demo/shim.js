// Stands in for the extension APIs when the content scripts run as plain page scripts on the
// demo page. It does nothing when real extension APIs are present.
(() => {
  'use strict';
  const hasRealApi = [globalThis.browser, globalThis.chrome].some((a) => typeof a?.runtime?.getURL === 'function');
  if (hasRealApi) return;

  const demo = (globalThis.__tidingsDemo ??= {});
  const base = demo.extensionBase ?? new URL('extension/', document.baseURI).href;
  const messages = demo.messages ?? {};
  const listeners = new Set();

  const getURL = (path) => new URL(String(path).replace(/^\//, ''), base).href;

  // chrome.i18n semantics: named placeholders ($COUNT$) map to $1..$9, then substitutions fill in.
  function getMessage(name, subs) {
    const entry = messages[name];
    if (!entry) return '';
    const args = subs == null ? [] : [].concat(subs).map(String);
    let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, key) => {
      const ph = entry.placeholders?.[key.toLowerCase()];
      return ph ? ph.content : m;
    });
    text = text.replace(/\$(\d)/g, (m, n) => args[n - 1] ?? '');
    return text.replace(/\$\$/g, '$');
  }

  // The background's job on the demo: run the same wasm, in the page.
  async function analyze(msg) {
    try {
      await wasm_bindgen({ module_or_path: getURL('engine/tidings_bg.wasm') });
    } catch (e) {
      return { ok: false, error: `engine failed to load: ${e?.message ?? e}` };
    }
    try {
      const ops = Array.isArray(msg.ops) ? Uint32Array.from(msg.ops) : new Uint32Array(msg.ops);
      return { ok: true, analysis: wasm_bindgen.analyzeSnapshot(msg.strings, ops, msg.url, msg.forceCleanup === true, msg.hideRelated === true, msg.statements === true) };
    } catch (e) {
      return { ok: false, declined: !(e instanceof WebAssembly.RuntimeError), error: String(e?.message ?? e) };
    }
  }

  async function sendMessage(msg) {
    switch (msg?.type) {
      case 'tidings:analyze': return analyze(msg);
      case 'tidings:status': demo.onStatus?.(msg); return { ok: true };
      default: return undefined;
    }
  }

  // What the background does with tabs.sendMessage: deliver to the content script's listeners.
  demo.sendToContent = (msg) => new Promise((resolve) => {
    let pending = false;
    for (const listener of listeners) {
      const r = listener(msg, { id: 'tidings-demo' }, resolve);
      if (r === true) pending = true;
      else if (typeof r?.then === 'function') { pending = true; r.then(resolve); }
    }
    if (!pending) resolve(undefined);
  });

  // storage.sync in localStorage (in memory when the page may not use it).
  const STORAGE_KEY = 'tidings-demo-storage';
  let memory = {};
  const load = () => { try { return JSON.parse(localStorage.getItem(STORAGE_KEY)) || {}; } catch { return memory; } };
  const save = (v) => { memory = v; try { localStorage.setItem(STORAGE_KEY, JSON.stringify(v)); } catch { /* memory only */ } };

  globalThis.browser = {
    runtime: {
      id: 'tidings-demo',
      getURL,
      sendMessage,
      onMessage: {
        addListener: (f) => listeners.add(f),
        removeListener: (f) => listeners.delete(f),
        hasListener: (f) => listeners.has(f),
      },
    },
    i18n: {
      getMessage,
      getUILanguage: () => demo.locale ?? 'en',
    },
    storage: {
      sync: {
        async get(defaults) {
          const stored = load();
          if (defaults && typeof defaults === 'object' && !Array.isArray(defaults)) return { ...defaults, ...stored };
          return stored;
        },
        async set(items) { save({ ...load(), ...items }); },
      },
    },
  };
})();
