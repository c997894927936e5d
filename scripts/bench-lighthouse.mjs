// Prints Lighthouse scores (mobile and desktop) for the built app served by `vite preview`.
// A measurement, not a test: it prints figures and exits 0 unless Lighthouse itself fails.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}/`;
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const PAGES = [{ name: 'landing', url: BASE }];

if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
mkdirSync('.lighthouse', { recursive: true });

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
await waitFor(BASE);

try {
  for (const page of PAGES) {
    for (const preset of ['mobile', 'desktop']) {
      const out = `.lighthouse/${page.name}-${preset}.json`;
      const args = [
        'lighthouse',
        page.url,
        `--chrome-flags=${FLAGS}`,
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--quiet',
      ];
      if (preset === 'desktop') args.push('--preset=desktop');
      execFileSync('npx', args, {
        stdio: 'inherit',
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      });
      report(page.name, preset, JSON.parse(readFileSync(out, 'utf8')));
    }
  }
} finally {
  server.kill();
}

function report(name, preset, lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const ms = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  console.log(
    `${name.padEnd(8)} ${preset.padEnd(7)} performance ${score('performance')}  accessibility ${score('accessibility')}  best-practices ${score('best-practices')}  seo ${score('seo')}  ` +
      `FCP ${(ms('first-contentful-paint') / 1000).toFixed(2)} s  LCP ${(ms('largest-contentful-paint') / 1000).toFixed(2)} s  TBT ${Math.round(ms('total-blocking-time'))} ms  CLS ${ms('cumulative-layout-shift').toFixed(3)}`,
  );
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server at ${url} did not start`);
}
