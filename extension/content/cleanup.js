// Hides clutter in place by marking elements; one stylesheet does the hiding, so undo is just
// removing the marks. Show-hidden mode brings the blocks back with an outline, a label and a
// "Not clutter" button in front of each.
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});

  const KINDS = ['ad', 'weather', 'headlines', 'promo'];
  const HIDDEN = 'data-tidings-hidden';
  const REASON = 'data-tidings-reason';
  const SHOW = 'data-tidings-show-hidden';
  const KEEP_HOST = 'tidings-keep';
  const api = globalThis.browser ?? globalThis.chrome;

  // :not(show) lets show mode keep the page's own display value (flex, grid...).
  const CSS = `
html:not([${SHOW}]) [${HIDDEN}]{display:none!important}
html[${SHOW}] [${HIDDEN}]{outline:2px dashed #8a3ffc!important;outline-offset:-2px!important}
html[${SHOW}] [${HIDDEN}]::before{content:attr(${HIDDEN}) ": " attr(${REASON});display:block!important;
position:static!important;margin:0 0 4px!important;padding:2px 6px!important;
font:600 12px/1.4 system-ui,sans-serif!important;color:#fff!important;background:#5b2a86!important;text-align:start!important}`;
  let styleEl = null;

  function ensureStyle() {
    if (styleEl?.isConnected) return;
    styleEl = document.createElement('style');
    styleEl.setAttribute('data-tidings-ui', '');
    styleEl.textContent = CSS;
    (document.head || document.documentElement).appendChild(styleEl);
  }

  // Elements no analysis may hide, whatever it says.
  function mayHide(el) {
    if (!el || el.nodeType !== 1 || !el.isConnected) return false;
    if (el === document.documentElement || el === document.body || el === document.head) return false;
    return !el.closest('[data-tidings-ui], tidings-reader');
  }

  // A tag unlike the path's last step: the page changed since the snapshot, so skip it.
  function tagMatches(el, path) {
    const last = String(path || '').split('>').pop().split(':')[0].trim().toLowerCase();
    return !last || last === el.localName.toLowerCase();
  }

  // Resolves analysis.hidden against the snapshot's elements: [{el, kind, reason}].
  T.resolveHidden = function resolveHidden(hidden, elements) {
    const out = [];
    for (const h of hidden || []) {
      const el = elements[h.element];
      if (!KINDS.includes(h.kind) || !mayHide(el) || !tagMatches(el, h.path)) continue;
      out.push({ el, kind: h.kind, reason: String(h.reason || ''), key: String(h.key || '') });
    }
    return out;
  };

  // Marks the targets; returns how many are hidden now.
  T.applyCleanup = function applyCleanup(targets) {
    if (targets.length) ensureStyle();  // nothing to hide: leave the page alone
    let count = 0;
    for (const t of targets) {
      if (!mayHide(t.el) || T.kindOff?.(t.kind) || T.isKept?.(t.key)) continue;  // the user keeps it
      t.el.setAttribute(HIDDEN, t.kind);
      t.el.setAttribute(REASON, t.reason);
      count++;
    }
    return count;
  };

  // Removes every mark, the stylesheet and show mode: the page is as it was.
  T.undoCleanup = function undoCleanup() {
    for (const el of document.querySelectorAll(`[${HIDDEN}]`)) {
      el.removeAttribute(HIDDEN);
      el.removeAttribute(REASON);
    }
    removeKeepButtons();
    document.documentElement.removeAttribute(SHOW);
    styleEl?.remove();
    styleEl = null;
  };

  // Unmarks one block: it shows again, as the page made it.
  T.unhide = function unhide(el) {
    el.removeAttribute(HIDDEN);
    el.removeAttribute(REASON);
  };

  function removeKeepButtons() {
    for (const host of document.querySelectorAll(KEEP_HOST)) host.remove();
  }

  // A button in its own shadow root (the page's styles cannot reach it), just before the block.
  function keepButton(target, onKeep) {
    const host = document.createElement(KEEP_HOST);
    host.setAttribute('data-tidings-ui', '');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{all:initial;display:block;margin:4px 0}button{font:600 12px/1.4 system-ui,sans-serif;color:#fff;background:#5b2a86;border:0;border-radius:4px;padding:4px 10px;cursor:pointer}button:focus-visible{outline:2px solid #222;outline-offset:2px}';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = api.i18n.getMessage('keep_block') || 'Not clutter';
    button.title = api.i18n.getMessage('keep_block_title') || '';
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      host.remove();
      onKeep(target);
    });
    root.append(style, button);
    return host;
  }

  // onKeep(target) runs when the user says a block is not clutter.
  T.setShowHidden = function setShowHidden(on, targets = [], onKeep = null) {
    document.documentElement.toggleAttribute(SHOW, !!on);
    removeKeepButtons();
    if (!on || !onKeep) return;
    for (const t of targets) {
      if (t.el.isConnected && t.el.getAttribute(HIDDEN) === t.kind && t.key) t.el.before(keepButton(t, onKeep));
    }
  };
  T.isShowingHidden = () => document.documentElement.hasAttribute(SHOW);

  // Counts what is hidden now (not kinds the user keeps, nothing while the clean-up is off).
  T.countByKind = function countByKind(targets) {
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
    for (const t of targets) if (t.el.getAttribute(HIDDEN) === t.kind) counts[t.kind]++;
    return counts;
  };
})();
