// Runs the extension's content scripts on the demo page as plain page scripts: reads
// extension/manifest.json, loads demo/shim.js (the extension APIs) and then the manifest's
// content scripts in order, and adds a small control bar. ?shim=off turns it all off (the
// browser tests load the real extension on the same page). No inline script, no eval: it works
// under a CSP of script-src 'self'.
(() => {
  'use strict';
  if (new URLSearchParams(location.search).get('shim') === 'off') return;

  const here = document.currentScript?.src || location.href;
  const root = new URL('../', here);  // this file lives in <root>/demo/
  const ext = new URL('extension/', root);
  const demo = (globalThis.__tidingsDemo ??= {});
  demo.extensionBase = ext.href;

  // Everything the loader adds is marked as ours, so the snapshot skips it.
  function ours(tag) {
    const el = document.createElement(tag);
    el.setAttribute('data-tidings-ui', '');
    return el;
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = ours('script');
      s.async = false;
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });
  }

  function loadCss(href) {
    const link = ours('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }

  async function fetchJson(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  }

  // The UI language if the extension has it, else the manifest's default_locale.
  async function loadMessages(manifest) {
    const wanted = (navigator.language || '').split('-')[0];
    for (const locale of [wanted, manifest.default_locale || 'en']) {
      if (!locale) continue;
      try {
        demo.messages = await fetchJson(new URL(`_locales/${locale}/messages.json`, ext));
        demo.locale = locale;
        return;
      } catch { /* not translated: try the default */ }
    }
    demo.messages = {};
  }

  const domReady = () => new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', resolve, { once: true });
  });

  function button(label, onClick) {
    const b = ours('button');
    b.type = 'button';
    b.textContent = label;
    Object.assign(b.style, {
      font: '600 13px/1.2 system-ui, sans-serif', padding: '6px 10px', borderRadius: '999px',
      border: '1px solid #5b2a86', background: '#fff', color: '#5b2a86', cursor: 'pointer',
    });
    b.addEventListener('click', onClick);
    return b;
  }

  // Styles go through the CSSOM (element.style), which a style-src CSP does not block.
  function controlBar() {
    const say = (k) => globalThis.browser.i18n.getMessage(k);
    const bar = ours('div');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', say('ext_name'));
    Object.assign(bar.style, {
      position: 'fixed', insetInlineEnd: '12px', bottom: '12px', zIndex: '2147483646',
      display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px', padding: '8px 10px',
      background: '#f3eefa', border: '1px solid #5b2a86', borderRadius: '12px',
      boxShadow: '0 2px 10px rgba(0,0,0,.2)', font: '13px/1.2 system-ui, sans-serif', color: '#1d1d1f',
    });
    const label = ours('span');
    label.style.fontWeight = '700';
    const cleanup = button('', async () => show(await demo.sendToContent({ type: 'tidings:set-cleanup', on: !state.cleanup })));
    const showHidden = button('', async () => show(await demo.sendToContent({ type: 'tidings:set-show-hidden', on: !state.showHidden })));
    const reader = button(say('demo_reader'), async () => show((await demo.sendToContent({ type: 'tidings:toggle-reader' }))?.status));
    bar.append(label, cleanup, showHidden, reader);

    let state = {};
    function show(s) {
      if (!s) return;
      state = s;
      const hidden = s.state === 'done' ? ` · ${s.hiddenCount}` : ` · ${s.state}`;
      label.textContent = say('ext_name') + hidden;
      cleanup.textContent = say(s.cleanup ? 'demo_cleanup_on' : 'demo_cleanup_off');
      cleanup.setAttribute('aria-pressed', String(!!s.cleanup));
      showHidden.textContent = say(s.showHidden ? 'demo_hide_again' : 'demo_show_hidden');
      showHidden.setAttribute('aria-pressed', String(!!s.showHidden));
      showHidden.disabled = !s.cleanup || !s.hiddenCount;
      reader.disabled = !s.readerable;
      for (const b of [cleanup, showHidden, reader]) b.style.opacity = b.disabled ? '.5' : '1';
    }
    demo.onStatus = async () => show(await demo.sendToContent({ type: 'tidings:get-status' }));
    document.body.append(bar);
    demo.onStatus();
  }

  (async () => {
    try {
      const manifest = await fetchJson(new URL('manifest.json', ext));
      await loadMessages(manifest);
      await domReady();  // content scripts run at document_idle
      await loadScript(new URL('demo/shim.js', root).href);
      for (const cs of manifest.content_scripts || []) {
        for (const css of cs.css || []) loadCss(new URL(css, ext).href);
        for (const js of cs.js || []) await loadScript(new URL(js, ext).href);
      }
      if (globalThis.browser?.runtime?.id === 'tidings-demo') controlBar();
    } catch (e) {
      console.warn('Tidings demo:', e?.message ?? e);
    }
  })();
})();
