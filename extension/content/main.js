// Entry: snapshot → analyse → mark, then answer messages. Every path is guarded: Tidings never
// throws into the page or leaves it half-changed.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});
  if (T.started) return;  // injected twice: the first copy owns the page
  T.started = true;
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;

  let analysis = null;   // the engine's Analysis once done
  let statementsFound = false;  // whether `analysis` carries the statements (the reader's part)
  let targets = [];      // resolved hidden entries [{el, kind, reason}]
  let cleanupOn = true;  // the user's "clean up pages" setting
  let hiddenCount = 0;

  const setState = (s) => { root.dataset.tidingsState = s; };

  // lap(phase) adds the ms since the last lap; lap(phase, r) also publishes the pass's times
  // and engine stamps (r from T.analyze) for the benchmark (tests/bench/).
  let passes = 0;
  const stopwatch = (ms = {}, t = performance.now(), at = t) => (k, r) => {
    ms[k] = (ms[k] || 0) - t + (t = performance.now());
    if (r) root.dataset.tidingsTimings = JSON.stringify({ ...ms, at, pass: ++passes, init: r.init, load: r.load, t: r.t, rt: r.rt });
  };

  // Whether to clean up this page (the switches, global and for this site); T.prefs holds the
  // rest: clean-up kinds, open the reader here (content/settings.js).
  const readCleanupSetting = T.readSettings;

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
      // Whether the clean-up acts on this page at all (news and article pages), and why.
      acts: analysis?.scope?.cleans ?? null,
      actsWhy: analysis?.scope?.why ?? '',
      site: location.hostname,
    };
  }

  function reportStatus() {
    const s = status();
    try {
      api.runtime.sendMessage({ type: 'tidings:status', hiddenCount: s.hiddenCount, readerable: s.readerable, counts: s.counts })
        ?.catch?.(() => {});  // no listener (extension reloading): no badge
    } catch { /* context invalidated */ }
  }

  function setHiddenCount(n) {
    hiddenCount = n;
    root.dataset.tidingsHiddenCount = String(n);
  }

  function setCleanup(on) {
    cleanupOn = on;
    T.undoCleanup();
    setHiddenCount(on ? T.applyCleanup(targets) : 0);
    reportStatus();
  }

  const engineOptions = () => ({ forceCleanup: T.prefs.forceCleanup, hideRelated: T.prefs.hideRails });
  const markedCount = () => document.querySelectorAll('[data-tidings-hidden]').length;

  // A later pass over a grown page only adds marks: nothing hidden comes back. Resolves to the
  // number of blocks it newly hid (false: skipped).
  async function grow() {
    if (T.reader.isOpen() || root.dataset.tidingsState !== 'done') return false;  // the open reader shows this analysis
    try {
      const lap = stopwatch();
      const snap = T.snapshot(document);
      lap('snapshot');
      const result = await T.analyze(snap, location.href, engineOptions()), fresh = result.analysis;
      lap('engine');
      const known = new Set(targets.map((t) => t.el));
      const added = T.resolveHidden(fresh.hidden, snap.elements).filter((t) => !known.has(t.el));
      if (fresh.blocks?.length) { analysis = fresh; statementsFound = false; }
      targets = targets.filter((t) => t.el.isConnected).concat(added);
      const before = markedCount();
      if (cleanupOn) T.applyCleanup(added);
      setHiddenCount(markedCount());
      lap('apply', result);
      reportStatus();
      return hiddenCount - before;
    } catch (e) {
      console.warn(`Tidings: a later pass failed; the first clean-up stays: ${e?.message ?? e}`);
      return 0;
    }
  }

  // A single-page app showed another article: forget the old analysis and start again.
  async function navigate() {
    if (T.reader.isOpen()) T.reader.close();
    T.undoCleanup();
    analysis = null;
    statementsFound = false;
    targets = [];
    setHiddenCount(0);
    await run({ watch: false });
  }

  // "Not clutter" on a hidden block (show-hidden mode): it shows again, here and on every page
  // of this site from now on.
  function keep(target) {
    for (const t of targets) if (t.key === target.key) T.unhide(t.el);  // the block, and its repeats
    targets = targets.filter((t) => t.key !== target.key);
    setHiddenCount(markedCount());
    reportStatus();
    T.keepBlock(target.key).catch((e) => console.warn(`Tidings: "not clutter" not saved: ${e?.message ?? e}`));
  }

  function setShowHidden(on) {
    T.setShowHidden(on, targets, keep);
  }

  async function run({ watch = true } = {}) {
    setState('working');
    const setting = readCleanupSetting();
    try {
      if (!document.body) throw new T.Declined('no document body');
      const lap = stopwatch();
      const snap = T.snapshot(document);
      lap('snapshot');
      cleanupOn = await setting;  // the user's choices go to the engine
      lap('wait');
      const result = await T.analyze(snap, location.href, engineOptions());
      lap('engine');
      root.dataset.tidingsEngine = result.engine;
      analysis = result.analysis;
      statementsFound = false;
      targets = T.resolveHidden(analysis.hidden, snap.elements);
      try {
        setHiddenCount(cleanupOn ? T.applyCleanup(targets) : 0);
      } catch (e) {
        T.undoCleanup();  // half-marked is worse than untouched
        throw e;
      }
      lap('apply', result);
      setState('done');
      if (watch) T.watchPage({ grow, navigate });
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
  // "Always open the reader on this site".
  ready.then(() => { if (T.prefs?.openReader && status().readerable) toggleReader().catch(() => {}); });

  async function toggleReader() {
    await ready;
    if (T.reader.isOpen()) { T.reader.close(); return { ok: true, open: false }; }
    if (!analysis?.blocks?.length) return { ok: false, open: false, error: 'no article on this page' };
    await T.reader.open(await withStatements());
    return { ok: true, open: true };
  }

  // Only the reader shows the statements, so the page load leaves them out and the reader's
  // first opening analyses the page once more with them (the marks on the page stay as they are).
  async function withStatements() {
    if (statementsFound) return analysis;
    try {
      const result = await T.analyze(T.snapshot(document), location.href, { ...engineOptions(), statements: true });
      if (result.analysis.blocks?.length) {
        analysis = result.analysis;
        statementsFound = true;
      }
    } catch (e) {
      console.warn(`Tidings: statements not found, the reader shows the article without them: ${e?.message ?? e}`);
    }
    return analysis;
  }

  async function handle(msg) {
    switch (msg?.type) {
      case 'tidings:toggle-reader': return { ...(await toggleReader()), status: status() };
      case 'tidings:set-show-hidden': await ready; setShowHidden(msg.on); return status();
      case 'tidings:set-cleanup':
        await ready;
        // Switched on where Tidings would not act (the popup stored it for the site): analyse anew.
        if (msg.on && analysis?.scope && !analysis.scope.cleans) await navigate();
        else if (analysis) setCleanup(!!msg.on);
        return status();
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
