// One DOM pass into the engine's snapshot (notes/CONTRACTS.md; src/dom/snapshot.rs decodes it).
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});

  const OPEN = 1, TEXT = 2, CLOSE = 3;
  const MAX_VALUE = 2000;
  // Text the engine must not read: code and inert markup. ld+json is kept (article metadata).
  const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template']);

  function keepsText(el) {
    const tag = el.localName;
    if (!SKIP_TEXT.has(tag)) return true;
    return tag === 'script' && (el.getAttribute('type') || '').trim().toLowerCase() === 'application/ld+json';
  }

  // Our own overlay, control bar and stylesheet are not part of the page.
  const isOurs = (el) => el.hasAttribute('data-tidings-ui') || el.localName === 'tidings-reader';

  function openElement(el, push, strings) {
    const tag = el.localName;
    const attrs = el.attributes;
    push(OPEN, tag.length, attrs.length);
    strings.push(tag);
    for (let i = 0; i < attrs.length; i++) {
      const name = attrs[i].name;
      const value = attrs[i].value.slice(0, MAX_VALUE);
      push(name.length, value.length);
      strings.push(name, value);
    }
  }

  // Iterative walk: deep pages cannot overflow the stack. elements[ordinal] is the live element.
  T.snapshot = function snapshot(doc) {
    const root = doc.documentElement;
    // ops grow by doubling: one allocation per doubling, not per record.
    let ops = new Uint32Array(4096), n = 0;
    const push = (...values) => {
      for (const v of values) {
        if (n === ops.length) {
          const next = new Uint32Array(n * 2);
          next.set(ops);
          ops = next;
        }
        ops[n++] = v;
      }
    };
    const strings = [];
    const elements = [];
    if (!root) return { strings: '', ops: new Uint32Array(0), elements };
    const textKept = [];  // per open element: may its text children be read?
    let node = root;
    while (node) {
      let descend = false;
      if (node.nodeType === 1 && !isOurs(node)) {
        openElement(node, push, strings);
        elements.push(node);
        textKept.push(keepsText(node) && (textKept.length === 0 || textKept[textKept.length - 1]));
        descend = true;
      } else if (node.nodeType === 3 && textKept[textKept.length - 1]) {
        const text = node.data;
        if (text.length) {
          push(TEXT, text.length);
          strings.push(text);
        }
      }
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (descend) {
        push(CLOSE);
        textKept.pop();
      }
      // Climb until a sibling exists, closing each finished element on the way.
      while (node !== root && !node.nextSibling) {
        node = node.parentNode;
        push(CLOSE);
        textKept.pop();
      }
      node = node === root ? null : node.nextSibling;
    }
    return { strings: strings.join(''), ops: ops.slice(0, n), elements };
  };
})();
