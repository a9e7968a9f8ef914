// Test page script (reader-fixture.html): the demo's shim for the extension APIs, then the reader
// module itself. window.fixture = {reader, exporter, analysis(name)}.
(async () => {
  'use strict';
  const demo = (globalThis.__tidingsDemo ??= {});
  demo.extensionBase = new URL('/extension/', location.href).href;
  demo.locale = new URLSearchParams(location.search).get('locale') || 'en';
  demo.messages = await (await fetch(`/extension/_locales/${demo.locale}/messages.json`)).json();
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/demo/shim.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
  const svg = (label) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200"><rect width="640" height="200" fill="#8aa"/><text x="20" y="110" font-size="40">${label}</text></svg>`)}`;
  const t = (text) => ({ type: 'text', text });
  const ANALYSES = {
    blocks: {
      title: 'Fixture: every block type',
      byline: 'A. Writer',
      published: '2024-03-05',
      site_name: 'Fixture News',
      lang: 'en',
      dir: 'ltr',
      lead_image: svg('lead'),
      readerable: true,
      text: 'word '.repeat(700),
      blocks: [
        { type: 'paragraph', inlines: [t('Intro with '), { type: 'strong', text: 'bold' }, t(', '), { type: 'emphasis', text: 'italic' },
          t(', '), { type: 'code', text: 'code()' }, t(', '), { type: 'link', text: 'a safe link', href: 'https://example.com/a' },
          t(' and '), { type: 'link', text: 'a script link', href: 'javascript:alert(1)' }, { type: 'break' }, t('after a break.')] },
        { type: 'heading', level: 2, inlines: [t('A section heading')] },
        { type: 'list', ordered: false, items: [[t('first bullet')], [t('second bullet')]] },
        { type: 'list', ordered: true, items: [[t('step one')], [t('step two')]] },
        { type: 'quote', blocks: [{ type: 'paragraph', inlines: [t('A quoted paragraph.')] }] },
        { type: 'figure', src: svg('figure'), alt: 'A chart', caption: 'The figure caption' },
        { type: 'table', rows: [[{ header: true, text: 'Year' }, { header: true, text: 'Count' }], [{ header: false, text: '2024' }, { header: false, text: '42' }]] },
        { type: 'preformatted', text: 'let x = 1;\n  indented();' },
        { type: 'heading', level: 3, inlines: [t('A subheading')] },
        { type: 'paragraph', inlines: [t('The ministry said "we will respond to the notice soon" on Tuesday.')] },
        { type: 'paragraph', inlines: [t('<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> stays text.')] },
      ],
      statements: [{ text: 'we will respond to the notice soon', speaker: 'the ministry', speaker_kind: 'government', official: true,
        direct: true, cue: 'said', block: 9, evidence: "institution 'ministry'" }],
      hidden: [],
      related: [{ text: 'A related story', href: 'https://example.com/related' }, { text: 'Not a link', href: 'javascript:void(0)' }],
      dropped: [{ text: 'Subscribe to our newsletter for more.', reason: 'newsletter promotion' },
        { text: 'A paragraph the extractor dropped.', reason: 'too little text for its links' }],
    },
    rtl: {
      title: 'اختبار من اليمين إلى اليسار',
      lang: 'ar',
      dir: 'rtl',
      readerable: true,
      text: 'نص',
      blocks: [
        { type: 'paragraph', inlines: [t('هذه فقرة عربية قصيرة لاختبار الاتجاه من اليمين إلى اليسار.')] },
        { type: 'list', ordered: false, items: [[t('عنصر أول')], [t('عنصر ثان')]] },
      ],
      statements: [],
      hidden: [],
      related: [],
    },
  };
  window.fixture = {
    reader: await import('/extension/reader/reader.mjs'),
    exporter: await import('/extension/reader/export.mjs'),
    analysis: (name) => structuredClone(ANALYSES[name]),
  };
  document.documentElement.dataset.fixtureReady = 'true';
})();
