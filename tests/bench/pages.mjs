// The benchmark's pages: the shared corpora when ../shared is there, else the repo's own pages,
// decompressed into a temporary folder (nothing stripped), and a small server that gives each page
// a path like its original address (the engine reads the URL's slug) and a chosen CSP header.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CORPORA = ['extraction', 'wcxb'];

function manifestUrls(file) {
  const urls = new Map();
  if (!existsSync(file)) return urls;
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  const id = cols.indexOf('id'), url = cols.indexOf('url');
  for (const row of rows) {
    const f = row.split('\t');
    urls.set(f[id], f[url]);
  }
  return urls;
}

/**
 * Pages to measure: [{name, corpus, id, url (original or null), file, bytes}], the corpora
 * interleaved so that a BENCH_PAGES limit still takes from each. `source` says where they came from.
 */
export function collectPages({ root, shared, into, limit = Infinity }) {
  const lists = [];
  let source;
  if (CORPORA.every((c) => existsSync(join(shared, c, 'dev/html')))) {
    source = `corpus ${CORPORA.map((c) => `${c}/dev`).join(' + ')} from ${shared}`;
    for (const corpus of CORPORA) {
      const dir = join(shared, corpus, 'dev/html');
      const urls = manifestUrls(join(shared, corpus, 'dev/MANIFEST.tsv'));
      lists.push(readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => {
        const id = f.slice(0, -'.html.gz'.length);
        return { corpus, id, url: urls.get(id) ?? null, load: () => gunzipSync(readFileSync(join(dir, f))) };
      }));
    }
  } else {
    source = `the repo's own pages (www/index.html, tests/fixtures/*.html): ${shared} has no ` +
      `${CORPORA.map((c) => `${c}/dev/html`).join(' or ')}; the numbers are NOT the corpus benchmark`;
    const fixtures = join(root, 'tests/fixtures');
    lists.push([
      { corpus: 'www', id: 'index', url: null, load: () => readFileSync(join(root, 'www/index.html')) },
      ...readdirSync(fixtures).filter((f) => f.endsWith('.html')).sort().map((f) => (
        { corpus: 'fixtures', id: basename(f, '.html'), url: null, load: () => readFileSync(join(fixtures, f)) })),
    ]);
  }
  const pages = [];
  for (let i = 0; pages.length < limit && lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length && pages.length < limit) pages.push(l[i]);
  }
  mkdirSync(into, { recursive: true });
  for (const p of pages) {
    const body = p.load();
    delete p.load;
    p.name = `${p.corpus}/${p.id}`;
    p.file = join(into, `${p.corpus}-${p.id}.html`);
    p.bytes = body.length;
    writeFileSync(p.file, body);
  }
  return { pages, source };
}

/** The path a page is served at: its original host and path, so the URL the engine sees has a slug. */
function pagePath(page, i) {
  let tail = `${page.id}.html`;
  if (page.url) {
    try {
      const u = new URL(page.url);
      tail = `${u.host}${u.pathname}`.replace(/[^A-Za-z0-9._~\-/]/g, '_');
      if (tail.endsWith('/')) tail += 'index.html';
    } catch { /* keep the id */ }
  }
  return `/${i}/${tail}`;
}

/**
 * Serves the pages under /<variant>/<i>/<host>/<path> with that variant's CSP header
 * (variants: {name: cspString|null}), plus `extraDirs` ({prefix: dir}) as static folders.
 * Everything else is a quick 404. Resolves to {url(variant, i), staticUrl(prefix, path), close()}.
 */
export async function servePages(pages, variants, extraDirs = {}) {
  const routes = new Map();
  pages.forEach((p, i) => { p.path = pagePath(p, i); routes.set(p.path, p.file); });
  const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
    '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg',
    '.webp': 'image/webp', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [, variant, ...rest] = path.split('/');
    const headers = { 'Cache-Control': 'no-store' };
    let file = null;
    if (variant in variants) {
      if (variants[variant]) headers['Content-Security-Policy'] = variants[variant];
      file = routes.get(`/${rest.join('/')}`) ?? null;
      if (!file && rest[0] in extraDirs) {
        const base = resolve(extraDirs[rest[0]]);
        const f = resolve(join(base, ...rest.slice(1)));
        if (f.startsWith(base) && existsSync(f) && !f.endsWith('/')) file = f;
      }
    }
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    try {
      const body = readFileSync(file);
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { ...headers, 'Content-Type': MIME[ext] ?? 'application/octet-stream', 'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404, headers);
      res.end();
    }
  });
  await new Promise((r, j) => { server.once('error', j); server.listen(0, '127.0.0.1', r); });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: (variant, i) => `${base}/${variant}${pages[i].path}`,
    staticUrl: (variant, prefix, path) => `${base}/${variant}/${prefix}/${path}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
