// The content script's entry: snapshot → analyse → mark, then answer the popup, the command and
// the background. Every path is guarded: Tidings must never throw into the page or half-change it.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  if (T.started) return;  // injected twice: the first copy owns the page
  T.started = true;
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;

  let analysis = null;   // the engine's Analysis once done
  let targets = [];      // resolved hidden entries [{el, kind, reason}]
  let cleanupOn = true;  // the user's "clean up pages" setting
  let hiddenCount = 0;

  const setState = (s) => { root.dataset.tidingsState = s; };

  async function readSettings() {
    try {
      const got = await api.storage.sync.get({ cleanup: true });
      return { cleanup: got.cleanup !== false };
    } catch {
      return { cleanup: true };  // storage unavailable: use the defaults
    }
  }

  function status() {
    return {
      state: root.dataset.tidingsState || 'working',
      engine: root.dataset.tidingsEngine || null,
      hiddenCount,
      counts: T.countByKind(targets),
      readerable: !!(analysis && analysis.readerable && analysis.blocks?.length),
      readerOpen: !!T.reader?.isOpen(),
      showHidden: T.isShowingHidden(),
      cleanup: cleanupOn,
    };
  }

  function reportStatus() {
    const s = status();
    try {
      api.runtime.sendMessage({ type: 'tidings:status', hiddenCount: s.hiddenCount, readerable: s.readerable, counts: s.counts })
        ?.catch?.(() => {});  // no listener (extension reloading): the badge just stays empty
    } catch { /* context invalidated */ }
  }

  function setCleanup(on) {
    cleanupOn = on;
    T.undoCleanup();
    hiddenCount = on ? T.applyCleanup(targets) : 0;
    root.dataset.tidingsHiddenCount = String(hiddenCount);
    reportStatus();
  }

  async function run() {
    setState('working');
    const settingsPromise = readSettings();
    try {
      if (!document.body) throw new T.Declined('no document body');
      const snap = T.snapshot(document);
      const result = await T.analyze(snap, location.href);
      root.dataset.tidingsEngine = result.engine;
      analysis = result.analysis;
      targets = T.resolveHidden(analysis.hidden, snap.elements);
      cleanupOn = (await settingsPromise).cleanup;
      try {
        hiddenCount = cleanupOn ? T.applyCleanup(targets) : 0;
      } catch (e) {
        T.undoCleanup();  // half-marked is worse than untouched
        throw e;
      }
      root.dataset.tidingsHiddenCount = String(hiddenCount);
      setState('done');
    } catch (e) {
      analysis = null;
      targets = [];
      hiddenCount = 0;
      const declined = e instanceof T.Declined;
      console.warn(`Tidings ${declined ? 'declined this page' : 'failed'}: ${e?.message ?? e}`);
      setState(declined ? 'declined' : 'error');
    }
    reportStatus();
  }

  const ready = run();

  async function toggleReader() {
    await ready;
    if (T.reader.isOpen()) { T.reader.close(); return { ok: true, open: false }; }
    if (!analysis?.blocks?.length) return { ok: false, open: false, error: 'no article on this page' };
    await T.reader.open(analysis);
    return { ok: true, open: true };
  }

  async function handle(msg) {
    switch (msg?.type) {
      case 'tidings:toggle-reader': return { ...(await toggleReader()), status: status() };
      case 'tidings:set-show-hidden': await ready; T.setShowHidden(msg.on); return status();
      case 'tidings:set-cleanup': await ready; if (analysis) setCleanup(!!msg.on); return status();
      case 'tidings:get-status': return status();
      default: return undefined;
    }
  }

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (typeof msg?.type !== 'string' || !msg.type.startsWith('tidings:')) return false;
    handle(msg).then(sendResponse, (e) => {
      console.warn('Tidings:', e?.message ?? e);
      sendResponse({ ok: false, error: String(e?.message ?? e) });
    });
    return true;  // answered asynchronously
  });
})();
