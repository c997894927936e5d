import { expect, test } from '@playwright/test';
import { QUESTION_IDS } from '../../src/content/question-ids';
import { CONTENT_VERSION, QUESTION_SETS } from '../../src/content/question-sets';
import { encodeShareCode } from '../../src/domain/share-code';
import type { LikertValue } from '../../src/domain/types';
import { APP_URL } from './helpers';

test('the embed builder styles every text field alike', async ({ page }) => {
  await page.goto(`${APP_URL}#/embed`);
  await page.getByLabel('School name').waitFor();
  const looks = await page
    .locator(
      '.builder-field input[type="text"], .builder-field input[type="number"], .builder-field select',
    )
    .evaluateAll((fields) =>
      fields.map((field) => {
        const s = getComputedStyle(field);
        return {
          height: Math.round(field.getBoundingClientRect().height),
          border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
          radius: s.borderTopLeftRadius,
          font: `${s.fontSize} ${s.fontFamily}`,
        };
      }),
    );
  expect(looks.length).toBeGreaterThanOrEqual(4);
  for (const look of looks) expect(look).toEqual(looks[0]);
  expect(looks[0]!.height).toBeGreaterThanOrEqual(44);
});

test.describe('career names never break inside a word', () => {
  const answers = Object.fromEntries(
    QUESTION_IDS.map((id, i) => [id, (((i * 7) % 5) + 1) as LikertValue]),
  );
  const code = encodeShareCode(
    { answers, educationPlan: 'certificate', group: null },
    QUESTION_SETS,
    CONTENT_VERSION,
  );

  for (const lang of ['en', 'es'] as const)
    for (const width of [320, 375, 390])
      test(`${lang} at ${width} px: every word of every ranked name is on one line`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${APP_URL}?lang=${lang}#/r/${code}?open=careers`);
        const names = page.locator('.rank-title');
        await expect(names).toHaveCount(8);
        const broken = await names.evaluateAll((elements) =>
          elements.flatMap((element) => {
            const text = element.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE)
              return [`${element.textContent}: not text`];
            const content = text.textContent ?? '';
            const split: string[] = [];
            for (const match of content.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              const lines = new Set(
                [...range.getClientRects()].map((rect) => Math.round(rect.top)),
              );
              if (lines.size > 1) split.push(`${match[0]} in "${content}"`);
            }
            return split;
          }),
        );
        expect(broken).toEqual([]);
      });
});
