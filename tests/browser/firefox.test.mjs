// Firefox ESR (Debian's /usr/bin/firefox-esr) with the real extension installed over WebDriver
// BiDi. Firefox has no scriptable toolbar action, so a test-only extension page (added to a
// temporary copy of extension/, never to the package) reaches the extension APIs.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { EXT_DIR, readManifest, removeDir, tempDir } from './lib/harness.mjs';
import { defineSuite } from './lib/suite.mjs';

const EXECUTABLE = process.env.TIDINGS_FIREFOX ?? '/usr/bin/firefox-esr';
const VIEWPORT = { width: 1280, height: 900 };
const UUID = '3f6b0a52-7c1e-4d39-9a8e-5b2f1c0d7e41';
const HARNESS_SRC = join(dirname(fileURLToPath(import.meta.url)), 'firefox-harness');

const driver = {
  name: 'firefox',
  browser: null,
  extDir: null,
  harness: null,

  async launch() {
    if (!existsSync(EXECUTABLE)) {
      throw new Error(`${EXECUTABLE} is missing: install Debian's firefox-esr (./build.sh setup does as root)`);
    }
    const geckoId = readManifest().browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new Error('extension/manifest.json has no browser_specific_settings.gecko.id');
    this.extDir = tempDir('firefox-ext');
    cpSync(EXT_DIR, this.extDir, { recursive: true });
    mkdirSync(join(this.extDir, 'test'), { recursive: true });
    cpSync(HARNESS_SRC, join(this.extDir, 'test'), { recursive: true });

    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLE,
      headless: true,
      defaultViewport: VIEWPORT,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      },
    });
    await this.browser.installExtension(this.extDir);

    this.harness = await this.browser.newPage();
    // goto on a moz-extension: page may never resolve; the page says when it is ready.
    await this.harness.goto(`moz-extension://${UUID}/test/harness.html`, { timeout: 5_000 }).catch(() => {});
    await this.harness.waitForFunction(() => window.harnessReady === true, { timeout: 20_000 })
      .catch(() => { throw new Error('the test-only extension page did not load (is the extension installed?)'); });
    for (const p of await this.browser.pages()) {
      if (p !== this.harness && !p.url().startsWith('moz-extension:')) await p.close().catch(() => {});
    }
  },

  async close() {
    await this.browser?.close();
    removeDir(this.extDir);
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
