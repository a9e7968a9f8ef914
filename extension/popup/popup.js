// The toolbar popup: what Tidings hid on this tab by kind, the clean-up switch for this site,
// show-hidden, the reader button and a link to the settings. It talks to the tab's content script
// directly (tabs.sendMessage); the site switch is stored as 'site:<host>' in storage.sync.
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;
  const say = (key, subs) => api.i18n.getMessage(key, subs);
  const $ = (sel) => document.querySelector(sel);

  const STATUS_POLL_MS = 400;
  const STATUS_POLL_TRIES = 30;

  document.documentElement.lang = api.i18n.getUILanguage();
  document.documentElement.dir = say('@@bidi_dir') || 'ltr';
  document.title = say('ext_name');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = say(el.dataset.i18n);

  let tabId = null;
  let site = '';          // this tab's host, from the content script's status
  let everywhere = true;  // the global clean-up switch (options page)
  let siteForced = false; // the site's clean-up was switched on where Tidings would not act

  const siteKey = (host) => `site:${host.toLowerCase().replace(/^www\./, '')}`;

  async function readPrefs(host) {
    try {
      const key = siteKey(host);
      const s = await api.storage.sync.get({ cleanup: true, [key]: {} });
      everywhere = s.cleanup !== false;
      siteForced = (s[key] || {}).cleanup === true;
      return (s[key] || {}).cleanup !== false;
    } catch {
      return true;
    }
  }

  // on: true where Tidings acts by itself is the default (nothing stored); on a page it leaves
  // alone (not a news page) the user asks for it, which is stored as cleanup: true.
  async function saveSiteCleanup(host, on, force) {
    const key = siteKey(host);
    const next = { ...((await api.storage.sync.get({ [key]: {} }))[key] || {}) };
    if (!on) next.cleanup = false;
    else if (force) next.cleanup = true;
    else delete next.cleanup;
    if (Object.keys(next).length) await api.storage.sync.set({ [key]: next });
    else await api.storage.sync.remove(key);
  }

  async function send(msg) {
    if (tabId == null) [{ id: tabId }] = await api.tabs.query({ active: true, currentWindow: true });
    return api.tabs.sendMessage(tabId, msg);
  }

  function statusText(s) {
    switch (s.state) {
      case 'working': return say('popup_working');
      case 'declined': return say('popup_declined');
      case 'error': return say('popup_error');
      default:
        if (!s.cleanup) return say(everywhere ? 'popup_cleanup_off' : 'popup_cleanup_off_everywhere');
        if (s.acts === false) return say('popup_not_news');
        return s.hiddenCount > 0 ? say('popup_hidden_count', [String(s.hiddenCount)]) : say('popup_nothing_hidden');
    }
  }

  let siteOn = true;
  let acts = null;  // whether Tidings acts on this page by itself

  function render(s) {
    $('#status').textContent = statusText(s);
    const done = s.state === 'done';
    $('#counts').hidden = !done || !s.cleanup || s.hiddenCount === 0;
    for (const li of document.querySelectorAll('#counts li')) {
      const n = s.counts?.[li.dataset.kind] ?? 0;
      li.querySelector('b').textContent = String(n);
      li.classList.toggle('zero', n === 0);
    }
    $('#cleanup').disabled = !done || !everywhere;
    $('#cleanup').checked = (s.cleanup && s.acts !== false) || (!everywhere && siteOn);
    $('#status').title = s.actsWhy || '';
    if (s.site) $('#cleanup-label').textContent = say('popup_site_cleanup', [s.site.replace(/^www\./, '')]);
    $('#show-hidden').disabled = !done || !s.cleanup || s.hiddenCount === 0;
    $('#show-hidden').checked = s.showHidden;
    $('#reader').disabled = !s.readerable;
    $('#reader').textContent = say(s.readerOpen ? 'popup_reader_close' : 'popup_reader');
    $('#hint').textContent = done && !s.readerable ? say('popup_not_readerable') : '';
  }

  function unavailable() {
    $('#status').textContent = say('popup_unavailable');
  }

  async function refresh(tries = 0) {
    let s;
    try {
      s = await send({ type: 'tidings:get-status' });
    } catch {
      return unavailable();  // no content script here: browser pages, stores, file: URLs
    }
    if (!s) return unavailable();
    if (s.site && s.site !== site) siteOn = await readPrefs((site = s.site));
    if (s.state === 'done') acts = s.acts;
    render(s);
    if (s.state === 'working' && tries < STATUS_POLL_TRIES) setTimeout(() => refresh(tries + 1), STATUS_POLL_MS);
  }

  $('#cleanup').addEventListener('change', async (e) => {
    const on = e.target.checked;
    try {
      if (site) await saveSiteCleanup(site, on, acts === false || siteForced);
      if (on && acts === false) siteForced = true;
    } catch { /* setting not saved; this tab still follows */ }
    siteOn = on;
    render(await send({ type: 'tidings:set-cleanup', on }));
  });

  $('#show-hidden').addEventListener('change', async (e) => {
    render(await send({ type: 'tidings:set-show-hidden', on: e.target.checked }));
  });

  $('#reader').addEventListener('click', async () => {
    await send({ type: 'tidings:toggle-reader' });
    window.close();
  });

  $('#options').addEventListener('click', () => {
    api.runtime.openOptionsPage();
    window.close();
  });

  refresh();
})();
