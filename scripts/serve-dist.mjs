// A small static server for the built app, like a production static host: correct content types,
// gzip (Content-Encoding: gzip) for text files when the browser accepts it, long caching for the
// hashed assets and revalidation for everything else. Used by `npm run bench`.
//
//   node scripts/serve-dist.mjs [--port 4175] [--dir dist]
//   import { serveDist } from './serve-dist.mjs'; const server = await serveDist({ dir, port });
//   import { startServeDist } from './serve-dist.mjs'; const stop = await startServeDist({ dir, port });
// Use startServeDist (its own process) when the caller blocks its event loop, e.g. execFileSync.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

/** Starts the server; resolves once it listens. `close()` stops it. */
export function serveDist({ dir = 'dist', port = 4175, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const gzipCache = new Map();
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(response, 403, 'Forbidden');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(response, 404, 'Not found');
      const ext = extname(file);
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': path.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        Vary: 'Accept-Encoding',
      };
      let body = await readFile(file);
      const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (COMPRESSIBLE.has(ext) && acceptsGzip) {
        const key = `${file}:${info.mtimeMs}`;
        if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
        body = gzipCache.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      send(response, 500, String(error));
    }
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

/** Runs the server in a child process (so a caller that blocks still gets answers); resolves to stop(). */
export function startServeDist({ dir = 'dist', port = 4175 } = {}) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), '--dir', dir, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Wait for the child's own "Serving" line: a port someone else already uses fails here instead
  // of silently measuring their server.
  return new Promise((resolveStart, reject) => {
    child.stdout.once('data', () => resolveStart(() => child.kill()));
    child.once('exit', (code) => reject(new Error(`serve-dist exited (${code}) on port ${port}`)));
  });
}

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const port = Number(arg('--port', '4175'));
  const dir = arg('--dir', 'dist');
  await serveDist({ dir, port });
  console.log(`Serving ${resolve(dir)} with gzip at http://127.0.0.1:${port}/`);
}
