// "Copy as Markdown" and "Save as HTML" of the reader article. Both start from the Analysis, not
// from the page. The HTML file is self-contained: the reader's stylesheet inline, no script (and
// a CSP meta that forbids any), images left as links to their sources.
import { formatDate, kindLabel, removedOf, renderArticle, safeUrl, say, statementsOf } from './render.mjs';

const str = (v) => (typeof v === 'string' ? v : '');

// Markdown ------------------------------------------------------------------------------------------

const escapeMd = (s) => str(s).replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
const mdUrl = (u) => u.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));

function mdInlines(inlines) {
  let out = '';
  for (const i of Array.isArray(inlines) ? inlines : []) {
    const t = str(i?.text);
    switch (i?.type) {
      case 'strong': out += t.trim() ? `**${escapeMd(t)}**` : t; break;
      case 'emphasis': out += t.trim() ? `*${escapeMd(t)}*` : t; break;
      case 'code': out += `\`${t.replace(/`/g, 'ˋ')}\``; break;
      case 'break': out += '  \n'; break;
      case 'link': {
        const url = safeUrl(i.href);
        out += url ? `[${escapeMd(t)}](${mdUrl(url)})` : escapeMd(t);
        break;
      }
      default: out += escapeMd(t);
    }
  }
  return out.replace(/[ \t]*\n[ \t]*/g, (m) => (m.includes('  \n') ? '  \n' : ' ')).trim();
}

function mdBlock(b, depth = 0) {
  switch (b?.type) {
    case 'heading': return `${'#'.repeat(Math.min(6, Math.max(2, Number(b.level) || 2)))} ${mdInlines(b.inlines)}`;
    case 'paragraph': return mdInlines(b.inlines);
    case 'list': return (Array.isArray(b.items) ? b.items : [])
      .map((item, n) => `${b.ordered ? `${n + 1}.` : '-'} ${mdInlines(item)}`).join('\n');
    case 'quote': return depth > 8 ? '' : (Array.isArray(b.blocks) ? b.blocks : [])
      .map((inner) => mdBlock(inner, depth + 1)).filter(Boolean).join('\n\n')
      .split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
    case 'figure': {
      const src = safeUrl(b.src, ['http:', 'https:']);
      const img = src ? `![${escapeMd(b.alt)}](${mdUrl(src)})` : '';
      return [img, b.caption ? `*${escapeMd(b.caption)}*` : ''].filter(Boolean).join('\n');
    }
    case 'table': {
      const rows = (Array.isArray(b.rows) ? b.rows : []).map((r) => (Array.isArray(r) ? r : []));
      if (!rows.length) return '';
      const width = Math.max(...rows.map((r) => r.length));
      const cell = (c) => escapeMd(str(c?.text)).replace(/\n/g, ' ');
      const line = (r) => `| ${Array.from({ length: width }, (_, k) => cell(r[k])).join(' | ')} |`;
      return [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
    }
    case 'preformatted': {
      const t = str(b.text);
      const fence = '`'.repeat(Math.max(3, ...[...t.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return `${fence}\n${t}\n${fence}`;
    }
    default: return '';
  }
}

export function toMarkdown(a, sourceUrl) {
  const parts = [`# ${escapeMd(str(a.title) || document.title)}`];
  const meta = [a.byline && escapeMd(a.byline), a.published && formatDate(String(a.published)),
    a.site_name && escapeMd(a.site_name)].filter(Boolean);
  if (meta.length) parts.push(`*${meta.join(' · ')}*`);
  const src = safeUrl(sourceUrl, ['http:', 'https:']);
  if (src) parts.push(`${say('export_source')}: <${src}>`);
  for (const b of Array.isArray(a.blocks) ? a.blocks : []) {
    const md = mdBlock(b);
    if (md) parts.push(md);
  }
  const statements = statementsOf(a);
  if (statements.length) {
    parts.push(`## ${say('reader_who_said_what')}`);
    parts.push(statements.map((s) => `- **${escapeMd(s.speaker)}** (${escapeMd(kindLabel(s))}): “${escapeMd(s.text.trim())}”${s.cue ? ` — ${escapeMd(s.cue)}` : ''}`).join('\n'));
  }
  const related = (Array.isArray(a.related) ? a.related : []).filter((l) => safeUrl(l?.href));
  if (related.length) {
    parts.push(`## ${say('reader_related')}`);
    parts.push(related.map((l) => `- [${escapeMd(str(l.text) || l.href)}](${mdUrl(safeUrl(l.href))})`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

// HTML ----------------------------------------------------------------------------------------------

// No script can run in the saved file whatever it holds; styles inline, images from anywhere.
const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:";
const FILE_CSS = `
html, body { margin: 0; padding: 0; }
.scroller { position: static !important; overflow: visible !important; min-height: 100vh; }
.source { max-width: var(--measure); margin: 0 auto; padding: 0 1.25rem 2rem; font: .85rem/1.5 system-ui, sans-serif; color: var(--muted); }
`;

/**
 * The article as a complete HTML document (a string), styled as the reader shows it with
 * `settings` ({theme, font, size, width, lineHeight, highlights}).
 */
export function toHtml(a, { css, settings, applySettings, sourceUrl }) {
  const doc = document.implementation.createHTMLDocument(str(a.title) || document.title);
  const root = doc.documentElement;
  root.lang = str(a.lang) || 'und';
  if (a.dir === 'rtl' || a.dir === 'ltr') root.dir = a.dir;
  const meta = (attrs) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    return m;
  };
  doc.head.prepend(
    meta({ charset: 'utf-8' }),
    meta({ 'http-equiv': 'Content-Security-Policy', content: FILE_CSP }),
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
  );
  const style = doc.createElement('style');
  style.textContent = `${css}\n${FILE_CSS}`;
  doc.head.append(style);

  const scroller = doc.createElement('div');
  scroller.className = 'scroller';
  applySettings(scroller, settings);
  const { main, panel, removed } = renderArticle(a, doc);
  if (removed) removed.remove();  // the file is the article; what was removed stays out
  const layout = scroller.appendChild(doc.createElement('div'));
  layout.className = 'layout';
  layout.append(main);
  if (panel) layout.append(panel);
  const src = safeUrl(sourceUrl, ['http:', 'https:']);
  if (src) {
    const p = scroller.appendChild(doc.createElement('p'));
    p.className = 'source';
    const link = doc.createElement('a');
    link.href = src;
    link.textContent = src;
    p.append(`${say('export_source')}: `, link);
  }
  doc.body.append(scroller);
  // Belt and braces: nothing executable leaves here.
  for (const el of doc.querySelectorAll('script, iframe, object, embed, base, form')) el.remove();
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  return `<!DOCTYPE html>\n${root.outerHTML}\n`;
}

export function fileName(a) {
  const base = str(a.title).normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ').trim().slice(0, 80) || 'article';
  return `${base}.html`;
}

export { removedOf };
