// Live pages and the user's control over the clean-up, in a real browser with the real extension
// (issue 4), written once for both browsers (live-chromium.test.mjs, live-firefox.test.mjs):
// blocks inserted after load, single-page-app navigation, infinite scroll, "not clutter"
// remembered for the site, and pages that are not news (webmail, shop, document, dashboard).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { PAGES, TITLES } from '../pages/live/pages.mjs';
import { checkPrerequisites, fmt, removeDir, tempDir, waitFor, withFreshPage } from './harness.mjs';

async function startServer() {
  const server = createServer((req, res) => {
    const page = PAGES[new URL(req.url, 'http://x').pathname];
    res.writeHead(page ? 200 : 404, { 'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain', 'Cache-Control': 'no-store' });
    res.end(page ? page() : 'not found\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path) => `http://127.0.0.1:${server.address().port}${path}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** Runs in the page: which of the given elements (ids, or selectors) are hidden (marked, or
 * inside a marked block) and which show. */
function look(ids) {
  return Object.fromEntries(ids.map((id) => {
    const el = /^[.#]/.test(id) ? document.querySelector(id) : document.getElementById(id);
    return [id, el ? (el.closest('[data-tidings-hidden]') ? 'hidden' : 'shown') : 'absent'];
  }));
}

const readerTitle = () => document.querySelector('tidings-reader')?.shadowRoot?.querySelector('article h1')?.textContent ?? null;

export function defineLiveSuite(driver) {
  describe(`${driver.name}: live pages and the user's control`, () => {
    let server, downloadDir;

    before(async () => {
      checkPrerequisites();
      server = await startServer();
      downloadDir = tempDir('tidings-live-');
      await driver.launch({ downloadDir });
    }, { timeout: 180_000 });

    after(async () => {
      await driver.close().catch(() => {});
      await server?.close();
      if (downloadDir) removeDir(downloadDir);
    }, { timeout: 60_000 });

    const withPage = (fn) => withFreshPage(driver, fn);

    async function load(page, path, consoleLines) {
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 });
      await waitFor(() => page.evaluate(() => document.documentElement.dataset.tidingsState ?? null).then((s) => s === 'done' || (s && s !== 'working' ? Promise.reject(new Error(`state ${s}${fmt(consoleLines)}`)) : false)),
        { timeout: 20_000, what: `${path} analysed` });
    }

    const hiddenCount = (page) => page.evaluate(() => document.querySelectorAll('[data-tidings-hidden]').length);

    async function waitHidden(page, ids, what, timeout = 15_000) {
      const t0 = Date.now();
      await waitFor(async () => Object.values(await page.evaluate(look, ids)).every((s) => s === 'hidden'), { timeout, interval: 100, what });
      return Date.now() - t0;
    }

    it('hides ad slots and a rail inserted after load, then analyses the new article after pushState', { timeout: 90_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        await load(page, '/news/council-budget.html', consoleLines);
        // The monsoon rail has nothing to do with the council's budget.
        assert.deepEqual(await page.evaluate(look, ['div-gpt-ad-top', 'monsoon-rail', 'p1']), { 'div-gpt-ad-top': 'hidden', 'monsoon-rail': 'hidden', p1: 'shown' });
        await waitFor(() => page.evaluate(() => window.lateInserted === true), { what: 'the page to insert its late blocks' });
        const lateMs = await waitHidden(page, ['div-gpt-ad-late-in-article', 'div-gpt-ad-late-side', '#side-top .rail'], 'the late ad slots and the rail hidden');
        assert.equal((await page.evaluate(look, ['p4'])).p4, 'shown', 'the article lost a paragraph');

        // Now the article is about the monsoon: its rail is related and comes back; the rest stays hidden.
        await page.evaluate(() => window.goNext());
        const navMs = await waitHidden(page, ['div-gpt-ad-after-navigation'], 'the ad slot of the new article hidden');
        await waitFor(async () => (await page.evaluate(look, ['monsoon-rail']))['monsoon-rail'] === 'shown', { timeout: 5_000, what: 'the monsoon rail, now related, to show' });
        assert.deepEqual(await page.evaluate(look, ['div-gpt-ad-top', '#side-top .rail', 'p1', 'p2']),
          { 'div-gpt-ad-top': 'hidden', '#side-top .rail': 'hidden', p1: 'shown', p2: 'shown' });
        t.diagnostic(`late blocks hidden ${lateMs} ms after they appeared; after pushState the new article's ad went in ${navMs} ms`);

        await driver.toggleReader(page);
        await waitFor(() => page.evaluate(readerTitle), { timeout: 15_000, what: 'the reader to open' });
        assert.equal(await page.evaluate(readerTitle), TITLES.second, 'the reader shows the old article after pushState');
        await driver.toggleReader(page);
        await waitFor(async () => (await page.evaluate(readerTitle)) === null, { what: 'the reader to close' });
      });
    });

    it('"Hide all headline rails" hides the rail about the article too', { timeout: 90_000 }, async () => {
      await driver.storageClear();
      try {
        await driver.storageSet({ hideRails: true });
        await withPage(async (page, consoleLines) => {
          await load(page, '/news/council-budget.html', consoleLines);
          await page.evaluate(() => window.goNext());
          await waitHidden(page, ['div-gpt-ad-after-navigation'], 'the ad slot of the new article hidden');
          await new Promise((r) => setTimeout(r, 500));
          const rail = await page.evaluate(() => {
            const el = document.getElementById('monsoon-rail').closest('[data-tidings-hidden]');
            return el ? el.dataset.tidingsReason : null;
          });
          assert.ok(rail, 'the rail about the monsoon shows although every rail should be hidden');
          assert.match(rail, /you hide all rails/);
          assert.equal((await page.evaluate(look, ['p1'])).p1, 'shown');
        });
      } finally {
        await driver.storageClear();
      }
    });

    it('infinite scroll: each appended story has its ad slot hidden', { timeout: 90_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        await load(page, '/news/council-budget.html', consoleLines);
        await waitHidden(page, ['#side-top .rail'], 'the late rail hidden');
        const times = [];
        for (let i = 1; i <= 3; i++) {
          await page.evaluate(() => window.more());
          times.push(await waitHidden(page, [`div-gpt-ad-scroll-${i}`], `the ad slot of appended story ${i} hidden`));
          assert.equal((await page.evaluate(look, ['.next-story']))['.next-story'], 'shown', 'an appended story was hidden');
        }
        t.diagnostic(`appended stories' ad slots hidden after ${times.join(', ')} ms`);
      });
    });

    it('"Not clutter" in show-hidden mode shows the block and the site remembers it', { timeout: 90_000 }, async () => {
      await driver.storageClear();
      try {
        await withPage(async (page, consoleLines) => {
          await load(page, '/news/council-budget.html', consoleLines);
          await waitHidden(page, ['#side-top .rail'], 'the late rail hidden');
          await driver.message(page, { type: 'tidings:set-show-hidden', on: true });
          const buttons = await page.evaluate(() => [...document.querySelectorAll('tidings-keep')].map((h) => h.shadowRoot.querySelector('button').textContent));
          assert.ok(buttons.length >= 4 && buttons.every((b) => b === 'Not clutter'), `buttons: ${buttons}`);
          // The trending rail: the user wants it.
          await page.evaluate(() => document.querySelector('#side-top .rail').previousElementSibling.shadowRoot.querySelector('button').click());
          assert.equal((await page.evaluate(look, ['#side-top .rail']))['#side-top .rail'], 'shown');
          const host = '127.0.0.1';
          await waitFor(async () => (await driver.storageGet())[`site:${host}`]?.keep?.includes('headlines|section.rail'), { timeout: 5_000, what: 'the choice in storage' });
          await driver.message(page, { type: 'tidings:set-show-hidden', on: false });
          assert.equal(await page.evaluate(() => document.querySelectorAll('tidings-keep').length), 0, 'buttons left after show-hidden mode');

          await page.reload({ waitUntil: 'load' });
          await waitFor(() => page.evaluate(() => document.documentElement.dataset.tidingsState === 'done'), { timeout: 20_000, what: 'the page analysed again' });
          await waitHidden(page, ['div-gpt-ad-late-side'], 'the late ad slot hidden after the reload');
          await new Promise((r) => setTimeout(r, 500));
          assert.deepEqual(await page.evaluate(look, ['#side-top .rail', 'div-gpt-ad-top']), { '#side-top .rail': 'shown', 'div-gpt-ad-top': 'hidden' }, 'the rail the user kept was hidden again');
        });
      } finally {
        await driver.storageClear();
      }
    });

    for (const [path, kind] of [['/mail/inbox.html', 'webmail'], ['/shop/lamp.html', 'shop'], ['/docs/plan.html', 'document'], ['/ops/dashboard.html', 'dashboard']]) {
      it(`a ${kind} page is left alone (nothing hidden; the status the popup shows says why)`, { timeout: 60_000 }, async (t) => {
        await withPage(async (page, consoleLines) => {
          await load(page, path, consoleLines);
          assert.equal(await hiddenCount(page), 0, `blocks hidden on a ${kind} page`);
          assert.equal(await page.evaluate(() => document.querySelectorAll('style[data-tidings-ui]').length), 0, 'our stylesheet on a page left alone');
          const s = await driver.message(page, { type: 'tidings:get-status' });
          assert.equal(s.acts, false);
          assert.match(s.actsWhy, /not an article page/);
          t.diagnostic(s.actsWhy);
        });
      });
    }

    it('switching the clean-up on for a non-news site hides its clutter, there and after a reload', { timeout: 60_000 }, async () => {
      await driver.storageClear();
      try {
        await withPage(async (page, consoleLines) => {
          await load(page, '/mail/inbox.html', consoleLines);
          assert.equal(await hiddenCount(page), 0);
          // What the popup's site switch does: store it, then tell the page.
          await driver.storageSet({ 'site:127.0.0.1': { cleanup: true } });
          const s = await driver.message(page, { type: 'tidings:set-cleanup', on: true });
          assert.equal(s.acts, true, `status ${JSON.stringify(s)}`);
          assert.deepEqual(await page.evaluate(look, ['div-gpt-ad-mail-right']), { 'div-gpt-ad-mail-right': 'hidden' });
          await page.reload({ waitUntil: 'load' });
          await waitFor(() => page.evaluate(() => document.documentElement.dataset.tidingsState === 'done'), { timeout: 20_000, what: 'the page analysed again' });
          assert.deepEqual(await page.evaluate(look, ['div-gpt-ad-mail-right']), { 'div-gpt-ad-mail-right': 'hidden' });
        });
      } finally {
        await driver.storageClear();
      }
    });
  });
}
