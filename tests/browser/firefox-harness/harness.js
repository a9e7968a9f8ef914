// Test-only: lets the browser tests reach the extension APIs in Firefox, where puppeteer cannot
// click the toolbar action. Never packaged.
'use strict';
const api = globalThis.browser ?? globalThis.chrome;

// The id of the one tab showing `url` (or, when urls are not visible, running the content script).
async function demoTab(url) {
  const me = await api.tabs.getCurrent();
  const tabs = (await api.tabs.query({})).filter((t) => !me || t.id !== me.id);
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1) return byUrl[0].id;
  const live = [];
  for (const t of tabs) {
    try {
      if (await api.tabs.sendMessage(t.id, { type: 'tidings:get-status' })) live.push(t.id);
    } catch { /* no content script there */ }
  }
  if (live.length === 1) return live[0];
  throw new Error(`cannot tell the demo tab: ${tabs.length} other tabs, ${live.length} with the content script`);
}

window.harness = {
  async badge(url) {
    return api.action.getBadgeText({ tabId: await demoTab(url) });
  },
  async toggleReader(url) {
    return api.tabs.sendMessage(await demoTab(url), { type: 'tidings:toggle-reader' });
  },
  // Any message to the page's content script (the hostile-page tests: tidings:set-cleanup).
  async message(url, msg) {
    return api.tabs.sendMessage(await demoTab(url), msg);
  },
  async status(url) {
    return api.tabs.sendMessage(await demoTab(url), { type: 'tidings:get-status' });
  },
  // For the reader and settings tests (tests/browser/lib/reader-suite.mjs).
  async actionTitle(url) {
    return api.action.getTitle({ tabId: await demoTab(url) });
  },
  storageGet: () => api.storage.sync.get(null),
  storageSet: (items) => api.storage.sync.set(items),
  storageClear: () => api.storage.sync.clear(),
};
window.harnessReady = true;
