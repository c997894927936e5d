import { describe, expect, it } from 'vitest';
import { CAREER_IDS } from '../../src/domain';
import { careerFactsSchema, contentProblems } from '../../src/domain/content-schema';
import { CAREER_FACTS } from '../../src/content/career-facts';
import { CAREER_TITLES } from '../../src/content/career-titles';

const byId = new Map(CAREER_FACTS.map((f) => [f.id, f]));

describe('career facts content', () => {
  it('parses against the schema', () => {
    expect(contentProblems('src/content/careers/*.ts', CAREER_FACTS, careerFactsSchema)).toEqual(
      [],
    );
  });

  it('has one entry per career, in CAREER_IDS order', () => {
    expect(CAREER_FACTS.map((f) => f.id)).toEqual([...CAREER_IDS]);
  });

  it.each(CAREER_IDS)('%s has the same title as the light title list', (id) => {
    expect(byId.get(id)?.title).toBe(CAREER_TITLES.en[id]);
  });

  it("states the article's BLS figures for records technicians with their year", () => {
    const mrt = byId.get('medical-records-technician');
    expect(mrt?.pay?.label).toContain('40,350');
    expect(mrt?.pay?.year).toContain('2018');
    expect(mrt?.outlook?.label).toContain('11%');
    expect(mrt?.outlook?.year).toMatch(/2018.28/);
  });

  it.each([
    ['medical-records-technician', 'RHIT'],
    ['cancer-registrar', 'ODS'],
    ['medical-coder', 'CPC'],
    ['medical-coder', 'CCS'],
    ['medical-assistant', 'CMA'],
    ['medical-assistant', 'RMA'],
    ['pharmacy-technician', 'CPhT'],
    ['medical-transcriptionist', 'RHDS'],
  ] as const)('%s lists the %s credential', (id, code) => {
    expect(byId.get(id)?.credentials.some((c) => c.code.includes(code))).toBe(true);
  });

  it('says how each alternate differs from the records role, and only the alternates', () => {
    for (const facts of CAREER_FACTS) {
      const isRecordsFamily = [
        'medical-records-technician',
        'medical-coder',
        'cancer-registrar',
      ].includes(facts.id);
      expect(Boolean(facts.comparedWithRecords), facts.id).toBe(!isRecordsFamily);
    }
  });
});
