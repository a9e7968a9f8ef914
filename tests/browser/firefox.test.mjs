// Firefox ESR (Debian's /usr/bin/firefox-esr) with the real extension installed over WebDriver
// BiDi. Firefox has no scriptable toolbar action, so a test-only extension page (added to a
// temporary copy of extension/, never to the package) reaches the extension APIs.
import { VIEWPORT, launchFirefox } from './lib/browsers.mjs';
import { defineSuite } from './lib/suite.mjs';

const driver = {
  name: 'firefox',
  session: null,
  browser: null,
  harness: null,

  async launch() {
    this.session = await launchFirefox({ harness: true });
    this.browser = this.session.browser;
    this.harness = this.session.harness;
  },

  async close() {
    await this.session?.close();
  },

  async newPage() {
    const page = await this.browser.newPage();
    await page.setViewport(VIEWPORT);
    return page;
  },

  expectedEngine() {
    return null; // Firefox may run the wasm in the content script even under a strict CSP
  },

  async badgeText(page) {
    return this.harness.evaluate((url) => window.harness.badge(url), page.url());
  },

  async toggleReader(page) {
    const reply = await this.harness.evaluate((url) => window.harness.toggleReader(url), page.url());
    if (reply && reply.ok === false) throw new Error(`tidings:toggle-reader answered ${JSON.stringify(reply)}`);
    return 'browser.tabs.sendMessage from a test-only extension page';
  },
};

defineSuite(driver);
