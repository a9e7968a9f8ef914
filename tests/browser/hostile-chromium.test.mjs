// Hostile pages in Chromium with the real extension (tests/browser/lib/hostile-suite.mjs).
import { defineHostileSuite } from './lib/hostile-suite.mjs';
import { chromiumDriver } from './lib/reader-drivers.mjs';

defineHostileSuite({
  ...chromiumDriver(),
  consoleSeesContentScripts: true,

  // Chromium's own services (time, component and extension-store updates, accounts, autofill)
  // still call out despite --disable-background-networking: the browser's, not the extension's.
  browserOwnHost: (host) => /(^|\.)(google\.com|googleapis\.com|gstatic\.com|googleusercontent\.com|gvt1\.com)(:\d+)?$/.test(host),

  extensionPages() {
    return [this.extensionUrl('options/options.html'), this.extensionUrl('popup/popup.html')];
  },
});
