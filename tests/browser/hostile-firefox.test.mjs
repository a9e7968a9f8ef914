// Hostile pages in Firefox ESR with the real extension (tests/browser/lib/hostile-suite.mjs).
import { FIREFOX_UUID, VIEWPORT, launchFirefox } from './lib/browsers.mjs';
import { defineHostileSuite } from './lib/hostile-suite.mjs';

// Firefox's own services (not the extension's), should one slip past puppeteer's prefs.
const MOZILLA = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

defineHostileSuite({
  name: 'firefox',
  session: null,
  consoleSeesContentScripts: true,

  async launch({ firefoxPrefs }) {
    this.session = await launchFirefox({ harness: true, prefs: firefoxPrefs });
  },
  close() { return this.session?.close(); },

  async newPage() {
    const page = await this.session.browser.newPage();
    await page.setViewport(VIEWPORT);
    return page;
  },

  async message(page, msg) {
    const reply = await this.session.harness.evaluate((url, msg) => window.harness.message(url, msg), page.url(), msg);
    if (reply && reply.ok === false) throw new Error(`${msg.type} answered ${JSON.stringify(reply)}`);
    return reply;
  },
  toggleReader(page) { return this.message(page, { type: 'tidings:toggle-reader' }); },

  extensionPages() {
    return [`moz-extension://${FIREFOX_UUID}/options/options.html`, `moz-extension://${FIREFOX_UUID}/popup/popup.html`];
  },
  browserOwnHost: (host) => MOZILLA.test(host.replace(/:\d+$/, '')),
});
