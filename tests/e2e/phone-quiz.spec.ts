import { expect, test, type Page } from '@playwright/test';
import { tapOrClick } from './engine';
import { guardPage, stepText } from './helpers';

// Against the layout width, not window.innerWidth: headless Firefox draws a 12 px scrollbar, so a
// 390 px window lays out 378 px of page, and 12 px of overflow would hide behind it.
async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Where the answers start in the page's layout (offsets, so a slide-in transform does not count). */
const answersTop = (page: Page) =>
  page.getByRole('radiogroup').evaluate((element) => {
    let top = 0;
    for (
      let at: HTMLElement | null = element as HTMLElement;
      at;
      at = at.offsetParent as HTMLElement | null
    )
      top += at.offsetTop;
    return top;
  });

/** The answer itself is on the first screen: career, fit, one sentence, confidence, keep/share. */
async function expectAnswerOnFirstScreen(page: Page, copyLink: string, print: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const hero = page.locator('.result-hero');
  const parts = [
    page.locator('#result-title'),
    hero.locator('.band'),
    hero.locator('.fit-score'),
    hero.locator('.lead'),
    hero.locator('.confidence-headline'),
    hero.getByRole('button', { name: copyLink }),
    hero.getByRole('button', { name: print }),
  ];
  const height = page.viewportSize()?.height ?? 0;
  for (const part of parts) {
    await expect(part).toBeVisible();
    const box = await part.boundingBox();
    expect(box && box.y + box.height, String(part)).toBeLessThanOrEqual(height);
  }
}

test('on a phone, tapping an answer moves on by itself and results fit the screen', async ({
  page,
  browserName,
}) => {
  // Every screen of the quiz, each with its entrance: about a minute in Firefox on a loaded CI core.
  test.setTimeout(150_000);
  const guard = guardPage(page);
  await page.goto('./');
  await expectNoSideScroll(page);
  await tapOrClick(page.getByRole('link', { name: 'Start the quiz' }), browserName);
  const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
  const tops = new Set<number>();
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(stepText(i, total), { exact: true })).toBeVisible();
    const id = await page.locator('[data-question]').getAttribute('data-question');
    if (i < total) tops.add(await answersTop(page));
    // Varied answers (flat ones get "no clear match"); at most 4, the education step's count.
    const option = page.locator(`label[for="${id}-${Math.min(((i * 7) % 5) + 1, 4)}"]`);
    await expect(option).toBeVisible();
    const box = await option.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await tapOrClick(option, browserName);
  }
  await expect(page.getByText('Your best fit')).toBeVisible();
  // The answers stay put from question to question, however long the question is.
  expect([...tops]).toHaveLength(1);
  await expectNoSideScroll(page);
  await expectAnswerOnFirstScreen(page, 'Copy link', 'Print');
  await page.setViewportSize({ width: 320, height: 844 });
  await expectAnswerOnFirstScreen(page, 'Copy link', 'Print');
  await tapOrClick(page.getByRole('button', { name: 'Español' }), browserName);
  await expectAnswerOnFirstScreen(page, 'Copiar enlace', 'Imprimir');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAnswerOnFirstScreen(page, 'Copiar enlace', 'Imprimir');
  guard.expectClean();
});

test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./#/quiz');
  await expect(page.getByRole('radiogroup')).toBeVisible();
  await expectNoSideScroll(page);
});

test('in Spanish too, the answers start at the same place on every question', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('./?lang=es#/quiz');
  const total = Number(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
  const tops = new Set<number>();
  for (let i = 1; i < total; i++) {
    // The question after the first half adds "¡Ya vas a la mitad!" to the count.
    await expect(
      page.getByText(new RegExp(`^Pregunta ${i} de ${total - 1}( · ¡Ya vas a la mitad!)?$`)),
    ).toBeVisible();
    tops.add(await answersTop(page));
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
  }
  expect([...tops]).toHaveLength(1);
});
