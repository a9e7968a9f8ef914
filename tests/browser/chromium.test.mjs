// Chromium (Debian's /usr/bin/chromium) with the real extension loaded unpacked from extension/.
// Extension APIs are reached through the extension's own service worker; the reader is opened
// through the real toolbar action (and the popup's Reader button when the action has a popup).
import { readManifest, waitFor } from './lib/harness.mjs';
import { VIEWPORT, launchChromium } from './lib/browsers.mjs';
import { defineSuite } from './lib/suite.mjs';

const driver = {
  name: 'chromium',
  session: null,
  browser: null,
  extension: null,
  manifest: null,

  async launch() {
    this.manifest = readManifest();
    this.session = await launchChromium();
    this.browser = this.session.browser;
    this.extension = this.session.extension;
  },

  async close() {
    await this.session?.close();
  },

  async newPage() {
    const page = await this.browser.newPage();
    await page.setViewport(VIEWPORT);
    return page;
  },

  worker() {
    return this.session.worker();
  },

  expectedEngine(variant) {
    // Chromium refuses wasm in content scripts under a page CSP without 'wasm-unsafe-eval'.
    return variant === 'csp' ? 'background' : null;
  },

  async badgeText(page) {
    const worker = await this.worker();
    // Runs in the service worker (whose CSP forbids eval, so the lookup is written inline):
    // the one tab showing the page, or failing that the one tab running the content script.
    return worker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      let tabId = tabs.filter((t) => t.url === url).map((t) => t.id);
      if (tabId.length !== 1) {
        tabId = [];
        for (const t of tabs) {
          try {
            if (await chrome.tabs.sendMessage(t.id, { type: 'tidings:get-status' })) tabId.push(t.id);
          } catch { /* no content script in that tab */ }
        }
      }
      if (tabId.length !== 1) throw new Error(`cannot tell the demo tab among ${tabs.length} tabs`);
      return chrome.action.getBadgeText({ tabId: tabId[0] });
    }, page.url());
  },

  /** Clicks the real toolbar action; with a popup, clicks its Reader button. Returns the path. */
  async toggleReader(page) {
    await page.bringToFront();
    const popup = this.manifest.action?.default_popup;
    await page.triggerExtensionAction(this.extension);
    if (!popup) return 'toolbar action';
    const popupUrl = `chrome-extension://${this.extension.id}/${popup.replace(/^\.?\//, '')}`;
    const target = await this.browser.waitForTarget((t) => t.url().startsWith(popupUrl), { timeout: 10_000 })
      .catch(() => { throw new Error(`the toolbar action did not open its popup ${popupUrl}`); });
    const popupPage = await target.asPage();
    try {
      const button = await waitFor(async () => {
        const h = await popupPage.evaluateHandle(() => [...document.querySelectorAll('button, [role="button"], a, input[type="button"]')]
          .find((b) => /reader/i.test(`${b.textContent} ${b.getAttribute('aria-label') ?? ''} ${b.title ?? ''} ${b.value ?? ''}`) && !b.disabled) ?? null);
        return h.asElement();
      }, { timeout: 10_000, what: 'a Reader button in the popup' });
      await button.click();
      // The popup sends the toggle and then closes itself; closing it first could cut that off.
      await waitFor(() => popupPage.isClosed(), { timeout: 5_000, what: 'the popup to close' }).catch(() => {});
      return 'toolbar action → popup Reader button';
    } finally {
      if (!popupPage.isClosed()) await popupPage.close().catch(() => {});
    }
  },
};

defineSuite(driver);
