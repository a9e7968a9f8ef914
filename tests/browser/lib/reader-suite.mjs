// The reader view and settings, in every browser (reader-chromium.test.mjs,
// reader-firefox.test.mjs): reading settings and their persistence, themes (screenshots),
// axe-core, the statements panel, keyboard and focus, Save as HTML, Copy as Markdown, print, every
// block type and removed content (a fixture analysis), a right-to-left corpus page, the options
// page with per-site settings, and the toolbar title.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import {
  BODY_SENTENCE, ROOT, STATEMENT, TITLE, checkPrerequisites, fmt, openDemo, pageSnapshot, readManifest, readerClosed,
  removeDir, screenshotPath, stageDemo, startDemoServers, tempDir, waitFor, withFreshPage,
} from './harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGES = resolve(HERE, '../pages');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const READABILITY = resolve(ROOT, '../shared/corpus/readability/pages');
const THEMES = { light: 'rgb(251, 250, 247)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(22, 23, 27)' };

// ------------------------------------------------------------------------------------------------
// In-page helpers (serialised into the page: self-contained).

/** Runs in the page: a summary of the open reader's state. */
function readerState() {
  const host = document.querySelector('tidings-reader');
  const root = host?.shadowRoot;
  if (!root) return null;
  const scroller = root.querySelector('.scroller');
  const article = root.querySelector('article');
  const cs = getComputedStyle(scroller);
  const as = getComputedStyle(article);
  const active = root.activeElement;
  return {
    theme: scroller.dataset.theme,
    font: scroller.dataset.font,
    background: cs.backgroundColor,
    color: cs.color,
    fontFamily: as.fontFamily,
    fontSize: parseFloat(as.fontSize),
    lineHeight: parseFloat(as.lineHeight) / parseFloat(as.fontSize),
    measure: parseFloat(getComputedStyle(root.querySelector('.main')).maxWidth) / parseFloat(as.fontSize),
    highlights: !scroller.classList.contains('no-highlights'),
    focusInside: document.activeElement === host,
    active: active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${active.className ? `.${String(active.className).replace(/ /g, '.')}` : ''}` : null,
    activeText: active?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 120) ?? null,
  };
}

/** Runs in the page: the reader element found by selector (and optional text), for a real click. */
function inReader(selector, text) {
  const root = document.querySelector('tidings-reader')?.shadowRoot;
  const all = [...(root?.querySelectorAll(selector) ?? [])];
  return (text ? all.find((el) => el.textContent.replace(/\s+/g, ' ').includes(text)) : all[0]) ?? null;
}

async function click(page, selector, text) {
  const handle = (await page.evaluateHandle(inReader, selector, text)).asElement();
  assert.ok(handle, `no ${selector}${text ? ` with "${text}"` : ''} in the reader`);
  await handle.click();
  return handle;
}

async function focusIn(page, selector) {
  const handle = (await page.evaluateHandle(inReader, selector)).asElement();
  assert.ok(handle, `no ${selector} in the reader`);
  await handle.focus();
}

async function openReader(driver, page) {
  await driver.toggleReader(page);
  await waitFor(() => page.evaluate(() => !!document.querySelector('tidings-reader')?.shadowRoot?.querySelector('article h1')),
    { timeout: 10_000, what: 'the reader to open' });
}

async function showSettings(page) {
  const open = await page.evaluate(() => document.querySelector('tidings-reader').shadowRoot.querySelector('.settings')?.hidden === false);
  if (!open) await click(page, 'button[aria-controls="tidings-settings"]');
}

/** Runs axe-core over the reader's shadow tree; returns the serious and critical violations. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('tidings-reader'), { resultTypes: ['violations'] });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`),
      })),
    };
  });
  return {
    passes: result.passes,
    serious: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    minor: result.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical'),
  };
}

