// Background: the wasm engine for pages whose CSP blocks wasm in the content script, the
// toolbar badge, and the toggle-reader command. No network requests of our own, no telemetry.
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;

  const BADGE_COLOR = '#5b2a86';
  // Pages with an article get a green dot on the icon and say so in the tooltip.
  const ICON = { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' };
  const READER_ICON = { 16: '/icons/icon-reader-16.png', 32: '/icons/icon-reader-32.png' };

  let engine;  // Promise of the initialised wasm glue

  function loadEngine() {
    engine ??= wasm_bindgen({ module_or_path: api.runtime.getURL('engine/tidings_bg.wasm') })
      .then(() => wasm_bindgen)
      .catch((e) => { engine = undefined; throw e; });  // allow a retry on the next request
    return engine;
  }

  // ops arrive as a plain array (Chromium JSON messaging) or an ArrayBuffer / typed array.
  function toOps(ops) {
    if (Array.isArray(ops)) return Uint32Array.from(ops);
    if (ArrayBuffer.isView(ops)) return new Uint32Array(ops.buffer, ops.byteOffset, ops.byteLength >> 2);
    return new Uint32Array(ops);
  }

  async function analyze(msg) {
    let glue;
    try {
      glue = await loadEngine();
    } catch (e) {
      return { ok: false, error: `engine failed to load: ${e?.message ?? e}` };
    }
    try {
      const t0 = performance.now();
      const analysis = glue.analyzeSnapshot(String(msg.strings ?? ''), toOps(msg.ops ?? []), String(msg.url ?? ''),
        msg.forceCleanup === true, msg.hideRelated === true, msg.statements === true);
      // performance.now() stamps for the content script's timings (tests/bench/)
      return { ok: true, analysis, t: [t0, ...(glue.lastTimings?.() ?? []), performance.now()] };
    } catch (e) {
      // A readable Error is the engine declining the snapshot; a RuntimeError is a crash (a
      // wasm32 panic aborts; console_error_panic_hook logged it): every tab shares this
      // instance, so the next request gets a fresh one.
      const declined = !(e instanceof WebAssembly.RuntimeError);
      if (!declined) {
        try {
          if (!glue.__tidings_reset?.()) engine = undefined;
        } catch {
          engine = undefined;
        }
      }
      return { ok: false, declined, error: String(e?.message ?? e) };
    }
  }

  async function setBadge(tabId, count) {
    if (tabId == null) return;
    const text = count > 0 ? String(Math.min(count, 999)) : '';
    try {
      await api.action.setBadgeText({ tabId, text });
      await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      await api.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    } catch { /* the tab closed meanwhile */ }
  }

  async function setReaderable(tabId, readerable) {
    if (tabId == null) return;
    try {
      await api.action.setIcon({ tabId, path: readerable ? READER_ICON : ICON });
      await api.action.setTitle({ tabId, title: api.i18n.getMessage(readerable ? 'action_title_readerable' : 'action_title') });
    } catch { /* the tab closed meanwhile */ }
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    switch (msg?.type) {
      case 'tidings:analyze':
        analyze(msg).then(sendResponse);
        return true;
      case 'tidings:status':
        setBadge(sender.tab?.id, Number(msg.hiddenCount) || 0);
        setReaderable(sender.tab?.id, msg.readerable === true);
        sendResponse({ ok: true });
        return false;
      default:
        return false;
    }
  });

  // Tab-specific badges reset on navigation in both browsers, so a new page starts clean.

  api.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-reader') return;
    try {
      const target = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id != null) await api.tabs.sendMessage(target.id, { type: 'tidings:toggle-reader' });
    } catch { /* no content script in this tab (browser pages, the store) */ }
  });
})();
