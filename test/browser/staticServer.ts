import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

/**
 * The production build (dist/) over plain HTTP on 127.0.0.1 and a port the OS picks, so parallel runs
 * never collide and nothing listens beyond this machine. Node's http only: no dev server, no deps.
 */
export interface StaticServer {
  /** "http://127.0.0.1:PORT" — the only origin the pane may talk to. */
  readonly origin: string;
  /** The path the folder is served under: "/" for dist/, "/addin/" for a package's web folder. */
  readonly base: string;
  /** Paths requested so far (diagnostics for failed tests). */
  readonly served: readonly string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveDirectory(root: string, mount = '/'): Promise<StaticServer> {
  const base = path.resolve(root);
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let full: string;
    try {
      full = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    served.push(full);
    // Outside the mount path there is nothing, as on an intranet server that hosts the add-in under /addin/.
    if (!full.startsWith(mount)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const rel = `/${full.slice(mount.length)}`;
    const file = path.resolve(base, `.${rel.endsWith('/') ? `${rel}index.html` : rel}`);
    // Never serve outside dist/ ("/../package.json").
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        base: mount,
        served,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
