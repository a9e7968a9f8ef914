// The cases every browser runs, written once. A driver (chromium.test.mjs, firefox.test.mjs)
// supplies the browser: launch/close, a fresh page, the badge text and the reader toggle.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STRICT_CSP } from '../../../tools/serve.mjs';
import {
  BODY_SENTENCE, CLEANUP_SPEC, SPEAKER, STATEMENT, TITLE,
  checkPrerequisites, cleanupProblems, fmt, inspectCleanup, inspectReader, openDemo, pageSnapshot,
  readerClosed, readerProblems, removeDir, screenshotPath, showMark, stageDemo,
  startDemoServers, waitFor, withFreshPage,
} from './harness.mjs';

const VARIANTS = [
  { key: 'plain', label: 'demo page' },
  { key: 'csp', label: `demo page under "Content-Security-Policy: ${STRICT_CSP}"` },
];

/** Where two serialisations first differ, with a little context, for a readable failure. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `at character ${i}:\n    before: …${a.slice(from, i + 120)}…\n    after:  …${b.slice(from, i + 120)}…`;
}

export function defineSuite(driver) {
  describe(`${driver.name} with the real extension`, () => {
    let demoDir;
    let servers;

    before(async () => {
      checkPrerequisites();
      demoDir = stageDemo();
      servers = await startDemoServers(demoDir);
      await driver.launch();
    }, { timeout: 180_000 });

    after(async () => {
      await driver.close().catch(() => {});
      await servers?.close();
      removeDir(demoDir);
    }, { timeout: 60_000 });

    // A fresh page per case, closed afterwards (so only one demo tab is ever open).
    const withPage = (fn) => withFreshPage(driver, fn);

    for (const variant of VARIANTS) {
      describe(variant.label, () => {
        const base = () => servers[variant.key].url;

        it('hides the ads, weather card, Top Headlines, app promo and rails; keeps the article and ALSO READ link', { timeout: 90_000 }, async (t) => {
          await withPage(async (page, consoleLines) => {
            const { response } = await openDemo(page, base(), consoleLines);
            if (variant.key === 'csp') {
              const header = response?.headers()?.['content-security-policy'];
              if (header !== undefined) assert.equal(header, STRICT_CSP, 'the page was not served with the strict CSP');
            }
            const report = await page.evaluate(inspectCleanup, CLEANUP_SPEC);
            const kinds = {};
            for (const m of report.marks) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
            t.diagnostic(`engine=${report.engine} hidden=${report.hiddenCount} (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')})`);
            if (variant.key === 'plain') {
              await page.evaluate(() => window.scrollTo(0, 0));
              await page.screenshot({ path: screenshotPath(`${driver.name}-cleaned`), fullPage: true });
            }
            const problems = cleanupProblems(report);
            const wanted = driver.expectedEngine(variant.key);
            if (wanted && report.engine !== wanted) {
              problems.push(`dataset.tidingsEngine is '${report.engine}', expected '${wanted}'`);
            } else if (!['content', 'background'].includes(report.engine)) {
              problems.push(`dataset.tidingsEngine is '${report.engine}', expected 'content' or 'background'`);
            }
            assert.deepEqual(problems, [], `clean-up is wrong:${fmt(problems)}`);
          });
        });

        it('shows the number of hidden blocks on the toolbar badge', { timeout: 60_000 }, async () => {
          await withPage(async (page, consoleLines) => {
            const { dataset } = await openDemo(page, base(), consoleLines);
            const count = dataset.tidingsHiddenCount;
            assert.ok(count !== undefined, 'dataset.tidingsHiddenCount is not set');
            let badge;
            try {
              await waitFor(async () => (badge = await driver.badgeText(page)) === count, { timeout: 5_000, what: 'the badge' });
            } catch {
              // fall through to the assertions with the last value read
            }
            assert.ok(Number(count) > 0, `dataset.tidingsHiddenCount is ${count} (badge ${JSON.stringify(badge)}): nothing was hidden`);
            assert.equal(badge, count, `badge text is ${JSON.stringify(badge)}, dataset.tidingsHiddenCount is ${count}`);
          });
        });

        it('opens the reader with the statement highlighted and its speaker, and closing restores the page', { timeout: 90_000 }, async (t) => {
          await withPage(async (page, consoleLines) => {
            await openDemo(page, base(), consoleLines);
            await page.evaluate(() => window.scrollTo(0, 600));
            await waitFor(() => page.evaluate(() => window.scrollY > 0), { what: 'the page to scroll' });
            const before = await page.evaluate(pageSnapshot);
            assert.ok(before.scrollY > 0);

            const expect = { title: TITLE, body: BODY_SENTENCE, statement: STATEMENT, speaker: SPEAKER };
            const openAndCheck = async (how, screenshot) => {
              const path = await driver.toggleReader(page, 'open', how);
              t.diagnostic(`reader opened via ${path}`);
              let report;
              try {
                await waitFor(async () => readerProblems((report = await page.evaluate(inspectReader, expect))).length === 0, {
                  timeout: 10_000, what: 'the reader',
                });
              } catch {
                // report holds the last look
              }
              // Before asserting, so that a failure leaves a picture of what was shown.
              if (screenshot) {
                await page.evaluate(showMark, STATEMENT);
                await page.screenshot({ path: screenshotPath(`${driver.name}-reader`) });
              }
              const problems = readerProblems(report);
              assert.deepEqual(problems, [], `reader view is wrong (opened via ${path}):${fmt(problems)}\n  page console:\n    ${consoleLines.join('\n    ')}`);
              t.diagnostic(`speaker shown as ${JSON.stringify([...report.speakerLabels, ...report.speakerAttrs])}`);
            };
            const checkRestored = async (how) => {
              try {
                await waitFor(() => page.evaluate(readerClosed), { timeout: 5_000, what: `the reader to close (${how})` });
              } catch (e) {
                assert.fail(`${e.message}: the reader is still shown`);
              }
              const now = await page.evaluate(pageSnapshot);
              assert.ok(now.html === before.html, `closing the reader (${how}) changed the page's DOM ${firstDifference(before.html, now.html)}`);
              if (now.rawHtml !== before.rawHtml) t.diagnostic(`after ${how}: a closed, hidden <tidings-reader> host is left in the page`);
              assert.equal(now.scrollY, before.scrollY, `closing the reader (${how}) changed the scroll position`);
            };

            await openAndCheck('first', variant.key === 'plain');
            await page.keyboard.press('Escape');
            await checkRestored('Escape');

            await openAndCheck('second', false);
            await driver.toggleReader(page, 'close');
            await checkRestored('toggle');
          });
        });
      });
    }
  });
}
