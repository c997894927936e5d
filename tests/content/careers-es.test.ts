import { describe, expect, it } from 'vitest';
import { CAREER_IDS, type CareerFacts, type CareerId, type Figure } from '../../src/domain';
import { careerFactsSchema, contentProblems } from '../../src/domain/content-schema';
import { CAREER_FACTS, CAREER_FACTS_BY_LOCALE } from '../../src/content/career-facts';
import { CAREER_TITLES } from '../../src/content/career-titles';

const EN = CAREER_FACTS_BY_LOCALE.en;
const ES = CAREER_FACTS_BY_LOCALE.es;

function factsFor(list: readonly CareerFacts[], id: CareerId): CareerFacts {
  const facts = list.find((f) => f.id === id);
  if (!facts) throw new Error(`missing ${id}`);
  return facts;
}

const pairs = CAREER_IDS.map((id) => [id, factsFor(EN, id), factsFor(ES, id)] as const);

/** The digits, signs and separators of a figure label: "$40,350 a year (median)" → ["$40,350"]. */
function numbersIn(label: string): string[] {
  return label.match(/[+\-−$]?\d[\d,.]*%?/g) ?? [];
}

function figureShape(figure: Figure | null) {
  return figure && { numbers: numbersIn(figure.label), year: figure.year };
}

/** Every text a student reads, as [field path, text], in the same order for both languages. */
function texts(facts: CareerFacts): [string, string][] {
  return [
    ['summary', facts.summary],
    ...facts.duties.map((d, i): [string, string] => [`duties[${i}]`, d]),
    ...facts.traitsWhy.map((t, i): [string, string] => [`traitsWhy[${i}].why`, t.why]),
    ['education.typical', facts.education.typical],
    ...facts.credentials.flatMap((c, i): [string, string][] => [
      [`credentials[${i}].name`, c.name],
      [`credentials[${i}].issuer`, c.issuer],
      ...(c.note === undefined ? [] : [[`credentials[${i}].note`, c.note] as [string, string]]),
    ]),
    ...facts.workplaces.map((w, i): [string, string] => [`workplaces[${i}]`, w]),
    ['remote.note', facts.remote.note],
    ['growth', facts.growth],
    ...(facts.pay
      ? [
          ['pay.label', facts.pay.label] as [string, string],
          ['pay.source', facts.pay.source] as [string, string],
        ]
      : []),
    ...(facts.outlook
      ? [
          ['outlook.label', facts.outlook.label] as [string, string],
          ['outlook.source', facts.outlook.source] as [string, string],
        ]
      : []),
    ...(facts.comparedWithRecords === undefined
      ? []
      : [['comparedWithRecords', facts.comparedWithRecords] as [string, string]]),
  ];
}

/** Texts that are a proper name in both languages (an organisation known only by its initials). */
const SAME_IN_BOTH = new Set(['AAPC']);

/** Fields that may keep an official English name beside its Spanish meaning. */
const NAME_FIELD = /^credentials\[\d+\]\.(name|issuer)$/;

describe('Spanish career facts', () => {
  it('keeps CAREER_FACTS as the English list', () => {
    expect(EN).toBe(CAREER_FACTS);
  });

  it('has one entry per career, in CAREER_IDS order', () => {
    expect(ES.map((f) => f.id)).toEqual([...CAREER_IDS]);
  });

  it('parses against the schema', () => {
    expect(contentProblems('src/content/careers/es/*.ts', ES, careerFactsSchema)).toEqual([]);
  });

  it.each(pairs)('%s: title matches CAREER_TITLES.es', (id, _en, es) => {
    expect(es.title).toBe(CAREER_TITLES.es[id]);
  });

  it.each(pairs)('%s: same traits, credentials, education, remote level', (_id, en, es) => {
    expect(es.traitsWhy.map((t) => t.trait)).toEqual(en.traitsWhy.map((t) => t.trait));
    expect(es.credentials.map((c) => c.code)).toEqual(en.credentials.map((c) => c.code));
    expect(es.credentials.map((c) => c.note === undefined)).toEqual(
      en.credentials.map((c) => c.note === undefined),
    );
    expect(es.education.length).toBe(en.education.length);
    expect(es.remote.level).toBe(en.remote.level);
  });

  it.each(pairs)(
    "%s: same figures' numbers and years (sources are written in Spanish)",
    (_id, en, es) => {
      expect(figureShape(es.pay)).toEqual(figureShape(en.pay));
      expect(figureShape(es.outlook)).toEqual(figureShape(en.outlook));
    },
  );

  it.each(pairs)('%s: same list lengths and the English citations', (_id, en, es) => {
    expect(es.duties).toHaveLength(en.duties.length);
    expect(es.traitsWhy).toHaveLength(en.traitsWhy.length);
    expect(es.credentials).toHaveLength(en.credentials.length);
    expect(es.workplaces).toHaveLength(en.workplaces.length);
    expect(es.comparedWithRecords === undefined).toBe(en.comparedWithRecords === undefined);
    expect(es.citations).toEqual(en.citations);
  });

  it.each(pairs)('%s: every text is written in Spanish', (_id, en, es) => {
    const enTexts = texts(en);
    const esTexts = texts(es);
    expect(esTexts.map(([field]) => field)).toEqual(enTexts.map(([field]) => field));
    esTexts.forEach(([field, text], i) => {
      const english = enTexts[i]?.[1] ?? '';
      expect(text.trim(), field).not.toBe('');
      if (!SAME_IN_BOTH.has(english)) expect(text, field).not.toBe(english);
      // Official names may stay in English; everything else must not read as English.
      if (!NAME_FIELD.test(field)) {
        expect(text, field).not.toMatch(/\b(the|and|you|your|with|for|a year|median)\b/i);
      }
    });
  });
});
