// Writes dist/sw.js: the service worker with the list of every built file to precache and a
// version that changes whenever any of them does. Runs last in `npm run build` (after prerender).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
// Not worth a phone's storage: source maps, the robots file, the worker itself.
const SKIP = [/\.map$/, /^robots\.txt$/, /^sw\.js$/, /^\.vite\//];

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    ),
  );
  return files.flat();
}

const files = (await walk(dist))
  .map((file) => relative(dist, file).split(sep).join('/'))
  .filter((file) => !SKIP.some((pattern) => pattern.test(file)))
  .sort();

const template = await readFile(join(root, 'scripts/sw-template.js'), 'utf8');
const hash = createHash('sha256').update(template);
for (const file of files) {
  hash.update(file);
  hash.update(await readFile(join(dist, file)));
}
const version = hash.digest('hex').slice(0, 16);

const worker = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files]));
await writeFile(join(dist, 'sw.js'), worker);
console.log(`sw.js: ${files.length} files precached, version ${version}`);
