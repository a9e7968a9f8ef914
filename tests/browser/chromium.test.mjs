// Chromium (Debian's /usr/bin/chromium) with the real extension loaded unpacked from extension/.
// Extension APIs are reached through the extension's own service worker; the reader is opened
// through the real toolbar action (and the popup's Reader button when the action has a popup).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { EXT_DIR, readManifest, removeDir, tempDir, waitFor } from './lib/harness.mjs';
import { defineSuite } from './lib/suite.mjs';

const EXECUTABLE = process.env.TIDINGS_CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900 };

const driver = {
  name: 'chromium',
  browser: null,
  extension: null,
  profile: null,
  manifest: null,

  async launch() {
    if (!existsSync(EXECUTABLE)) {
      throw new Error(`${EXECUTABLE} is missing: install Debian's chromium (./build.sh setup does as root)`);
    }
    this.manifest = readManifest();
    this.profile = tempDir('chromium-profile');
    this.browser = await puppeteer.launch({
      executablePath: EXECUTABLE,
      headless: true,
      pipe: true,
      enableExtensions: [EXT_DIR],
      userDataDir: this.profile,
      defaultViewport: VIEWPORT,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage'],
    });
    // The extension shows up shortly after launch.
    this.extension = await waitFor(async () => {
      const extensions = [...(await this.browser.extensions()).values()];
      return extensions.find((e) => resolve(e.path) === EXT_DIR) ?? null;
    }, { timeout: 15_000, what: 'Chromium to load the extension from extension/' });
    await this.worker();
    // Close the start page: one demo tab at a time keeps the tab lookup unambiguous.
    for (const p of await this.browser.pages()) await p.close().catch(() => {});
  },

  async close() {
    await this.browser?.close();
    removeDir(this.profile);
  },

  async newPage() {
    const page = await this.browser.newPage();
    await page.setViewport(VIEWPORT);
    return page;
  },

  async worker() {
    const prefix = `chrome-extension://${this.extension.id}/`;
    const target = await this.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(prefix),
      { timeout: 15_000 },
    ).catch(() => { throw new Error('the extension\'s background service worker did not start'); });
    return target.worker();
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