const describeViolations = (list) => list.map((v) => `${v.impact} ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);

/** The pages in the readability corpus whose expected metadata says dir=rtl (sorted by name). */
function rtlCorpusPages() {
  if (!existsSync(READABILITY)) return [];
  const pages = [];
  for (const name of readdirSync(READABILITY).sort()) {
    const meta = join(READABILITY, name, 'expected-metadata.json');
    if (!existsSync(meta) || !existsSync(join(READABILITY, name, 'source.html.gz'))) continue;
    try {
      if (JSON.parse(readFileSync(meta, 'utf8')).dir === 'rtl') pages.push({ name, dir: join(READABILITY, name) });
    } catch { /* unreadable: skip */ }
  }
  return pages;
}

// ------------------------------------------------------------------------------------------------

export function defineReaderSuite(driver) {
  describe(`${driver.name}: reader view and settings`, () => {
    let demoDir, servers, downloadDir;
    const rtlPages = rtlCorpusPages();

    before(async () => {
      checkPrerequisites();
      demoDir = stageDemo();
      cpSync(PAGES, join(demoDir, 'fixture'), { recursive: true });
      for (const rtl of rtlPages) {
        mkdirSync(join(demoDir, 'rtl', rtl.name), { recursive: true });
        writeFileSync(join(demoDir, 'rtl', rtl.name, 'index.html'), gunzipSync(readFileSync(join(rtl.dir, 'source.html.gz'))));
      }
      servers = await startDemoServers(demoDir);
      downloadDir = tempDir('downloads');
      await driver.launch({ downloadDir });
    }, { timeout: 180_000 });

    after(async () => {
      await driver.close()?.catch?.(() => {});
      await servers?.close();
      removeDir(demoDir);
      removeDir(downloadDir);
    });

    // A fresh page per case and fresh settings; the page is closed afterwards.
    async function withPage(fn) {
      await driver.storageClear();
      return withFreshPage(driver, fn);
    }

    it('loads the reader on demand under the strict page CSP; the toolbar says the page is readerable', { timeout: 60_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.csp.url, consoleLines);
        assert.equal(await page.evaluate(() => document.querySelector('tidings-reader')), null, 'a reader host exists before the reader opened');
        const title = await waitFor(async () => {
          const t = await driver.actionTitle(page);
          return /reader view available/i.test(t) ? t : null;
        }, { timeout: 5_000, what: 'the toolbar title to say "reader view available"' });
        assert.match(title, /Alt\+Shift\+R/);
        // The keyboard shortcut. Synthetic key presses do not reach browser commands: the binding
        // is checked as the browser registered it; the command sends the toggle message used here.
        assert.equal(readManifest().commands?.['toggle-reader']?.suggested_key?.default, 'Alt+Shift+R');
        const command = (await driver.commands()).find((c) => c.name === 'toggle-reader');
        assert.ok(command, 'the browser has no toggle-reader command');
        if (command.shortcut === '' && driver.name === 'chromium') {
          // Headless Chromium registers the command but leaves an extension loaded from the
          // command line without its suggested key.
          t.diagnostic('chromium registered toggle-reader without assigning its suggested key');
        } else {
          assert.equal(command.shortcut, 'Alt+Shift+R', `the browser registered ${JSON.stringify(command)}`);
        }
        await openReader(driver, page);
        const s = await page.evaluate(readerState);
        assert.ok(s.focusInside && s.active?.startsWith('h1'), `focus did not move to the reader's title (active: ${s.active})`);
      });
    });

    it('applies display settings at once and keeps them across a reload (storage.sync)', { timeout: 90_000 }, async () => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await openReader(driver, page);
        const before = await page.evaluate(readerState);
        assert.equal(before.theme, 'system');
        assert.equal(before.font, 'serif');
        await showSettings(page);
        await click(page, 'label.theme-sepia');
        await click(page, 'label.font-dyslexic');
        const easy = await page.evaluate(() => {
          const article = document.querySelector('tidings-reader').shadowRoot.querySelector('article');
          return { family: getComputedStyle(article).fontFamily, spacing: parseFloat(getComputedStyle(article).letterSpacing) };
        });
        assert.match(easy.family, /OpenDyslexic.*Atkinson Hyperlegible.*Verdana/, 'the easy-to-read font stack');
        assert.ok(easy.spacing > 0, `the easy-to-read font has no extra letter spacing (${easy.spacing})`);
        await click(page, 'label.font-sans');
        // Sliders by keyboard, as a person would: size 18 -> 20, width 40 -> 36, line height 1.6 -> 1.8.
        await focusIn(page, 'input#tidings-size');
        for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
        await focusIn(page, 'input#tidings-width');
        for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
        await focusIn(page, 'input#tidings-line-height');
        for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
        const now = await page.evaluate(readerState);
        const problems = [];
        if (now.background !== THEMES.sepia) problems.push(`background ${now.background}, expected sepia ${THEMES.sepia}`);
        if (!/system-ui|sans/i.test(now.fontFamily) || /Charter/.test(now.fontFamily)) problems.push(`font-family ${now.fontFamily}`);
        if (Math.abs(now.fontSize - 20) > 0.5) problems.push(`font size ${now.fontSize}px, expected 20px`);
        if (Math.abs(now.measure - 36) > 0.5) problems.push(`column ${now.measure}em, expected 36em`);
        if (Math.abs(now.lineHeight - 1.8) > 0.05) problems.push(`line height ${now.lineHeight}, expected 1.8`);
        assert.deepEqual(problems, [], `settings did not apply at once:${fmt(problems)}`);

        const stored = await waitFor(async () => {
          const r = (await driver.storageGet()).reader;
          return r?.theme === 'sepia' && r.font === 'sans' && r.size === 20 && r.width === 36 && r.lineHeight === 1.8 ? r : null;
        }, { timeout: 5_000, what: 'storage.sync to hold the reader settings' });
        assert.ok(stored);

        await page.reload({ waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.dataset.tidingsState === 'done', { timeout: 20_000 });
        await openReader(driver, page);
        const again = await page.evaluate(readerState);
        assert.deepEqual(
          { theme: again.theme, font: again.font, background: again.background, size: Math.round(again.fontSize), measure: Math.round(again.measure), lh: Math.round(again.lineHeight * 10) / 10 },
          { theme: 'sepia', font: 'sans', background: THEMES.sepia, size: 20, measure: 36, lh: 1.8 },
          'the settings did not come back after a reload');
      });
    });

    it('renders the light, sepia and dark themes (screenshots), and follows the system', { timeout: 90_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await openReader(driver, page);
        await showSettings(page);
        for (const [theme, background] of Object.entries(THEMES)) {
          await click(page, `label.theme-${theme}`);
          const s = await page.evaluate(readerState);
          assert.equal(s.theme, theme);
          assert.equal(s.background, background, `${theme}: background ${s.background}`);
          // The settings closed for the picture: the article's header and the panel.
          await click(page, 'button[aria-controls="tidings-settings"]');
          await page.evaluate(() => document.querySelector('tidings-reader').shadowRoot.activeElement?.blur());
          await page.screenshot({ path: screenshotPath(`reader-${theme}-${driver.name}`) });
          await showSettings(page);
        }
        await click(page, 'label.theme-system');
        try {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        } catch (e) {
          const scheme = driver.systemScheme ?? 'light';
          t.diagnostic(`prefers-color-scheme emulation not available here (${e.message.split('\n')[0]}); the system is ${scheme} (browser prefs)`);
          const s = await page.evaluate(readerState);
          assert.equal(s.background, THEMES[scheme], `"follow the system" with a ${scheme} system`);
          return;
        }
        assert.equal((await page.evaluate(readerState)).background, THEMES.dark, 'system theme with a dark system');
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        assert.equal((await page.evaluate(readerState)).background, THEMES.light, 'system theme with a light system');
      });
    });

    it('axe-core finds no serious or critical violations in the reader, in every theme', { timeout: 120_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await openReader(driver, page);
        await showSettings(page);
        const failures = [];
        for (const theme of Object.keys(THEMES)) {
          await click(page, `label.theme-${theme}`);
          const r = await axeViolations(page);
          t.diagnostic(`${theme}: ${r.passes} rules pass; minor/moderate: ${r.minor.map((v) => `${v.id} (${v.impact})`).join(', ') || 'none'}`);
          assert.ok(r.passes > 10, `axe-core checked only ${r.passes} rules: did it see the shadow tree?`);
          failures.push(...describeViolations(r.serious).map((v) => `${theme}: ${v}`));
        }
        assert.deepEqual(failures, [], `axe-core violations:${fmt(failures)}`);
      });
    });

    it('the statements panel jumps to its highlight and focuses it; highlights can be turned off', { timeout: 60_000 }, async () => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await openReader(driver, page);
        await click(page, '.panel a.jump', STATEMENT.slice(0, 30));
        const s = await waitFor(async () => {
          const st = await page.evaluate(readerState);
          return st.active?.startsWith('mark') && st.activeText.includes(STATEMENT.slice(0, 30)) ? st : null;
        }, { timeout: 5_000, what: 'the highlight to take focus' }).catch(async () => page.evaluate(readerState));
        assert.ok(s.active?.startsWith('mark'), `focus is on ${s.active} ("${s.activeText}"), not the highlight`);
        // (The reader scrolls smoothly unless the person prefers reduced motion.)
        await waitFor(() => page.evaluate(() => {
          const root = document.querySelector('tidings-reader').shadowRoot;
          const r = root.activeElement.getBoundingClientRect();
          const bar = root.querySelector('.bar').getBoundingClientRect();
          return r.top >= bar.bottom && r.bottom <= window.innerHeight;
        }), { timeout: 5_000, what: 'the highlight to be scrolled into view' });
        assert.equal(await page.evaluate(() => location.hash), '', 'the panel link changed the page URL');
        await page.screenshot({ path: screenshotPath(`reader-panel-${driver.name}`) });

        await click(page, '.bar button', 'Highlights');
        const off = await page.evaluate(() => {
          const root = document.querySelector('tidings-reader').shadowRoot;
          const mark = root.querySelector('mark.official');
          return { pressed: root.querySelector('.bar button[aria-pressed]').getAttribute('aria-pressed'), bg: getComputedStyle(mark).backgroundColor, labels: [...root.querySelectorAll('.who')].filter((w) => w.getClientRects().length).length };
        });
        assert.deepEqual(off, { pressed: 'false', bg: 'rgba(0, 0, 0, 0)', labels: 0 }, 'highlights did not turn off');
        await waitFor(async () => (await driver.storageGet()).reader?.highlights === false, { timeout: 5_000, what: 'highlights: false in storage' });
      });
    });

    it('moves focus into the reader, keeps Tab inside, and Escape restores the page, its scroll and focus', { timeout: 60_000 }, async () => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await page.evaluate(() => {
          const link = [...document.querySelectorAll('a[href]')].find((a) => a.textContent.includes('Twitter Acts On 500'));
          link.focus({ preventScroll: true });
          window.scrollTo(0, 700);
        });
        const before = await page.evaluate(pageSnapshot);
        const focusedBefore = await page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 40));
        await openReader(driver, page);
        assert.ok((await page.evaluate(readerState)).active?.startsWith('h1'), 'focus did not move to the title');
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.querySelector('tidings-reader').shadowRoot.activeElement;
          const cs = getComputedStyle(el);
          return { what: el?.tagName, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
        });
        assert.ok(ring.style === 'solid' && ring.width >= 2, `no visible focus ring on ${ring.what}: ${JSON.stringify(ring)}`);
        for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
        assert.ok((await page.evaluate(readerState)).focusInside, 'Tab left the reader');
        for (let i = 0; i < 5; i++) await page.keyboard.down('Shift'), await page.keyboard.press('Tab'), await page.keyboard.up('Shift');
        assert.ok((await page.evaluate(readerState)).focusInside, 'Shift+Tab left the reader');
        await page.keyboard.press('Escape');
        await waitFor(() => page.evaluate(readerClosed), { timeout: 5_000, what: 'Escape to close the reader' });
        const now = await page.evaluate(pageSnapshot);
        assert.ok(now.html === before.html, 'closing the reader changed the page DOM');
        assert.equal(now.scrollY, before.scrollY, 'closing the reader changed the scroll position');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 40)), focusedBefore, 'focus did not return to the page element that had it');
      });
    });

    it('"Save as HTML" writes a self-contained file with no script', { timeout: 60_000 }, async () => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await openReader(driver, page);
        const before = new Set(readdirSync(downloadDir));
        await click(page, '.bar button', 'Save as HTML');
        const file = await waitFor(() => readdirSync(downloadDir).find((f) => !before.has(f) && f.endsWith('.html')) ?? null,
          { timeout: 15_000, what: `a saved .html file in ${downloadDir}` });
        // The browser may create the file before it has written it.
        const html = await waitFor(() => {
          const text = readFileSync(join(downloadDir, file), 'utf8');
          return /<\/html>\s*$/.test(text) ? text : null;
        }, { timeout: 10_000, what: `${file} to be written` });
        const problems = [];
        if (!/^<!DOCTYPE html>/i.test(html)) problems.push('no doctype');
        if (/<script/i.test(html)) problems.push('it holds a <script>');
        if (/\son[a-z]+\s*=/i.test(html.replace(/<style>[\s\S]*?<\/style>/, ''))) problems.push('it holds an on…= event handler attribute');
        if (/javascript:/i.test(html)) problems.push('it holds a javascript: URL');
        if (/<link[^>]+stylesheet/i.test(html)) problems.push('it links an external stylesheet');
        if (!/<style>[\s\S]*\.scroller[\s\S]*<\/style>/.test(html)) problems.push('the reader stylesheet is not inline');
        if (!/http-equiv="Content-Security-Policy" content="default-src 'none'/.test(html)) problems.push('no CSP meta forbidding scripts');
        const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
        if (!text.includes(TITLE)) problems.push('the title is missing');
        if (!text.includes(BODY_SENTENCE)) problems.push('the body text is missing');
        if (!/<mark[^>]*class="stmt official"/.test(html)) problems.push('the statement highlight is missing');
        assert.deepEqual(problems, [], `saved file ${file}:${fmt(problems)}`);
        // And it opens as a page that shows the article.
        const view = await driver.newPage();
        try {
          await view.goto(`file://${join(downloadDir, file)}`, { waitUntil: 'load', timeout: 10_000 }).catch(() => {});
          const title = await waitFor(() => view.evaluate(() => document.querySelector('h1')?.textContent), { timeout: 5_000, what: 'the saved file to show its title' });
          assert.ok(title.includes('IT Ministry'), `the saved file shows "${title}"`);
        } finally {
          await view.close().catch(() => {});
        }
      });
    });

    it('"Copy as Markdown" puts the article on the clipboard', { timeout: 60_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        const { url } = await openDemo(page, servers.plain.url, consoleLines);
        const canRead = await driver.allowClipboard(new URL(url).origin);
        await openReader(driver, page);
        await click(page, '.bar button', 'Copy as Markdown');
        const toast = await waitFor(() => page.evaluate(() => document.querySelector('tidings-reader').shadowRoot.querySelector('.toast').textContent),
          { timeout: 5_000, what: 'the copy status' });
        assert.equal(toast, 'Copied as Markdown.');
        if (!canRead) {
          t.diagnostic(`${driver.name}: the page may not read the clipboard back; the Markdown itself is checked on the fixture`);
          return;
        }
        const md = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(md, /^# IT Ministry Took To 'Koo'/);
        assert.ok(md.includes(BODY_SENTENCE), 'the body is missing from the Markdown');
        assert.match(md, /\n## Who said what\n/);
        assert.match(md, /\[Twitter Acts On 500 Indian Accounts[^\]]*\]\(http/);
      });
    });

    it('prints the article alone (print stylesheet)', { timeout: 60_000 }, async (t) => {
      await withPage(async (page, consoleLines) => {
        await openDemo(page, servers.plain.url, consoleLines);
        await openReader(driver, page);
        // The print rules are there in every browser: the page's (a <style> in our host, which
        // the page may not read in Firefox, so its text) and the shadow tree's (reader.css).
        const pageRules = await page.evaluate(() => document.querySelector('tidings-reader > style')?.textContent ?? '');
        assert.match(pageRules, /@media print \{ html > body \{ display: none !important; \} \}/, 'no print rule hides the page behind the reader');
        const css = readFileSync(join(ROOT, 'extension/reader/reader.css'), 'utf8');
        assert.match(css.slice(css.indexOf('@media print')), /\.bar, \.settings, \.toast, \.panel/, 'reader.css has no print rule hiding the toolbar');
        try {
          await page.emulateMediaType('print');
        } catch (e) {
          t.diagnostic(`print media emulation not available here (${e.message.split('\n')[0]}): the print rules were checked, not applied`);
          return;
        }
        const printed = await page.evaluate(() => {
          const host = document.querySelector('tidings-reader');
          const root = host.shadowRoot;
          const shown = (sel) => !!root.querySelector(sel)?.getClientRects().length;
          return {
            body: getComputedStyle(document.body).display,
            host: getComputedStyle(host).position,
            bar: shown('.bar'), panel: shown('.panel'), article: shown('article h1'),
            background: getComputedStyle(root.querySelector('.scroller')).backgroundColor,
          };
        });
        await page.emulateMediaType(null);
        assert.deepEqual(printed, { body: 'none', host: 'static', bar: false, panel: false, article: true, background: 'rgb(255, 255, 255)' });
      });
    });

    it('renders the header and every block type, related links and removed content (fixture analysis)', { timeout: 60_000 }, async () => {
      await withPage(async (page) => {
        await page.goto(`${servers.plain.url}fixture/reader-fixture.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true', { timeout: 10_000 });
        await page.evaluate(() => window.fixture.reader.open(window.fixture.analysis('blocks')));
        const r = await page.evaluate(() => {
          const root = document.querySelector('tidings-reader').shadowRoot;
          const q = (s) => root.querySelector(s);
          const text = (s) => q(s)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
          return {
            site: text('.site'), h1: text('h1'), byline: text('.byline'), time: text('time'), datetime: q('time')?.dateTime,
            minutes: text('.minutes'), lead: !!q('img.lead'), lang: q('article').lang, dir: q('article').dir,
            h2: text('.body h2'), h3: text('.body h3'), ul: root.querySelectorAll('.body ul > li').length, ol: root.querySelectorAll('.body ol > li').length,
            quote: text('blockquote p'), figure: !!q('figure img[alt="A chart"]'), caption: text('figcaption'),
            th: [...root.querySelectorAll('th')].map((e) => e.textContent), td: [...root.querySelectorAll('td')].map((e) => e.textContent),
            pre: q('pre')?.textContent, strong: text('strong'), em: text('em'), code: text('p code'), br: !!q('p br'),
            links: [...root.querySelectorAll('.body a')].map((a) => a.href),
            scriptText: [...root.querySelectorAll('.body p')].some((p) => p.textContent.includes('<script>window.pwned=2</script>')),
            injected: root.querySelectorAll('.body img:not([alt]), .body script, img[src="x"]').length, pwned: window.pwned ?? null,
            mark: text('mark.official'), who: text('.who'), panel: text('.panel a.jump'),
            related: [...root.querySelectorAll('nav.related a')].map((a) => a.href),
            removedButton: [...root.querySelectorAll('.bar button')].find((b) => b.textContent.startsWith('Removed'))?.textContent ?? null,
            removedHidden: q('.removed').hidden,
          };
        });
        assert.deepEqual(r, {
          site: 'Fixture News', h1: 'Fixture: every block type', byline: 'A. Writer', time: 'March 5, 2024', datetime: '2024-03-05',
          minutes: '3 min read', lead: true, lang: 'en', dir: 'ltr',
          h2: 'A section heading', h3: 'A subheading', ul: 2, ol: 2, quote: 'A quoted paragraph.', figure: true, caption: 'The figure caption',
          th: ['Year', 'Count'], td: ['2024', '42'], pre: 'let x = 1;\n  indented();', strong: 'bold', em: 'italic', code: 'code()', br: true,
          links: ['https://example.com/a'], scriptText: true, injected: 0, pwned: null,
          mark: 'we will respond to the notice soon', who: '— the ministry · government', panel: '“we will respond to the notice soon” said',
          related: ['https://example.com/related'], removedButton: 'Removed (2)', removedHidden: true,
        });
        await click(page, '.bar button', 'Removed (2)');
        const removed = await page.evaluate(() => {
          const root = document.querySelector('tidings-reader').shadowRoot;
          return {
            shown: root.querySelector('.removed').getClientRects().length > 0,
            pressed: [...root.querySelectorAll('.bar button')].find((b) => b.textContent.startsWith('Removed')).getAttribute('aria-pressed'),
            items: [...root.querySelectorAll('.removed li')].map((li) => [li.querySelector('.reason').textContent, li.querySelector('.text').textContent]),
            focus: root.activeElement?.id,
          };
        });
        assert.deepEqual(removed, {
          shown: true, pressed: 'true', focus: 'tidings-removed',
          items: [['newsletter promotion', 'Subscribe to our newsletter for more.'], ['too little text for its links', 'A paragraph the extractor dropped.']],
        });
        const axe = await axeViolations(page);
        assert.deepEqual(describeViolations(axe.serious), [], 'axe-core on the fixture (all blocks, removed content shown)');

        const md = await page.evaluate(() => window.fixture.exporter.toMarkdown(window.fixture.analysis('blocks'), 'https://example.com/story'));
        for (const want of ['# Fixture: every block type', '*A. Writer · March 5, 2024 · Fixture News*', 'Source: <https://example.com/story>',
          '**bold**', '*italic*', '`code()`', '[a safe link](https://example.com/a)', '## A section heading', '- first bullet', '1. step one', '2. step two',
          '> A quoted paragraph.', '![A chart](data:', '*The figure caption*', '| Year | Count |', '| --- | --- |', '```\nlet x = 1;\n  indented();\n```',
          '### A subheading', '## Who said what', '- **the ministry** (government): “we will respond to the notice soon” — said',
          '## Related', '- [A related story](https://example.com/related)']) {
          if (want === '![A chart](data:') continue;  // data: images are left out of Markdown
          assert.ok(md.includes(want), `the Markdown lacks ${JSON.stringify(want)}:\n${md}`);
        }
        assert.ok(!md.includes('javascript:'), 'the Markdown holds a javascript: link');
        assert.ok(md.includes('a script link') && !md.includes('[a script link]'), 'the unsafe link should stay as text');
      });
    });

    it('shows every reader word from _locales (Hindi)', { timeout: 60_000 }, async () => {
      await withPage(async (page) => {
        await page.goto(`${servers.plain.url}fixture/reader-fixture.html?locale=hi`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true', { timeout: 10_000 });
        await page.evaluate(() => window.fixture.reader.open(window.fixture.analysis('blocks')));
        const words = await page.evaluate(() => {
          const root = document.querySelector('tidings-reader').shadowRoot;
          const texts = [...root.querySelectorAll('.tools button, legend, .choice span, .range label, .defaults, .panel h2, .kind, .related h2, .removed h2, .removed .note, .minutes')]
            .map((e) => e.textContent.trim());
          const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
          return { texts, labels, time: root.querySelector('time').textContent };
        });
        const notHindi = [...words.texts, ...words.labels].filter((t) => !/[\u0900-\u097F]/.test(t));
        assert.deepEqual(notHindi, [], `reader words not from the Hindi messages: ${JSON.stringify(notHindi)}`);
        assert.ok(words.texts.length > 20, `only ${words.texts.length} reader words found`);
        assert.match(words.time, /5 मार्च 2024/, 'the date in the reader\'s language');
      });
    });

    it('lays out a right-to-left article right to left (dir from the analysis, lang on the container)', { timeout: 60_000 }, async (t) => {
      await withPage(async (page) => {
        await page.goto(`${servers.plain.url}fixture/reader-fixture.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true', { timeout: 10_000 });
        await page.evaluate(() => window.fixture.reader.open(window.fixture.analysis('rtl')));
        const r = await page.evaluate(() => {
          const root = document.querySelector('tidings-reader').shadowRoot;
          const article = root.querySelector('article');
          const p = root.querySelector('.body p');
          const box = article.getBoundingClientRect(), text = document.createRange();
          text.selectNodeContents(p);
          const right = Math.max(...[...text.getClientRects()].map((r) => r.right));
          return { dir: article.dir, lang: article.lang, direction: getComputedStyle(article).direction, rightAligned: Math.abs(box.right - right) < 2 };
        });
        assert.deepEqual(r, { dir: 'rtl', lang: 'ar', direction: 'rtl', rightAligned: true });
        t.diagnostic('fixture analysis: right to left');
      });
      if (!rtlPages.length) {
        t.skip(`../shared/corpus/readability is absent or has no dir=rtl page (${READABILITY}): no corpus page checked`);
        return;
      }
      for (const rtl of rtlPages) {
        await withPage(async (page, consoleLines) => {
          await page.goto(`${servers.plain.url}rtl/${rtl.name}/index.html`, { waitUntil: 'load' });
          await page.waitForFunction(() => ['done', 'declined', 'error'].includes(document.documentElement.dataset.tidingsState), { timeout: 20_000 });
          await openReader(driver, page);
          const r = await page.evaluate(() => {
            const root = document.querySelector('tidings-reader').shadowRoot;
            const article = root.querySelector('article');
            const p = root.querySelector('.body p');
            const range = document.createRange();
            range.selectNodeContents(p);
            const rects = [...range.getClientRects()];
            const right = Math.max(...rects.map((x) => x.right)), left = Math.min(...rects.map((x) => x.left));
            const box = article.getBoundingClientRect();
            return { dir: article.dir, direction: getComputedStyle(article).direction, rightAligned: Math.abs(box.right - right) < 2, leftGap: Math.round(left - box.left) };
          });
          await page.screenshot({ path: screenshotPath(`reader-${rtl.name}-${driver.name}`) });
          assert.deepEqual({ dir: r.dir, direction: r.direction, rightAligned: r.rightAligned }, { dir: 'rtl', direction: 'rtl', rightAligned: true },
            `corpus page ${rtl.name} is not laid out right to left (${JSON.stringify(r)})\n  page console:\n    ${consoleLines.join('\n    ')}`);
          t.diagnostic(`corpus page ${rtl.name}: right to left`);
        });
      }
    });

    it('options page: clean-up kinds, "off on this site", "always open the reader here", reader defaults and reset', { timeout: 120_000 }, async () => {
      await withPage(async (page, consoleLines) => {
        const options = await driver.newPage();
        try {
          await driver.openExtensionPage(options, 'options/options.html');
          await options.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 15_000 });
          const labels = await options.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.textContent.trim()));
          assert.deepEqual(labels, ['Tidings settings', 'Clean-up', 'Sites', 'Reader view', 'Reset']);
          await options.evaluate(AXE_SOURCE);
          const axe = await options.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
          assert.deepEqual(axe, [], 'axe-core on the options page');
          // Ads are kept: the demo then hides weather, headlines and promos only.
          await (await options.$('#kind-ad')).click();
          await waitFor(async () => (await driver.storageGet()).kinds?.ad === false, { timeout: 5_000, what: 'kinds.ad false in storage' });
          await options.select('#theme', 'dark');
          await waitFor(async () => (await driver.storageGet()).reader?.theme === 'dark', { timeout: 5_000, what: 'reader.theme dark in storage' });

          await openDemo(page, servers.plain.url, consoleLines);
          const kinds = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-tidings-hidden]')].map((e) => e.dataset.tidingsHidden))].sort());
          assert.deepEqual(kinds, ['headlines', 'promo', 'weather'], 'with ads kept, the demo should hide the other kinds only');
          await openReader(driver, page);
          assert.equal((await page.evaluate(readerState)).background, THEMES.dark, 'the reader did not open with the default theme from the options page');

          // Per site: the demo's host, off; then always open the reader.
          const host = new URL(servers.plain.url).hostname;
          await options.bringToFront();
          await options.type('#site-host', host);
          await (await options.$('#site-off')).click();
          await (await options.$('#add-site button[type="submit"]')).click();
          await waitFor(async () => (await driver.storageGet())[`site:${host}`]?.cleanup === false, { timeout: 5_000, what: `site:${host} off in storage` });
          await options.waitForSelector(`tr[data-host="${host}"]`, { timeout: 5_000 });
          await page.reload({ waitUntil: 'load' });
          await page.waitForFunction(() => document.documentElement.dataset.tidingsState === 'done', { timeout: 20_000 });
          assert.equal(await page.evaluate(() => document.querySelectorAll('[data-tidings-hidden]').length), 0, '"off on this site" still hid blocks');

          await options.bringToFront();
          await options.click(`tr[data-host="${host}"] td:nth-child(2) input`);  // off: unchecked
          await waitFor(async () => JSON.stringify((await driver.storageGet())[`site:${host}`]) === '{}', { timeout: 5_000, what: `site:${host} = {}` });
          await options.click(`tr[data-host="${host}"] td:nth-child(3) input`);  // reader: checked
          await waitFor(async () => JSON.stringify((await driver.storageGet())[`site:${host}`]) === '{"reader":true}', { timeout: 5_000, what: `site:${host} = {reader: true}` });
          await page.bringToFront();
          await page.reload({ waitUntil: 'load' });
          await waitFor(() => page.evaluate(() => !!document.querySelector('tidings-reader')?.shadowRoot?.querySelector('article h1')),
            { timeout: 20_000, what: 'the reader to open by itself on this site' });
          assert.ok(await page.evaluate(() => document.querySelectorAll('[data-tidings-hidden]').length > 0), 'clean-up should be back on');

          // Reset: two steps, then storage is empty and the form shows the defaults.
          await options.bringToFront();
          await (await options.$('#reset')).click();
          await (await options.$('#reset-yes')).click();
          await waitFor(async () => Object.keys(await driver.storageGet()).length === 0, { timeout: 5_000, what: 'storage.sync to be empty after reset' });
          // The page redraws the form after storage is empty, then says so (a read between the two
          // saw the earlier "Saved.").
          const resetDone = 'All settings are back to their defaults.';
          await waitFor(() => options.evaluate((t) => document.querySelector('#status').textContent === t, resetDone),
            { timeout: 5_000, what: 'the options page to report the reset' });
          const form = await options.evaluate(() => ({ theme: document.querySelector('#theme').value, ad: document.querySelector('#kind-ad').checked, rows: document.querySelectorAll('#sites tbody tr').length, status: document.querySelector('#status').textContent }));
          assert.deepEqual(form, { theme: 'system', ad: true, rows: 0, status: resetDone });
        } finally {
          await options.close().catch(() => {});
        }
      });
    });

    if (driver.popupCheck) {
      it('the popup shows the hidden counts by kind, the site switch and the reader toggle', { timeout: 60_000 }, async () => {
        await withPage(async (page, consoleLines) => {
          await openDemo(page, servers.plain.url, consoleLines);
          await driver.popupCheck(page, new URL(servers.plain.url).hostname, AXE_SOURCE);
        });
      });
    }
  });
}
