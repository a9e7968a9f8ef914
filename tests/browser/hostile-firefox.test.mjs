// Hostile pages in Firefox ESR with the real extension (tests/browser/lib/hostile-suite.mjs).
import { defineHostileSuite } from './lib/hostile-suite.mjs';
import { firefoxDriver } from './lib/reader-drivers.mjs';

// Firefox's own services (not the extension's), should one slip past puppeteer's prefs.
const MOZILLA = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

defineHostileSuite({
  ...firefoxDriver(),
  consoleSeesContentScripts: true,

  extensionPages() {
    return [this.extensionUrl('options/options.html'), this.extensionUrl('popup/popup.html')];
  },
  browserOwnHost: (host) => MOZILLA.test(host.replace(/:\d+$/, '')),
});
