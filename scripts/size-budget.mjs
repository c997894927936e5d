// Size budget: gzip size of the JavaScript the landing page loads, from the built dist/.
// Fails (exit 1) when the landing page is over budget or a lazy chunk is over its own limit.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const LANDING_BUDGET = 125 * KB;
const CHUNK_BUDGET = 40 * KB;
const dist = resolve(process.argv[2] ?? 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No ${dist}/index.html: run "npm run build" first.`);
  process.exit(1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]),
);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const assets = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);

let landing = 0;
const rows = assets.map((file) => {
  const size = gz(file);
  const isInitial = initial.has(file);
  if (isInitial) landing += size;
  return { file, size, isInitial };
});
rows.sort((a, b) => Number(b.isInitial) - Number(a.isInitial) || b.size - a.size);

const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`.padStart(9);
console.log('JavaScript, gzip -9 (KB = 1000 bytes)');
for (const { file, size, isInitial } of rows) {
  const flag = !isInitial && size > CHUNK_BUDGET ? '  <-- over the 40 KB lazy-chunk limit' : '';
  console.log(`${fmt(size)}  ${isInitial ? 'landing' : 'lazy   '}  ${file}${flag}`);
}
console.log(`${fmt(landing)}  landing page total (budget ${LANDING_BUDGET / KB} KB)`);

const overChunks = rows.filter((r) => !r.isInitial && r.size > CHUNK_BUDGET);
if (landing > LANDING_BUDGET || overChunks.length > 0) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
console.log('Size budget OK.');
