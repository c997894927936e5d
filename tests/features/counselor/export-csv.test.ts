import { describe, expect, it } from 'vitest';
import {
  encodeShareCode,
  scoreAnswers,
  TRAIT_IDS,
  type Answers,
  type EducationPlan,
  type LikertValue,
} from '../../../src/domain';
import { summarizeStudent } from '../../../src/domain/class-summary';
import { parseCsv, toCsv } from '../../../src/domain/csv';
import { CAREER_TITLES } from '../../../src/content/career-titles';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../src/content/question-sets';
import { QUESTIONS } from '../../../src/content/questions';
import { dashboardMessages } from '../../../src/features/counselor/dashboard/dashboard-messages';
import { csvHeader, csvRows } from '../../../src/features/counselor/dashboard/export-csv';
import { pilotReport, readExport } from '../../../scripts/pilot-stats.mjs';

// Answers that vary from item to item, so every scale gets a score of its own.
const varied = (shift: number): Answers =>
  Object.fromEntries(QUESTIONS.map((q, i) => [q.id, (((i + shift) % 5) + 1) as LikertValue]));

function rowFor(answers: Answers, educationPlan: EducationPlan | null, name: string) {
  const code = encodeShareCode(
    { answers, educationPlan, group: 'Period 3' },
    QUESTION_SETS,
    CONTENT_VERSION,
  );
  return summarizeStudent(QUESTIONS, {
    id: name,
    code,
    name,
    group: null,
    payload: { answers, educationPlan, group: 'Period 3' },
  }).row;
}

const link = (code: string) => `https://school.example/careerfit/#/r/${code}`;
const day = new Date(2026, 10, 27, 23, 30);
const exportOf = (rows: ReturnType<typeof rowFor>[], lang: 'en' | 'es' = 'en') =>
  csvRows(rows, dashboardMessages[lang], CAREER_TITLES[lang], link, day);
const column = (header: readonly (string | number | null)[], id: string) => header.indexOf(id);

describe('csvRows', () => {
  const ana = rowFor(varied(0), 'associate', 'Ana');
  const [header, line] = exportOf([ana]) as [string[], (string | number)[]];
  const cell = (id: string) => line[column(header, id)];

  it('has one stable header row in every language, with a score column for every scale', () => {
    expect(exportOf([ana], 'es')[0]).toEqual(header);
    expect(header).toEqual(csvHeader());
    expect(header.filter((h) => h.startsWith('score_'))).toEqual(
      TRAIT_IDS.map((trait) => `score_${trait}`),
    );
    expect(new Set(header).size).toBe(header.length);
    expect(line).toHaveLength(header.length);
  });

  it('gives the export day, the education plan, the top three with fits, confidence and code', () => {
    expect(cell('export_date')).toBe('2026-11-27');
    expect(cell('education_plan')).toBe('associate');
    ana.top.forEach((fit, i) => {
      expect(cell(`career_${i + 1}`)).toBe(fit.careerId);
      expect(cell(`career_${i + 1}_title`)).toBe(CAREER_TITLES.en[fit.careerId]);
      expect(cell(`fit_${i + 1}`)).toBe(Math.round(fit.fit));
    });
    expect(cell('confidence')).toBe(dashboardMessages.en[`confidence-${ana.confidence}`]);
    expect(cell('code')).toBe(ana.code);
    expect(cell('link')).toBe(link(ana.code));
  });

  it('scores every scale from the code, 0–100 with one decimal', () => {
    const profile = scoreAnswers(QUESTIONS, varied(0));
    for (const trait of TRAIT_IDS) {
      const score = cell(`score_${trait}`);
      expect(score).toBe(Math.round(profile[trait].score * 10) / 10);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  });

  it('leaves a scale with no answered item and an unknown plan empty', () => {
    const first = QUESTIONS[0]!;
    const answers: Answers = { [first.id]: 4 };
    const profile = scoreAnswers(QUESTIONS, answers);
    const [h, row] = exportOf([rowFor(answers, null, 'Bo')]) as [string[], (string | number)[]];
    expect(row[column(h, 'education_plan')]).toBe('');
    const empty = TRAIT_IDS.filter((t) => profile[t].answered === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const trait of TRAIT_IDS) {
      expect(row[column(h, `score_${trait}`)] === '').toBe(empty.includes(trait));
    }
  });
});

describe('an export read by npm run pilot', () => {
  it('round-trips: the same class exported twice, in two languages, agrees with itself', () => {
    const rows = [0, 1, 2, 3].map((shift) =>
      rowFor(varied(shift), 'bachelor', `Student ${shift} “${'ñ'.repeat(shift)}”, Jr.`),
    );
    const first = readExport(toCsv(exportOf(rows, 'en')));
    const second = readExport(toCsv(exportOf(rows, 'es')));
    expect(parseCsv(toCsv(exportOf(rows)))[1]?.[0]).toBe('Student 0 “”, Jr.');
    const report = pilotReport(first, second);
    expect(report.matched).toBe(4);
    expect(report.top1Agreement).toBe(1);
    expect(report.top3Overlap).toBe(1);
    expect(report.scales.map((s) => s.scale)).toEqual([...TRAIT_IDS]);
  });
});
