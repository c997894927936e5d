import { TRAIT_IDS, keyedValue } from '../../src/domain';
import type { Answers, LikertValue, Question, TraitId } from '../../src/domain';
import { normal, type Rng } from './rng';

/*
 * The simulated class (README "How scoring works"): written apart from the scoring code.
 * - Each student has a latent level per scale, standard normal, correlated as in CORRELATIONS
 *   (interest areas that sit next to each other on Holland's hexagon go together; organized
 *   students tend to be careful; social and enterprising students like company).
 * - Each student also has an acquiescence bias (SD 0.35 logits): some agree more with everything.
 * - Each item answers by Samejima's graded-response model: discrimination a ~ U(1.3, 2.3), four
 *   thresholds spread around an item location ~ N(0, 0.35). Reverse-keyed items load negatively
 *   on the trait, but acquiescence still pushes the raw answer up.
 */
const CORRELATIONS: readonly [TraitId, TraitId, number][] = [
  ['realistic', 'investigative', 0.3],
  ['investigative', 'artistic', 0.25],
  ['artistic', 'social', 0.3],
  ['social', 'enterprising', 0.3],
  ['enterprising', 'conventional', 0.25],
  ['conventional', 'realistic', 0.25],
  ['conventional', 'organization', 0.35],
  ['conventional', 'detail', 0.3],
  ['organization', 'detail', 0.45],
  ['investigative', 'technology', 0.25],
  ['social', 'communication', 0.3],
  ['enterprising', 'communication', 0.35],
  ['social', 'independence', -0.3],
  ['enterprising', 'independence', -0.3],
];

function choleskyOfCorrelations(): number[][] {
  const n = TRAIT_IDS.length;
  const index = new Map(TRAIT_IDS.map((t, i) => [t, i]));
  const r = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (const [a, b, value] of CORRELATIONS) {
    const i = index.get(a) as number;
    const j = index.get(b) as number;
    (r[i] as number[])[j] = value;
    (r[j] as number[])[i] = value;
  }
  const l = Array.from({ length: n }, () => Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let sum = (r[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i] as number[])[k]! * (l[j] as number[])[k]!;
      if (i === j) {
        if (sum <= 0) throw new Error('CORRELATIONS is not positive definite');
        (l[i] as number[])[j] = Math.sqrt(sum);
      } else (l[i] as number[])[j] = sum / (l[j] as number[])[j]!;
    }
  return l;
}

const CHOLESKY = choleskyOfCorrelations();

export interface Student {
  latent: Record<TraitId, number>;
  acquiescence: number;
}

export function drawStudent(rng: Rng): Student {
  const z = TRAIT_IDS.map(() => normal(rng));
  const latent = Object.fromEntries(
    TRAIT_IDS.map((t, i) => [t, CHOLESKY[i]!.reduce((sum, c, k) => sum + c * (z[k] ?? 0), 0)]),
  ) as Record<TraitId, number>;
  return { latent, acquiescence: 0.35 * normal(rng) };
}

export interface ItemParams {
  a: number;
  thresholds: [number, number, number, number];
}

export function drawItems(questions: readonly Question[], rng: Rng): Map<string, ItemParams> {
  return new Map(
    questions.map((q) => {
      const location = 0.35 * normal(rng);
      const a = 1.3 + rng();
      const thresholds = [-1.7, -0.6, 0.5, 1.6].map(
        (t) => t + location,
      ) as ItemParams['thresholds'];
      return [q.id, { a, thresholds }];
    }),
  );
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** One raw answer by the graded-response model. */
export function answerItem(
  question: Question,
  item: ItemParams,
  student: Student,
  rng: Rng,
): LikertValue {
  const theta = student.latent[question.trait] * (question.reverse ? -1 : 1) + student.acquiescence;
  const u = rng();
  let category = 1;
  for (const threshold of item.thresholds) {
    if (u < logistic(item.a * (theta - threshold))) category++;
    else break;
  }
  // The cumulative form: P(X ≥ k) falls with k, so one uniform draw walks up while it stays below.
  return category as LikertValue;
}

export function answerAll(
  questions: readonly Question[],
  items: Map<string, ItemParams>,
  student: Student,
  rng: Rng,
): Answers {
  return Object.fromEntries(
    questions.map((q) => [q.id, answerItem(q, items.get(q.id) as ItemParams, student, rng)]),
  );
}

/** The keyed (5 = more of the trait) value of every answered item, in question order. */
export function keyedValues(questions: readonly Question[], answers: Answers): number[] {
  return questions.map((q) => keyedValue(q, answers[q.id] as LikertValue));
}
