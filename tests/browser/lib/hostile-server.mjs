// The server for the hostile pages (tests/browser/pages/hostile/pages.mjs). The browsers use it
// as their HTTP proxy for everything, so it sees every request a browser makes, from any page,
// frame, extension page or worker; it serves the made-up origins http://hostile.test and
// http://third.test and answers anything else with 502. The privacy test reads its log.
import { createServer } from 'node:http';
import { ORIGIN, PAGES, THIRD } from '../pages/hostile/pages.mjs';

const HOSTS = new Set([new URL(ORIGIN).host, new URL(THIRD).host]);

export async function startHostileServer() {
  const log = [];  // {at, method, url, host, path, status}
  const server = createServer((req, res) => {
    let url;
    try {
      // A proxy request carries the absolute URL; a direct one only the path.
      url = new URL(req.url, `http://${req.headers.host ?? 'unknown'}`);
    } catch {
      url = null;
    }
    const entry = { at: Date.now(), method: req.method, url: url?.href ?? req.url, host: url?.host ?? '', path: url?.pathname ?? '', status: 0 };
    log.push(entry);
    const send = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!url || !HOSTS.has(url.host)) return send(502, 'not on this test network\n', { 'Content-Type': 'text/plain' });
    if (url.pathname.startsWith('/beacon/')) return send(204, '');
    const page = PAGES[url.pathname];
    if (!page) return send(404, 'not found\n', { 'Content-Type': 'text/plain' });
    return send(200, page.html(), { 'Content-Type': 'text/html; charset=utf-8', ...(page.headers ?? {}) });
  });
  // HTTPS through the proxy (CONNECT): recorded and refused.
  server.on('connect', (req, socket) => {
    log.push({ at: Date.now(), method: 'CONNECT', url: req.url, host: req.url, path: '', status: 502 });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    proxy: `127.0.0.1:${port}`,
    log,
    beacons: () => log.filter((e) => e.path.startsWith('/beacon/') || e.url.includes('/beacon/')),
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** Launch options that send every request of the browser through the server. */
export function proxyArgs(proxy) {
  return {
    chromium: [`--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>'],
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': proxy.split(':')[0],
      'network.proxy.http_port': Number(proxy.split(':')[1]),
      'network.proxy.ssl': proxy.split(':')[0],
      'network.proxy.ssl_port': Number(proxy.split(':')[1]),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': true,
    },
  };
}
