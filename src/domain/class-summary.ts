import { CAREER_IDS, type CareerId } from './careers';
import type { ConfidenceLevel } from './confidence';
import type { CareerFit } from './fit';
import { recommend } from './recommend';
import type { SharePayload } from './share-code';
import { TRAIT_IDS, type TraitId } from './traits';
import type { Question } from './types';

/** One collected result, decoded. */
export interface ClassResult {
  code: string;
  name: string | null;
  group: string | null;
  payload: SharePayload;
}

export interface StudentRow {
  code: string;
  name: string | null;
  group: string | null;
  recommended: CareerId;
  /** The three best-fitting careers, best first. */
  top: CareerFit[];
  confidence: ConfidenceLevel;
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
 * The group's picture from its result codes: what each student was recommended and how sure the
 * quiz was, how many got each career, and each trait's mean and spread (0–100 scores).
 */
export function summarizeClass(
  questions: readonly Question[],
  results: readonly ClassResult[],
): ClassSummary {
  const counts = new Map<CareerId, number>(CAREER_IDS.map((id) => [id, 0]));
  const sums = new Map<TraitId, { total: number; squares: number }>(
    TRAIT_IDS.map((id) => [id, { total: 0, squares: 0 }]),
  );
  const rows: StudentRow[] = [];
  let lowConfidence = 0;
  for (const result of results) {
    const { answers, educationPlan, group } = result.payload;
    const rec = recommend(questions, answers, { educationPlan });
    counts.set(rec.primary.careerId, (counts.get(rec.primary.careerId) ?? 0) + 1);
    for (const trait of TRAIT_IDS) {
      const entry = sums.get(trait) as { total: number; squares: number };
      const score = rec.profile[trait].score;
      entry.total += score;
      entry.squares += score * score;
    }
    if (rec.confidence.level === 'low') lowConfidence++;
    rows.push({
      code: result.code,
      name: result.name,
      group: result.group ?? group,
      recommended: rec.primary.careerId,
      // The recommendation first (it can differ from the best fit; see recommend()).
      top: [rec.primary, ...rec.ranking.filter((r) => r.careerId !== rec.primary.careerId)]
        .slice(0, 3)
        .map(({ careerId, fit }) => ({ careerId, fit })),
      confidence: rec.confidence.level,
    });
  }
  const n = results.length;
  const traits = TRAIT_IDS.map((trait) => {
    const { total, squares } = sums.get(trait) as { total: number; squares: number };
    const mean = n ? total / n : 0;
    const variance = n ? Math.max(0, squares / n - mean * mean) : 0;
    return { trait, mean, sd: Math.sqrt(variance) };
  });
  const recommendations = CAREER_IDS.map((careerId) => ({
    careerId,
    count: counts.get(careerId) ?? 0,
  }));
  return { count: n, recommendations, traits, lowConfidence, rows };
}
