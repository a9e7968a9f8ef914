// Hostile pages in Chromium with the real extension (tests/browser/lib/hostile-suite.mjs).
import { VIEWPORT, launchChromium } from './lib/browsers.mjs';
import { defineHostileSuite } from './lib/hostile-suite.mjs';

defineHostileSuite({
  name: 'chromium',
  session: null,
  consoleSeesContentScripts: true,

  async launch({ chromiumArgs }) {
    this.session = await launchChromium({ args: chromiumArgs });
  },
  close() { return this.session?.close(); },

  async newPage() {
    const page = await this.session.browser.newPage();
    await page.setViewport(VIEWPORT);
    return page;
  },

  /** Sends `msg` from the service worker to the page's tab (the active tab running the content script). */
  async message(page, msg) {
    await page.bringToFront();
    const worker = await this.session.worker();
    const reply = await worker.evaluate(async (msg) => {
      const live = [];
      for (const t of await chrome.tabs.query({})) {
        try {
          if (await chrome.tabs.sendMessage(t.id, { type: 'tidings:get-status' })) live.push(t);
        } catch { /* no content script there */ }
      }
      const tabs = live.length > 1 ? live.filter((t) => t.active) : live;
      if (tabs.length !== 1) throw new Error(`cannot tell the page's tab: ${live.length} tabs run the content script`);
      return chrome.tabs.sendMessage(tabs[0].id, msg);
    }, msg);
    if (reply && reply.ok === false) throw new Error(`${msg.type} answered ${JSON.stringify(reply)}`);
    return reply;
  },
  toggleReader(page) { return this.message(page, { type: 'tidings:toggle-reader' }); },

  // Chromium's own services (time, component and extension-store updates, accounts, autofill)
  // still call out despite --disable-background-networking: the browser's, not the extension's.
  browserOwnHost: (host) => /(^|\.)(google\.com|googleapis\.com|gstatic\.com|googleusercontent\.com|gvt1\.com)(:\d+)?$/.test(host),

  extensionPages() {
    const id = this.session.extension.id;
    return [`chrome-extension://${id}/options/options.html`, `chrome-extension://${id}/popup/popup.html`];
  },
});
