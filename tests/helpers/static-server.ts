import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../src/lib/site/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** Types a static host or CDN compresses on the way out (Pagefind's own files are gzipped already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.ics', '.wasm', '.xml', '.txt']);

export interface StaticSite {
  url: string;
  /**
   * Every response in the order it finished: the path asked for and the bytes written to
   * the socket for it (headers and body, compressed when gzip is on) and when it finished
   * (Date.now()). Counted by the server,
   * so requests a browser reports poorly (a web worker's script) are counted too.
   */
  sent: { path: string; bytes: number; at: number }[];
  close: () => Promise<void>;
}

/**
 * Serves a built dist/ folder on 127.0.0.1 the way a plain static host does, optionally
 * under a sub-path (base), so tests meet the site as a user's browser would. With `gzip`,
 * text is compressed as a CDN would, so benchmarks see the bytes a phone really fetches.
 * Every response carries the security headers of the example server configurations
 * (src/lib/site/csp.ts), so the site is tested under its Content-Security-Policy as a header,
 * which also governs what the page's meta cannot: Pagefind's worker.
 */
export async function serveStatic(dir: string, base = '/', options: { gzip?: boolean } = {}): Promise<StaticSite> {
  const compressed = new Map<string, Buffer>();
  const sent: StaticSite['sent'] = [];
  const counted = new WeakMap<object, number>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const socket = request.socket;
    response.on('finish', () => {
      // Browsers reuse a connection for one request at a time, so the socket's growth
      // since the last response is this response.
      const before = counted.get(socket) ?? 0;
      counted.set(socket, socket.bytesWritten);
      sent.push({ path: url.pathname, bytes: socket.bytesWritten - before, at: Date.now() });
    });
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end('not under base');
      return;
    }
    pathname = pathname.slice(base.length - 1);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(path.join(dir, '404.html')).pipe(response);
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (
      options.gzip &&
      COMPRESSIBLE.has(path.extname(file)) &&
      /\bgzip\b/u.test(String(request.headers['accept-encoding']))
    ) {
      let body = compressed.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 });
        compressed.set(file, body);
      }
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'accept-encoding',
      });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
