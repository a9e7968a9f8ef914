// Launching the two real browsers with the real extension, shared by the browser tests
// (chromium.test.mjs, firefox.test.mjs) and the benchmark (tests/bench/). No test runner here.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { EXT_DIR, readManifest, removeDir, tempDir, waitFor } from './harness.mjs';

export const CHROMIUM = process.env.TIDINGS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.TIDINGS_FIREFOX ?? '/usr/bin/firefox-esr';
export const VIEWPORT = { width: 1280, height: 900 };
/** The moz-extension:// host Firefox gives the extension (fixed, so pages there can be opened). */
export const FIREFOX_UUID = '3f6b0a52-7c1e-4d39-9a8e-5b2f1c0d7e41';
/** Test-only extension page for Firefox, where puppeteer cannot click the toolbar action. */
export const FIREFOX_HARNESS = resolve(dirname(fileURLToPath(import.meta.url)), '../firefox-harness');

/**
 * Chromium with the extension loaded unpacked from `extDir`, its service worker running and no
 * tab open. Returns {browser, extension, worker(), close()}.
 */
export async function launchChromium({ extDir = EXT_DIR, viewport = VIEWPORT, args = [] } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (./build.sh setup does as root)`);
  }
  const profile = tempDir('chromium-profile');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [extDir],
    userDataDir: profile,
    defaultViewport: viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', ...args],
  });
  const session = {
    browser,
    extension: null,
    async worker() {
      const prefix = `chrome-extension://${this.extension.id}/`;
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(prefix),
        { timeout: 15_000 },
      ).catch(() => { throw new Error('the extension\'s background service worker did not start'); });
      return target.worker();
    },
    async close() {
      await browser.close().catch(() => {});
      removeDir(profile);
    },
  };
  try {
    // The extension shows up shortly after launch.
    session.extension = await waitFor(async () => {
      const extensions = [...(await browser.extensions()).values()];
      return extensions.find((e) => resolve(e.path) === resolve(extDir)) ?? null;
    }, { timeout: 15_000, what: `Chromium to load the extension from ${extDir}` });
    await session.worker();
    // Close the start page: one tab at a time keeps tab lookups unambiguous.
    for (const p of await browser.pages()) await p.close().catch(() => {});
  } catch (e) {
    await session.close();
    throw e;
  }
  return session;
}

/**
 * Firefox ESR with a temporary copy of `extDir` installed over WebDriver BiDi. With `harness`, the
 * copy gets the test-only page (tests/browser/firefox-harness as test/) and it is opened:
 * `session.harness` is that page, exposing `window.harness`. Returns {browser, harness, close()}.
 */
export async function launchFirefox({ extDir = EXT_DIR, viewport = VIEWPORT, harness = false, prefs = {} } = {}) {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: install Debian's firefox-esr (./build.sh setup does as root)`);
  }
  const geckoId = readManifest(extDir).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const copy = tempDir('firefox-ext');
  cpSync(extDir, copy, { recursive: true });
  if (harness) {
    mkdirSync(join(copy, 'test'), { recursive: true });
    cpSync(FIREFOX_HARNESS, join(copy, 'test'), { recursive: true });
  }
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: viewport,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
        ...prefs,
      },
    });
  } catch (e) {
    removeDir(copy);
    throw e;
  }
  const session = {
    browser,
    harness: null,
    async close() {
      await browser.close().catch(() => {});
      removeDir(copy);
    },
  };
  try {
    await browser.installExtension(copy);
    if (harness) {
      session.harness = await browser.newPage();
      // goto on a moz-extension: page may never resolve; the page says when it is ready.
      await session.harness.goto(`moz-extension://${FIREFOX_UUID}/test/harness.html`, { timeout: 5_000 }).catch(() => {});
      await session.harness.waitForFunction(() => window.harnessReady === true, { timeout: 20_000 })
        .catch(() => { throw new Error('the test-only extension page did not load (is the extension installed?)'); });
      // The start tab goes: one page tab at a time keeps tab lookups unambiguous.
      for (const p of await browser.pages()) {
        if (p !== session.harness && !p.url().startsWith('moz-extension:')) await p.close().catch(() => {});
      }
    }
  } catch (e) {
    await session.close();
    throw e;
  }
  return session;
}
