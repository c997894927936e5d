import { z } from 'zod';
import { CAREER_IDS } from './careers';
import { TRAIT_IDS, traitKind } from './traits';
import { ARTICLE_TOPICS } from './article-topics';

/**
 * Schemas for the content files. Used by `npm test` (and any build-time check), not at runtime:
 * content is bundled TypeScript, so the app never parses it in the browser.
 */
const traitId = z.enum(TRAIT_IDS);
const articleTopic = z.enum(ARTICLE_TOPICS);

export const questionSchema = z
  .object({
    id: z.string().regex(/^q-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like q-some-words'),
    kind: z.enum(['statement', 'activity']),
    text: z.string().trim().min(8, 'is too short').max(120, 'is too long for one screen'),
    trait: traitId,
    reverse: z.boolean().optional(),
    source: z.string().trim().min(5, 'must say what in the article this item traces to'),
  })
  .strict()
  .refine((q) => (q.kind === 'activity') === (traitKind(q.trait) === 'interest'), {
    message: 'interest scales are asked as activities, skills and preferences as statements',
    path: ['kind'],
  })
  .refine((q) => !(q.reverse && q.kind === 'activity'), {
    message: 'activity items are never reverse-keyed',
    path: ['reverse'],
  });

const figure = z
  .object({
    label: z.string().min(2),
    year: z.string().regex(/\d{4}/, 'must name the year or period'),
    source: z.string().min(5, 'must name who published it'),
  })
  .strict();

export const careerFactsSchema = z
  .object({
    id: z.enum(CAREER_IDS),
    title: z.string().min(3),
    summary: z.string().min(10).max(160),
    duties: z.array(z.string().min(5)).min(3),
    traitsWhy: z.array(z.object({ trait: articleTopic, why: z.string().min(10) }).strict()).min(3),
    education: z
      .object({
        typical: z.string().min(10),
        length: z.enum(['high-school', 'certificate', 'associate', 'bachelor']),
      })
      .strict(),
    credentials: z.array(
      z
        .object({
          code: z.string().min(2),
          name: z.string().min(3),
          issuer: z.string().min(3),
          note: z.string().optional(),
        })
        .strict(),
    ),
    workplaces: z.array(z.string().min(3)).min(1),
    remote: z
      .object({ level: z.enum(['common', 'some', 'rare', 'unknown']), note: z.string().min(5) })
      .strict(),
    growth: z.string().min(10),
    pay: figure.nullable(),
    outlook: figure.nullable(),
    comparedWithRecords: z.string().min(10).optional(),
    citations: z.array(z.string().min(5)).min(1),
  })
  .strict();

/** Validates every item of a content file; each problem names the file, the item and the field. */
export function contentProblems(
  file: string,
  items: readonly unknown[],
  schema: z.ZodType,
): string[] {
  return items.flatMap((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return [];
    const id =
      typeof item === 'object' && item !== null && 'id' in item
        ? String(item.id)
        : `item ${index + 1}`;
    return result.error.issues.map(
      (issue) => `${file}: ${id}: ${issue.path.join('.') || '(item)'} ${issue.message}`,
    );
  });
}
