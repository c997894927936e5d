// Servers, the WebKitGTK driver and small page helpers for the WebKit suite (plain JavaScript:
// Node 20 runs it without a TypeScript step). Needs a built dist/ (npm run build).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { Builder, By, Key } from 'selenium-webdriver';

const ROOT = new URL('../../', import.meta.url);
const PREVIEW_PORT = Number(process.env.WEBKIT_PREVIEW_PORT ?? 4302);
const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4446);
export const APP_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;
const SHOTS = new URL('test-results/webkit/', ROOT);
export { By, Key };

const CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': {
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    // --full-screen lets the window go below 447 px wide (390 and 320 here).
    args: ['--automation', '--full-screen'],
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHttp(url, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function startProcess(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `vite preview` on its own binary (so stopping it frees the port). */
export async function startPreview() {
  assert.ok(
    existsSync(new URL('dist/index.html', ROOT)),
    'dist/ is missing: run `npm run build` first',
  );
  const server = startProcess('./node_modules/.bin/vite', [
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PREVIEW_PORT),
    '--strictPort',
  ]);
  await waitForHttp(APP_URL);
  return server;
}

export async function startDriverServer() {
  const server = startProcess('/usr/bin/WebKitWebDriver', [`--port=${DRIVER_PORT}`]);
  await waitForHttp(`http://127.0.0.1:${DRIVER_PORT}/status`);
  return server;
}

/** A MiniBrowser session (its own fresh profile) with a 390×844 viewport. */
export async function newSession() {
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${DRIVER_PORT}`)
    .withCapabilities(CAPABILITIES)
    .build();
  await setWidth(driver, 390);
  return new Page(driver);
}

/** GTK will not size MiniBrowser's window below this (a setRect to 320 gives 334). */
const NARROWEST_WINDOW = 334;

async function setWidth(driver, width) {
  await driver.manage().window().setRect({ width, height: 844 });
  const inner = await driver.executeScript('return window.innerWidth');
  assert.equal(inner, width, `the viewport should be ${width} px wide`);
}

// WebDriver classic has no console or page-error events here: the page records its own errors
// in sessionStorage (kept across reloads of the tab) and the tests read them back.
const RECORDER = `
  if (!window.__wkRecorder) {
    window.__wkRecorder = true;
    const keep = (text) => {
      const list = JSON.parse(sessionStorage.getItem('wk:errors') || '[]');
      list.push(text);
      sessionStorage.setItem('wk:errors', JSON.stringify(list));
    };
    window.addEventListener('error', (e) => keep('error: ' + (e.message || e.type) + ' ' + (e.filename || '') + ':' + (e.lineno || '')));
    window.addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason))));
    const original = console.error;
    console.error = (...args) => { keep('console.error: ' + args.map(String).join(' ')); original.apply(console, args); };
  }`;

// Opens the current address in a frame `width` px wide, waits for it to render and settle, and
// returns how far its page lays out beyond the frame (or a string saying what went wrong).
const FRAME_OVERFLOW = `
  const [width, done] = arguments;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;inset:0 auto auto 0;height:844px;border:0;z-index:2147483647;width:' + width + 'px';
  const finish = (value) => { frame.remove(); done(value); };
  const timer = setTimeout(() => finish('the frame did not render in 10 s'), 10000);
  frame.addEventListener('load', () => {
    const started = Date.now();
    const poll = () => {
      const doc = frame.contentDocument;
      if (!doc?.querySelector('main h1') && Date.now() - started < 8000) return setTimeout(poll, 100);
      setTimeout(() => {
        clearTimeout(timer);
        const d = doc.documentElement;
        finish(Math.max(0, d.scrollWidth - d.clientWidth, doc.body.scrollWidth - d.clientWidth));
      }, 500);
    };
    poll();
  });
  frame.src = location.href;
  document.body.append(frame);`;

export class Page {
  constructor(driver) {
    this.driver = driver;
  }

  setWidth(width) {
    return setWidth(this.driver, width);
  }

  js(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }

  /** Waits until `script` (a function body) returns something truthy; returns that value. */
  async until(script, what, timeoutMs = 10_000, ...args) {
    let last;
    try {
      return await this.driver.wait(async () => (last = await this.js(script, ...args)), timeoutMs);
    } catch (error) {
      throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`, {
        cause: error,
      });
    }
  }

  async open(path) {
    await this.driver.get(new URL(path, APP_URL).href);
    await this.afterLoad();
  }

  async reload() {
    await this.driver.navigate().refresh();
    await this.afterLoad();
  }

  async afterLoad() {
    await this.until("return document.readyState === 'complete'", 'the page load');
    // A prerendered page is static HTML until React hydrates it (its nodes then carry React's
    // fiber keys); a click sent before that handover can leave WebKit's driver stalled.
    await this.until(
      "const node = document.querySelector('#root h1'); return !!node && Object.keys(node).some((key) => key.startsWith('__reactFiber'))",
      'the app to take over the page',
    );
    await this.js(RECORDER);
  }

  /** Errors recorded since the tab opened, and whether the error page is up. */
  async problems() {
    return this.js(`
      const list = JSON.parse(sessionStorage.getItem('wk:errors') || '[]');
      if (/Something went wrong|Algo salió mal/.test(document.body.innerText)) list.push('error page shown');
      return list;`);
  }

  async expectClean() {
    assert.deepEqual(await this.problems(), []);
  }

  /** Empties this origin's storage (not the service worker) and opens `path`. */
  async fresh(path) {
    await this.open('./');
    await this.js('localStorage.clear(); sessionStorage.clear();');
    // Leave the document so the next one starts from the emptied storage: a hash-only change
    // would keep the running app and its in-memory answers.
    await this.driver.get('about:blank');
    await this.open(path);
  }

  /** Case-blind: WebKit's innerText applies text-transform (an uppercase eyebrow reads "YOUR BEST FIT"). */
  async waitText(pattern, timeoutMs) {
    try {
      return await this.until(
        'return new RegExp(arguments[0], arguments[1]).test(document.body.innerText)',
        `text ${pattern}`,
        timeoutMs,
        pattern.source,
        pattern.flags.includes('i') ? pattern.flags : `${pattern.flags}i`,
      );
    } catch (error) {
      const text = await this.js('return document.body.innerText').catch(() => '(unreadable)');
      error.message += `\n--- the page said:\n${String(text).slice(0, 2000)}`;
      throw error;
    }
  }

  h1() {
    return this.js("return document.querySelector('h1')?.textContent.trim() ?? ''");
  }

  async press(...keys) {
    const actions = this.driver.actions();
    for (const key of keys) actions.sendKeys(key);
    await actions.perform();
  }

  /** Clicks the button or link whose visible text is exactly `text`. */
  async clickText(text, tag = '*') {
    const found = await this.driver.findElements(
      By.xpath(`//${tag}[self::a or self::button][normalize-space(.)=${xpathString(text)}]`),
    );
    assert.ok(found.length > 0, `no button or link named “${text}”`);
    await found[0].click();
  }

  /** Where the quiz is, in screens (the counted questions, then the education step). */
  async progress() {
    const found = await this.until(
      "const bar = document.querySelector('.quiz [role=progressbar]'); return bar && [bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')].join(' ')",
      'a quiz step',
    );
    const [current, total] = found.split(' ').map(Number);
    return { current, total };
  }

  /** Waits for screen `step` of `total`, saying what the student reads there. */
  waitStep(step, total) {
    const text =
      step === total
        ? '(Almost done|Casi terminas)'
        : // The question after the first half adds a word of encouragement after the count.
          `(Question|Pregunta) ${step} (of|de) ${total - 1}( · .+)?`;
    return this.until(
      `return new RegExp('^' + arguments[0] + '$', 'm').test(document.querySelector('.quiz')?.innerText ?? '') && document.querySelector('.quiz [role=progressbar]')?.getAttribute('aria-valuenow') === String(arguments[1])`,
      `step ${step} of ${total}`,
      10_000,
      text,
      step,
    );
  }

  checkedCount() {
    return this.js("return document.querySelectorAll('.quiz input[type=radio]:checked').length");
  }

  /** The rest of the quiz from the keyboard only: a number key, then Enter. */
  async answerByKeyboard(pick) {
    const { current, total } = await this.progress();
    for (let i = current; i <= total; i++) {
      await this.waitStep(i, total);
      await this.press(String(i === total ? Math.min(pick(i), 4) : pick(i)));
      await this.until(
        "return document.querySelectorAll('.quiz input[type=radio]:checked').length === 1",
        `a checked choice at step ${i}`,
      );
      await this.press(Key.ENTER);
    }
    await this.waitResults();
  }

  /** The rest of the quiz by pointer: click a choice's label; the quiz moves on by itself. */
  async answerByPointer(pick) {
    const { current, total } = await this.progress();
    for (let i = current; i <= total; i++) {
      await this.waitStep(i, total);
      const choice = i === total ? Math.min(pick(i), 4) : pick(i);
      const options = await this.driver.findElements(By.css('.quiz .likert-option'));
      await options[choice - 1].click();
    }
    await this.waitResults();
  }

  async waitResults() {
    await this.until(
      "return /#\\/results$/.test(location.hash) && document.querySelector('.result-hero h1')",
      'the results page',
    );
  }

  /** The share link and code shown on the results page. */
  async shareLink() {
    const link = await this.js(
      "return [...document.querySelectorAll('input')].find((i) => i.readOnly && i.value.includes('#/r/'))?.value",
    );
    assert.match(link, /#\/r\/c[A-Za-z0-9_-]+$/);
    return { link, code: link.split('#/r/')[1] };
  }

  ranking() {
    return this.js(
      "return [...document.querySelectorAll('.ranking > li .rank-title')].map((e) => e.textContent.trim())",
    );
  }

  /** Width the page lays out beyond the viewport (0 when nothing scrolls sideways). */
  overflow() {
    return this.js(
      'const d = document.documentElement; return Math.max(0, d.scrollWidth - d.clientWidth, document.body.scrollWidth - d.clientWidth)',
    );
  }

  /**
   * No sideways scroll at 390 px (the window) and at 320 px. MiniBrowser's window cannot be
   * narrower than 334 px, so 320 is measured on the same address in a 320 px same-origin frame
   * (media queries and layout follow the frame's width; storage is shared, so it shows the same
   * state). Counselor pages refuse to render framed: they are measured at the narrowest window.
   */
  async expectNoSidewaysScroll(label) {
    assert.equal(await this.overflow(), 0, `${label} scrolls sideways at 390 px`);
    if (await this.js("return location.hash.startsWith('#/counselor')")) {
      await setWidth(this.driver, NARROWEST_WINDOW);
      await sleep(150);
      const extra = await this.overflow();
      await setWidth(this.driver, 390);
      assert.equal(extra, 0, `${label} scrolls sideways at ${NARROWEST_WINDOW} px`);
      return;
    }
    const framed = await this.driver.executeAsyncScript(FRAME_OVERFLOW, 320);
    assert.equal(typeof framed, 'number', `${label} in a 320 px frame: ${framed}`);
    assert.equal(framed, 0, `${label} scrolls sideways at 320 px`);
  }

  async screenshot(name) {
    await mkdir(SHOTS, { recursive: true });
    // Let entrance animations and fonts settle before the picture.
    await sleep(400);
    await writeFile(new URL(`${name}.png`, SHOTS), await this.driver.takeScreenshot(), 'base64');
  }

  quit() {
    return this.driver.quit();
  }
}

function xpathString(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat('${text.replaceAll("'", `', "'", '`)}')`;
}
