// The journeys students and counselors depend on, in WebKitGTK's MiniBrowser through WebDriver.
// Run with `npm run build && npm run test:webkit` (needs webkit2gtk-driver and xvfb).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { APP_URL, By, Key, newSession, startDriverServer, startPreview } from './harness.mjs';

describe('CareerFit in WebKit (MiniBrowser, 390×844)', { timeout: 400_000 }, () => {
  let preview;
  let driverServer;
  let page;
  /** Results made in this run: { link, code, title, ranking }. */
  const made = {};

  before(async () => {
    [preview, driverServer] = await Promise.all([startPreview(), startDriverServer()]);
    page = await newSession();
  });

  after(async () => {
    await page?.quit().catch(() => undefined);
    await Promise.all([preview?.stop(), driverServer?.stop()]);
  });

  const keepResult = async (name) => {
    made[name] = {
      ...(await page.shareLink()),
      title: await page.h1(),
      ranking: await page.ranking(),
    };
  };

  test('the start page paints and does not scroll sideways', async () => {
    await page.fresh('./');
    assert.match(await page.h1(), /medical records/i);
    await page.screenshot('01-landing');
    await page.expectNoSidewaysScroll('the start page');
    await page.expectClean();
  });

  test('a student finishes the whole quiz by keyboard and gets a career', async () => {
    await page.fresh('./');
    // Tab from the top of the page to the Start link (WebKitGTK tabs to links by default).
    let onStart = false;
    for (let i = 0; i < 12 && !onStart; i++) {
      await page.press(Key.TAB);
      onStart = await page.js(
        "return document.activeElement?.textContent.trim() === 'Start the quiz'",
      );
    }
    assert.ok(onStart, 'Tab reaches the Start the quiz link');
    await page.press(Key.ENTER);
    await page.waitStep(1, (await page.progress()).total);
    await page.until(
      "return document.activeElement === document.querySelector('.quiz h1')",
      'focus on the question',
    );
    await page.screenshot('02-question');
    await page.expectNoSidewaysScroll('a question');

    await page.answerByKeyboard((i) => ((i * 7) % 5) + 1);
    await page.waitText(/Your best fit/);
    await page.waitText(/How sure is this\?/);
    await page.waitText(/All eight careers, best fit first/);
    assert.ok((await page.h1()).length > 3, 'the results name a career');
    assert.equal((await page.ranking()).length, 8);
    await keepResult('keyboard');
    // The answer is on the first screen: career, fit, confidence in words, the keep actions.
    const below = await page.js(`
      window.scrollTo(0, 0);
      return ['#result-title', '.result-hero .fit-score', '.result-hero .confidence-headline',
        '.keep-actions .button:last-child'].filter((selector) => {
        const element = document.querySelector(selector);
        return !element || element.getBoundingClientRect().bottom > innerHeight;
      });`);
    assert.deepEqual(below, [], 'everything of the answer is on the first screen');
    await page.screenshot('03-results-top');
    // A section opens from the keyboard, and the address says so.
    await page.js("document.querySelector('#why-title button').focus()");
    await page.press(Key.ENTER);
    await page.until(
      "return document.querySelector('#why-title button').getAttribute('aria-expanded') === 'true' && location.hash.endsWith('?open=why')",
      'the why section opens',
    );
    await page.expectNoSidewaysScroll('the results');
    await page.expectClean();
  });

  test('the same by pointer: a click on a choice moves on by itself', async () => {
    await page.fresh('#/quiz');
    await page.answerByPointer((i) => ((i * 3) % 5) + 1);
    await page.waitText(/Your best fit/);
    assert.equal((await page.ranking()).length, 8);
    await keepResult('pointer');
    assert.notEqual(made.pointer.code, made.keyboard.code);
    await page.expectClean();
  });

  test('a reload in the middle of the quiz resumes at the same question', async () => {
    await page.fresh('#/quiz');
    const { total } = await page.progress();
    for (let i = 1; i <= 5; i++) {
      await page.waitStep(i, total);
      await page.press('4');
      await page.until('return document.querySelector(".quiz input:checked")', 'a choice');
      await page.press(Key.ENTER);
    }
    await page.waitStep(6, total);
    await page.reload();
    await page.waitStep(6, total);
    await page.clickText('Back');
    await page.waitStep(5, total);
    assert.equal(await page.js('return document.querySelector(".quiz input:checked")?.value'), '4');
    assert.equal(await page.checkedCount(), 1);

    // "Start over" asks first, with focus on the safe choice; Escape keeps every answer.
    await page.clickText('Start over', 'button');
    await page.until("return document.querySelector('dialog[open]')", 'the start-over dialog');
    assert.equal(
      await page.js('return document.activeElement?.textContent.trim()'),
      'Keep my answers',
    );
    await page.press(Key.ESCAPE);
    await page.until("return !document.querySelector('dialog[open]')", 'the dialog to close');
    await page.waitStep(5, total);
    assert.equal(await page.checkedCount(), 1);
    await page.expectClean();
  });

  test('a share link opens the same result in a fresh session, marked as shared', async () => {
    const { link, title, ranking } = made.pointer;
    // WebKitWebDriver runs one session at a time: the student's browser closes, a new one
    // (a fresh profile: no stored answers) opens the link.
    await page.quit();
    const other = await newSession();
    try {
      await other.open(link);
      await other.waitText(/Someone shared this result with you\./);
      assert.equal(await other.h1(), title);
      assert.deepEqual(await other.ranking(), ranking);
      await other.waitText(/Take the quiz yourself/);
      assert.equal(await other.js("return localStorage.getItem('careerfit:quiz')"), null);
      await other.expectClean();
    } finally {
      await other.quit();
      page = await newSession();
    }
  });

  test('a career page shows its facts', async () => {
    await page.open('#/careers/medical-coder');
    await page.until("return document.querySelector('h1')?.textContent === 'Medical coder'", 'h1');
    await page.waitText(/Similar careers|similar/i);
    await page.screenshot('04-career-page');
    await page.expectNoSidewaysScroll('a career page');
    await page.expectClean();
  });

  test('Spanish: the quiz and results in Spanish, and the switch back to English', async () => {
    await page.fresh('?lang=es#/quiz');
    assert.equal(await page.js('return document.documentElement.lang'), 'es');
    await page.waitText(/Pregunta 1 de \d+/);
    await page.answerByKeyboard((i) => ((i * 7) % 5) + 1);
    await page.waitText(/Lo que más encaja contigo/);
    // The same answers score the same in both languages.
    assert.equal((await page.shareLink()).code, made.keyboard.code, 'same answers, same code');
    await page.screenshot('06-spanish-results');
    await page.expectNoSidewaysScroll('the Spanish results');
    await page.clickText('English', 'button');
    await page.waitText(/Your best fit/);
    assert.equal(await page.js('return document.documentElement.lang'), 'en');
    assert.equal(await page.h1(), made.keyboard.title);
    await page.expectClean();
  });

  test('a counselor pastes codes and links and sees the report and the group', async () => {
    const { keyboard, pointer } = made;
    const damaged =
      keyboard.code.slice(0, 15) +
      (keyboard.code[15] === 'A' ? 'B' : 'A') +
      keyboard.code.slice(16);
    await page.fresh('#/counselor/dashboard');
    await page.until(
      "return document.querySelector('h1')?.textContent === 'Counselor dashboard'",
      'the dashboard',
    );
    const box = await page.driver.findElement(By.css('textarea.counselor-paste'));
    // Lines typed with the Enter key: WebKitGTK's driver drops a "\n" inside sendKeys text.
    await box.sendKeys(
      keyboard.code,
      Key.ENTER,
      `not-a-code, ${damaged}`,
      Key.ENTER,
      `${APP_URL}#/r/${pointer.code}; ${keyboard.code}`,
    );
    await page.clickText('Add codes', 'button');
    await page.waitText(/Added: 2/);
    await page.waitText(/Already in the list \(skipped\): 1/);
    await page.waitText(/Not a CareerFit result code\./);
    await page.waitText(/Damaged: part of it is missing or mistyped\./);
    await page.waitText(/Students: 2/);
    await page.until(
      "return document.activeElement?.textContent === 'Import report'",
      'focus on the import report',
    );
    await page.screenshot('05-counselor-dashboard');
    await page.expectNoSidewaysScroll('the counselor dashboard');
    await page.reload();
    await page.waitText(/Students: 2/);
    await page.expectClean();
  });

  test('the embed builder: every snippet box shows its whole code without an inner scrollbar', async () => {
    await page.fresh('#/embed');
    await page.until(
      "return document.querySelectorAll('.builder-snippet textarea').length >= 2",
      'the snippet boxes',
    );
    // WebKit has no field-sizing, so this is the script fallback at work.
    assert.equal(await page.js("return CSS.supports('field-sizing', 'content')"), false);
    const check = `return [...document.querySelectorAll('.builder-snippet textarea')].map((box) => {
      const capped = box.scrollHeight > parseFloat(getComputedStyle(box).maxHeight);
      return { label: box.labels?.[0]?.textContent.trim(), fits: capped || box.scrollHeight <= box.clientHeight + 1 };
    })`;
    for (const width of [390, 334]) {
      await page.setWidth(width);
      await page
        .until(`${check}.every((b) => b.fits)`, `snippet boxes fit at ${width} px`)
        .catch(async (error) => {
          error.message += ` ${JSON.stringify(await page.js(check))}`;
          throw error;
        });
    }
    await page.setWidth(390);
    await page.screenshot('07-embed-builder');
    await page.expectNoSidewaysScroll('the embed builder');
    await page.expectClean();
  });

  test('after one visit the app reloads and works with the server gone', async () => {
    await page.fresh('./');
    await page.until(
      `return navigator.serviceWorker.ready.then((r) => r.active?.state === 'activated' && !!navigator.serviceWorker.controller)`,
      'an active service worker controlling the page',
      20_000,
    );
    await preview.stop();
    await assert.rejects(fetch(APP_URL), 'the preview server is down');
    await page.reload();
    assert.match(await page.h1(), /medical records/i);
    await page.clickText('Start the quiz', 'a');
    const { total } = await page.progress();
    await page.waitStep(1, total);
    await page.press('4');
    await page.press(Key.ENTER);
    await page.waitStep(2, total);
    // A lazy route still loads, from the service worker's cache.
    await page.open('#/careers/medical-coder');
    await page.until("return document.querySelector('h1')?.textContent === 'Medical coder'", 'h1');
    await page.expectClean();
  });
});
