import { CAREER_IDS, type CareerId } from './careers';
import { type ConfidenceLevel } from './confidence';
import { decide } from './decide';
import { type CareerFit } from './fit';
import type { SharePayload } from './share-code';
import { TRAIT_IDS, type TraitId } from './traits';
import type { Question } from './types';

/** One collected result, decoded. */
export interface ClassResult {
  /** Tells apart two students who answered alike (and so share a code). */
  id: string;
  code: string;
  name: string | null;
  group: string | null;
  payload: SharePayload;
}

export interface StudentRow {
  id: string;
  code: string;
  name: string | null;
  group: string | null;
  recommended: CareerId;
  /** The recommendation first, then the next best fits: three careers. */
  top: CareerFit[];
  confidence: ConfidenceLevel;
}

/** What one student adds to the class summary: their row and their trait scores. */
export interface StudentSummary {
  row: StudentRow;
  scores: Readonly<Record<TraitId, number>>;
}

export interface TraitSpread {
  trait: TraitId;
  mean: number;
  /** Population standard deviation across students (0 for one student). */
  sd: number;
}

export interface ClassSummary {
  count: number;
  /** How many students got each career as their recommendation; every career is listed. */
  recommendations: { careerId: CareerId; count: number }[];
  traits: TraitSpread[];
  lowConfidence: number;
  rows: StudentRow[];
}

/**
 * One student's line: the same decision as recommend() (decide()) and its confidence,
 * without the explanations a class view does not show (they are most of recommend()'s cost; a
 * test checks both agree).
 */
export function summarizeStudent(
  questions: readonly Question[],
  result: ClassResult,
): StudentSummary {
  const { answers, educationPlan, group } = result.payload;
  const { profile, shown, primary, confidence } = decide(questions, answers, educationPlan);
  const top = shown.slice(0, 3);
  const scores = Object.fromEntries(TRAIT_IDS.map((t) => [t, profile[t].score])) as Record<
    TraitId,
    number
  >;
  return {
    row: {
      id: result.id,
      code: result.code,
      name: result.name,
      group: result.group ?? group,
      recommended: primary.careerId,
      top,
      confidence: confidence.level,
    },
    scores,
  };
}

/** Counts, trait means and spreads from the students' lines. */
export function combineStudents(students: readonly StudentSummary[]): ClassSummary {
  const counts = new Map<CareerId, number>(CAREER_IDS.map((id) => [id, 0]));
  const totals = new Map<TraitId, { total: number; squares: number }>(
    TRAIT_IDS.map((id) => [id, { total: 0, squares: 0 }]),
  );
  let lowConfidence = 0;
  for (const { row, scores } of students) {
    counts.set(row.recommended, (counts.get(row.recommended) ?? 0) + 1);
    if (row.confidence === 'low') lowConfidence++;
    for (const trait of TRAIT_IDS) {
      const entry = totals.get(trait) as { total: number; squares: number };
      entry.total += scores[trait];
      entry.squares += scores[trait] * scores[trait];
    }
  }
  const n = students.length;
  const traits = TRAIT_IDS.map((trait) => {
    const { total, squares } = totals.get(trait) as { total: number; squares: number };
    const mean = n ? total / n : 0;
    const variance = n ? Math.max(0, squares / n - mean * mean) : 0;
    return { trait, mean, sd: Math.sqrt(variance) };
  });
  return {
    count: n,
    recommendations: CAREER_IDS.map((careerId) => ({ careerId, count: counts.get(careerId) ?? 0 })),
    traits,
    lowConfidence,
    rows: students.map((s) => s.row),
  };
}

/**
 * The group's picture from its result codes: what each student was recommended and how sure the
 * quiz was, how many got each career, and each trait's mean and spread (0–100 scores).
 */
export function summarizeClass(
  questions: readonly Question[],
  results: readonly ClassResult[],
): ClassSummary {
  return combineStudents(results.map((result) => summarizeStudent(questions, result)));
}
