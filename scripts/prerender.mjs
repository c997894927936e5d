// Post-build step of `npm run build`: renders the landing page and every career page to static HTML
// in dist/ (index.html and career-<id>.html), with the page's CSS inline, the first-paint gate as
// an inline script and, for career pages, modulepreload links for the career route's chunks.
// main.tsx hydrates them. See docs/architecture.md, "Prerendered first paint".
//
//   node scripts/prerender.mjs [distDir]    (after `vite build`; needs dist/.vite/manifest.json)
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const manifestPath = join(dist, '.vite/manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`prerender: no ${manifestPath}; run "vite build" first.`);
  process.exit(1);
}
// Vite's index.html is the template; a copy beside the manifest makes a second run give the same output.
const templatePath = join(dist, '.vite/prerender-template.html');
let template = await readFile(join(dist, 'index.html'), 'utf8');
if (template.includes('data-prerendered=')) template = await readFile(templatePath, 'utf8');
else await writeFile(templatePath, template);
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));

// 1. Bundle the server entry for Node (dependencies stay external and load from node_modules).
// Inside the project, so the bundle's bare imports (react, react-router…) resolve to node_modules.
const ssrDir = join(root, 'node_modules/.tmp/prerender');
await build({
  root,
  logLevel: 'warn',
  mode: 'production',
  build: {
    ssr: 'src/entry-prerender.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
    manifest: false,
    minify: false,
  },
});

// 2. Node has no (or, in newer versions, a file-backed) localStorage: give the app an empty one,
// so it renders as for a first visit with working storage.
const memory = new Map();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (key) => (memory.has(key) ? memory.get(key) : null),
    setItem: (key, value) => void memory.set(key, String(value)),
    removeItem: (key) => void memory.delete(key),
    clear: () => memory.clear(),
    key: (index) => [...memory.keys()][index] ?? null,
    get length() {
      return memory.size;
    },
  },
});

const entry = await import(pathToFileURL(join(ssrDir, 'entry-prerender.js')).href);

// 3. What each page needs from the client build.
const entryChunk = manifest['index.html'];
const entryFiles = new Set([entryChunk.file, ...chunkClosure('index.html').map((c) => c.file)]);

function chunkClosure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [chunk, ...(chunk.imports ?? []).flatMap((dep) => chunkClosure(dep, seen))];
}

const readAsset = (file) => readFile(join(dist, file), 'utf8');
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Inline CSS sits in <style>: a "</style" inside it would end the element early.
const styleSafe = (css) => css.replace(/<\/style/gi, '<\\/style');

const entryCss = (entryChunk.css ?? []).map((file) => file);
const entryCssText = (await Promise.all(entryCss.map(readAsset))).join('\n');
for (const file of entryCss) {
  const link = new RegExp(`\\s*<link rel="stylesheet"[^>]*href="\\./${escapeRegExp(file)}"[^>]*>`);
  if (!link.test(template)) throw new Error(`prerender: no <link> for ${file} in index.html`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Hides the prerendered page when the gate says it is not the page to show.
const GATE_CSS = 'html[data-render="client"] #root[data-prerendered]{display:none}';

const written = [];
for (const page of entry.pages) {
  const body = await entry.render(page.route);
  let routeCss = '';
  let preloads = '';
  if (page.routeModule) {
    const chunks = chunkClosure(page.routeModule).filter((c) => !entryFiles.has(c.file));
    if (chunks.length === 0)
      throw new Error(`prerender: ${page.routeModule} is not in the manifest`);
    preloads = chunks
      .map(
        (c) =>
          `\n    <link rel="modulepreload" crossorigin fetchpriority="low" href="./${c.file}">`,
      )
      .join('');
    const cssFiles = [...new Set(chunks.flatMap((c) => c.css ?? []))];
    routeCss = (await Promise.all(cssFiles.map(readAsset))).join('\n');
  }

  let html = template;
  for (const file of entryCss) {
    const link = new RegExp(
      `\\s*<link rel="stylesheet"[^>]*href="\\./${escapeRegExp(file)}"[^>]*>`,
    );
    html = html.replace(link, '');
  }
  const head =
    `\n    <script>(${entry.firstPaintGateSource})(${JSON.stringify(page.route)})</script>` +
    `\n    <style>${styleSafe(`${GATE_CSS}\n${entryCssText}\n${routeCss}`)}</style>` +
    preloads +
    '\n  </head>';
  html = html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/\s*<\/head>/, head)
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered="${escapeHtml(page.route)}">${body}</div>`,
    );
  if (!html.includes('data-prerendered=')) throw new Error('prerender: no <div id="root"></div>');
  html = deferScripts(html);
  await writeFile(join(dist, page.file), html);
  written.push(`${page.file} (${(Buffer.byteLength(html) / 1000).toFixed(1)} KB)`);
}

/**
 * The content is already in the HTML, so the app's scripts start loading only after the first
 * paint: they move, unchanged, into an inert <template> (where `npm run size` still counts them) and
 * a tiny loader adds them to <head> one frame after the page is painted (or after 300 ms in a
 * background tab, where frames do not run). Lighthouse then no longer counts them as possibly
 * delaying the first and largest paint.
 */
function deferScripts(html) {
  const tags = html.match(
    /\n\s*<script type="module"[^>]*><\/script>|\n\s*<link rel="modulepreload"[^>]*>/g,
  );
  if (!tags) throw new Error('prerender: no module script in index.html');
  for (const tag of tags) html = html.replace(tag, '');
  const loader =
    '(function(){var done=0;function go(){if(done)return;done=1;' +
    "var list=document.getElementById('app-modules').content.children;" +
    'for(var i=0;i<list.length;i++){var old=list[i],el=document.createElement(old.localName);' +
    'for(var j=0;j<old.attributes.length;j++)el.setAttribute(old.attributes[j].name,old.attributes[j].value);' +
    'document.head.appendChild(el)}}' +
    'requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,300)})()';
  return html.replace(
    /\s*<\/body>/,
    `\n    <template id="app-modules">${tags.map((t) => t.trim()).join('')}</template>` +
      `\n    <script>${loader}</script>\n  </body>`,
  );
}

await rm(ssrDir, { recursive: true, force: true });
console.log(`prerender: ${written.length} pages: ${written.join(', ')}`);
