// Drivers for the reader, live-page and hostile-page suites: the browsers from lib/browsers.mjs
// plus what those suites need: messages to the page's content script, storage.sync, the toolbar
// title, extension pages, the reader toggle, downloads. `launch` takes {downloadDir?,
// chromiumArgs?, firefoxPrefs?}.
import assert from 'node:assert/strict';
import { FIREFOX_UUID, VIEWPORT, launchChromium, launchFirefox } from './browsers.mjs';
import { waitFor } from './harness.mjs';

export function chromiumDriver() {
  return {
    name: 'chromium',
    session: null,

    async launch({ downloadDir, chromiumArgs = [] } = {}) {
      this.session = await launchChromium({ args: chromiumArgs });
      if (!downloadDir) return;
      const cdp = await this.session.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
    },
    close() { return this.session?.close(); },

    async newPage() {
      const page = await this.session.browser.newPage();
      await page.setViewport(VIEWPORT);
      return page;
    },

    extensionUrl(path) { return `chrome-extension://${this.session.extension.id}/${path}`; },
    async openExtensionPage(page, path) { await page.goto(this.extensionUrl(path), { waitUntil: 'load' }); },

    /**
     * In the service worker, for `page`'s tab: read the 'title' or send a message (an object). Without the
     * tabs permission the worker cannot see URLs: the tab is the one running the content script,
     * or of several, the active one (the page is brought to the front first).
     */
    async tabCall(page, what) {
      await page.bringToFront();
      const worker = await this.session.worker();
      return worker.evaluate(async (what) => {
        const live = [];
        for (const t of await chrome.tabs.query({})) {
          try {
            if (await chrome.tabs.sendMessage(t.id, { type: 'tidings:get-status' })) live.push(t);
          } catch { /* no content script there */ }
        }
        const tabs = live.length > 1 ? live.filter((t) => t.active) : live;
        if (tabs.length !== 1) throw new Error(`cannot tell the page's tab: ${live.length} tabs run the content script, ${tabs.length} of them active`);
        const tabId = tabs[0].id;
        if (what === 'title') return chrome.action.getTitle({ tabId });
        return chrome.tabs.sendMessage(tabId, what);
      }, what);
    },
    /** Any message to the page's content script (tidings:get-status, tidings:set-cleanup...). */
    async message(page, msg) {
      const reply = await this.tabCall(page, msg);
      if (reply && reply.ok === false) throw new Error(`${msg.type} answered ${JSON.stringify(reply)}`);
      return reply;
    },
    toggleReader(page) { return this.message(page, { type: 'tidings:toggle-reader' }); },
    actionTitle(page) { return this.tabCall(page, 'title'); },

    async commands() { return (await this.session.worker()).evaluate(() => chrome.commands.getAll()); },
    async storageGet() { return (await this.session.worker()).evaluate(() => chrome.storage.sync.get(null)); },
    async storageSet(items) { return (await this.session.worker()).evaluate((i) => chrome.storage.sync.set(i), items); },
    async storageClear() { return (await this.session.worker()).evaluate(() => chrome.storage.sync.clear()); },

    async allowClipboard(origin) {
      await this.session.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-sanitized-write']);
      return true;
    },

    /** The real toolbar popup on `page`: counts by kind, the switch for `host`, the reader button. */
    async popupCheck(page, host, axeSource) {
      await page.bringToFront();
      await page.triggerExtensionAction(this.session.extension);
      const url = this.extensionUrl('popup/popup.html');
      const target = await this.session.browser.waitForTarget((t) => t.url().startsWith(url), { timeout: 10_000 });
      const popup = await target.asPage();
      try {
        const look = () => popup.evaluate(() => ({
          counts: Object.fromEntries([...document.querySelectorAll('#counts li')].map((li) => [li.dataset.kind, Number(li.querySelector('b').textContent)])),
          countsShown: !document.querySelector('#counts').hidden,
          site: document.querySelector('#cleanup-label').textContent,
          siteOn: document.querySelector('#cleanup').checked,
          reader: document.querySelector('#reader').disabled ? null : document.querySelector('#reader').textContent,
        }));
        const s = await waitFor(async () => { const r = await look(); return r.countsShown ? r : null; }, { timeout: 10_000, what: 'the popup counts' });
        assert.ok(s.counts.ad > 0 && s.counts.weather > 0 && s.counts.headlines > 0 && s.counts.promo > 0, `counts by kind: ${JSON.stringify(s.counts)}`);
        assert.equal(s.site, `Clean up ${host}`);
        assert.equal(s.siteOn, true);
        assert.equal(s.reader, 'Reader view');
        await popup.evaluate(axeSource);
        const axe = await popup.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
        assert.deepEqual(axe, [], 'axe-core on the popup');
        // The site switch: off here stores site:<host> and shows the page untouched.
        await (await popup.$('#cleanup')).click();
        await waitFor(async () => (await this.storageGet())[`site:${host}`]?.cleanup === false, { timeout: 5_000, what: 'the site switch in storage' });
        await waitFor(() => page.evaluate(() => document.querySelectorAll('[data-tidings-hidden]').length === 0), { timeout: 5_000, what: 'the page to show everything' });
      } finally {
        if (!popup.isClosed()) await popup.close().catch(() => {});
      }
    },
  };
}

export function firefoxDriver() {
  return {
    name: 'firefox',
    session: null,
    systemScheme: 'dark',  // see the prefs below

    async launch({ downloadDir, firefoxPrefs = {} } = {}) {
      // "Save as HTML": straight into downloadDir, no dialog.
      const downloads = downloadDir ? {
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.helperApps.neverAsk.saveToDisk': 'text/html',
      } : {};
      this.session = await launchFirefox({
        harness: true,
        prefs: {
          ...downloads,
          // A dark system for pages (WebDriver BiDi cannot emulate prefers-color-scheme): the
          // reader's "follow the system" theme must turn dark.
          'layout.css.prefers-color-scheme.content-override': 0,
          ...firefoxPrefs,
        },
      });
    },
    close() { return this.session?.close(); },

    async newPage() {
      const page = await this.session.browser.newPage();
      await page.setViewport(VIEWPORT);
      return page;
    },

    extensionUrl(path) { return `moz-extension://${FIREFOX_UUID}/${path}`; },
    async openExtensionPage(page, path) {
      // goto on a moz-extension: page may never resolve; the caller waits for the page's content.
      await page.goto(this.extensionUrl(path), { timeout: 5_000 }).catch(() => {});
    },

    async message(page, msg) {
      const reply = await this.session.harness.evaluate((url, msg) => window.harness.message(url, msg), page.url(), msg);
      if (reply && reply.ok === false) throw new Error(`${msg.type} answered ${JSON.stringify(reply)}`);
      return reply;
    },
    toggleReader(page) { return this.message(page, { type: 'tidings:toggle-reader' }); },
    actionTitle(page) { return this.session.harness.evaluate((url) => window.harness.actionTitle(url), page.url()); },
    commands() { return this.session.harness.evaluate(() => browser.commands.getAll()); },
    storageGet() { return this.session.harness.evaluate(() => window.harness.storageGet()); },
    storageSet(items) { return this.session.harness.evaluate((i) => window.harness.storageSet(i), items); },
    storageClear() { return this.session.harness.evaluate(() => window.harness.storageClear()); },

    async allowClipboard() {
      return false;  // reading the clipboard from a page asks the user in Firefox
    },
  };
}
