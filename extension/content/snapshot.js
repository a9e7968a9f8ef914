// One DOM pass into the engine's snapshot (notes/CONTRACTS.md; src/dom/snapshot.rs decodes it).
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});

  const OPEN = 1, TEXT = 2, CLOSE = 3;
  const MAX_VALUE = 2000;
  // Inline scripts and noscript fallbacks this short come with their raw text (src/dom/snapshot.rs
  // MAX_RAW_TEXT): an ad box may hold nothing but a vendor's call, a lazy image its address.
  const MAX_RAW_TEXT = 1000;
  // Text the engine must not read: code and inert markup. ld+json is kept (article metadata).
  const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template']);

  // Iterative walk: deep pages cannot overflow the stack. elements[ordinal] is the live element.
  // Measured (tests/bench/): attribute names and values through getAttributeNames/getAttribute
  // (no Attr objects) and ops written in place (no rest arguments per record) halve its time.
  // A TreeWalker moves in one call per step and skips comments itself: in Firefox, where each
  // DOM access from a content script crosses a wrapper, that takes a third off; strings joined
  // by += rather than an array join take off a third more in Chromium (flattening included).
  T.snapshot = function snapshot(doc) {
    const root = doc.documentElement;
    // ops grow by doubling: one allocation per doubling, not per record.
    let ops = new Uint32Array(4096), n = 0;
    const room = (k) => {
      if (n + k <= ops.length) return;
      let size = ops.length * 2;
      while (size < n + k) size *= 2;
      const next = new Uint32Array(size);
      next.set(ops);
      ops = next;
    };
    let strings = '';  // grown by +=: the engines keep it as a rope until the wasm copy reads it
    const elements = [];
    if (!root) return { strings: '', ops: new Uint32Array(0), elements };
    const kept = [];  // per open element: may its parent's text children be read?
    let keep = true;  // may the current element's text children be read?
    const walker = doc.createTreeWalker(root, 5);  // elements and text
    let node = root;  // always walker.currentNode
    while (node) {
      let descend = false;
      const type = node.nodeType;
      if (type === 1) {
        const tag = node.localName;
        const names = node.getAttributeNames();
        if (tag !== 'tidings-reader' && !names.includes('data-tidings-ui')) {
          const count = names.length;
          room(3 + 2 * count);
          ops[n++] = OPEN; ops[n++] = tag.length; ops[n++] = count;
          strings += tag;
          for (let i = 0; i < count; i++) {
            const name = names[i];
            let value = node.getAttribute(name);
            if (value.length > MAX_VALUE) value = value.slice(0, MAX_VALUE);
            ops[n++] = name.length; ops[n++] = value.length;
            strings += name + value;
          }
          elements.push(node);
          kept.push(keep);
          if (keep && SKIP_TEXT.has(tag)) {
            keep = tag === 'script'
              ? (node.getAttribute('type') || '').trim().toLowerCase() === 'application/ld+json'
                || (!node.hasAttribute('src') && node.text.length <= MAX_RAW_TEXT)
              : tag === 'noscript' && node.textContent.length <= MAX_RAW_TEXT;
          }
          descend = true;
        }
      } else if (keep) {
        const text = node.data;
        if (text.length) {
          room(2);
          ops[n++] = TEXT; ops[n++] = text.length;
          strings += text;
        }
      }
      if (descend) {
        const first = walker.firstChild();
        if (first) { node = first; continue; }
        room(1);
        ops[n++] = CLOSE;
        keep = kept.pop();
      }
      // Climb until a sibling exists, closing each finished element on the way; the walker does
      // not climb above the root, so the walk ends there.
      let next = walker.nextSibling();
      while (!next && walker.parentNode()) {
        room(1);
        ops[n++] = CLOSE;
        keep = kept.pop();
        next = walker.nextSibling();
      }
      node = next;
    }
    return { strings, ops: ops.slice(0, n), elements };
  };
})();
