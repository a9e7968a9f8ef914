// One pass over the live DOM into the compact snapshot the engine decodes
// (notes/CONTRACTS.md, "Snapshot format"; src/dom/snapshot.rs reads it).
(() => {
  'use strict';
  const T = (globalThis.__tidings ??= {});

  const OPEN = 1, TEXT = 2, CLOSE = 3;
  const MAX_VALUE = 2000;
  // Text the engine must not read: code and inert markup. ld+json is kept (article metadata).
  const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template']);

  // A Uint32Array that doubles when full: one allocation per doubling, not per record.
  function opsBuffer() {
    let buf = new Uint32Array(4096), len = 0;
    return {
      push(v) {
        if (len === buf.length) {
          const next = new Uint32Array(buf.length * 2);
          next.set(buf);
          buf = next;
        }
        buf[len++] = v;
      },
      done: () => buf.slice(0, len),
    };
  }

  function keepsText(el) {
    const tag = el.localName;
    if (!SKIP_TEXT.has(tag)) return true;
    return tag === 'script' && (el.getAttribute('type') || '').trim().toLowerCase() === 'application/ld+json';
  }

  // Our own overlay, control bar and stylesheet are not part of the page.
  const isOurs = (el) => el.hasAttribute('data-tidings-ui') || el.localName === 'tidings-reader';

  function openElement(el, ops, strings) {
    const tag = el.localName;
    const attrs = el.attributes;
    ops.push(OPEN);
    ops.push(tag.length);
    ops.push(attrs.length);
    strings.push(tag);
    for (let i = 0; i < attrs.length; i++) {
      const name = attrs[i].name;
      let value = attrs[i].value;
      if (value.length > MAX_VALUE) value = value.slice(0, MAX_VALUE);
      ops.push(name.length);
      ops.push(value.length);
      strings.push(name, value);
    }
  }

  // Iterative walk (firstChild / nextSibling / parentNode): no recursion, so deep pages cannot
  // overflow the stack. Returns {strings, ops, elements}; elements[ordinal] is the live element.
  T.snapshot = function snapshot(doc) {
    const root = doc.documentElement;
    const ops = opsBuffer();
    const strings = [];
    const elements = [];
    if (!root) return { strings: '', ops: ops.done(), elements };
    const textKept = [];  // per open element: may its text children be read?
    let node = root;
    while (node) {
      let descend = false;
      if (node.nodeType === 1 && !isOurs(node)) {
        openElement(node, ops, strings);
        elements.push(node);
        textKept.push(keepsText(node) && (textKept.length === 0 || textKept[textKept.length - 1]));
        descend = true;
      } else if (node.nodeType === 3 && textKept[textKept.length - 1]) {
        const text = node.data;
        if (text.length) {
          ops.push(TEXT);
          ops.push(text.length);
          strings.push(text);
        }
      }
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (descend) {
        ops.push(CLOSE);
        textKept.pop();
      }
      // Climb until a sibling exists, closing each finished element on the way.
      while (node !== root && !node.nextSibling) {
        node = node.parentNode;
        ops.push(CLOSE);
        textKept.pop();
      }
      node = node === root ? null : node.nextSibling;
    }
    return { strings: strings.join(''), ops: ops.done(), elements };
  };
})();
