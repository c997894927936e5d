import type { Question, TraitId } from '../../src/domain';

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample variance (n − 1). */
export function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? NaN) + hi) / 2;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dy = (ys[i] ?? NaN) - my;
    sxy += (x - mx) * dy;
    sxx += (x - mx) ** 2;
    syy += dy ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Column `j` of a respondents × items matrix. */
export function column(matrix: readonly (readonly number[])[], j: number): number[] {
  return matrix.map((row) => row[j] ?? NaN);
}

export interface ItemStat {
  id: string;
  trait: TraitId;
  r: number;
}

/** Indices of the other items whose primary trait matches item `i`'s. */
function siblings(questions: readonly Question[], i: number): number[] {
  const trait = questions[i]?.trait;
  return questions.flatMap((q, j) => (j !== i && q.trait === trait ? [j] : []));
}

/**
 * Corrected item–total correlation: Pearson r between an item's keyed value and the mean of the
 * other primary items of the same trait, over all respondents.
 */
export function itemRestCorrelations(
  questions: readonly Question[],
  matrix: readonly (readonly number[])[],
): ItemStat[] {
  return questions.map((q, i) => {
    const others = siblings(questions, i);
    const rest = matrix.map((row) => mean(others.map((j) => row[j] ?? NaN)));
    return { id: q.id, trait: q.trait, r: pearson(column(matrix, i), rest) };
  });
}

/** Cronbach's alpha over item columns: k/(k − 1) × (1 − Σ item variance / total variance). */
export function cronbachAlpha(columns: readonly (readonly number[])[]): number {
  const k = columns.length;
  const first = columns[0];
  if (k < 2 || !first) return NaN;
  const totals = first.map((_, n) => columns.reduce((sum, col) => sum + (col[n] ?? NaN), 0));
  const itemVariance = columns.reduce((sum, col) => sum + variance(col), 0);
  return (k / (k - 1)) * (1 - itemVariance / variance(totals));
}

export function chanceAgreement(xs: readonly string[], ys: readonly string[]): number {
  const count = (vs: readonly string[]) => {
    const m = new Map<string, number>();
    for (const v of vs) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const cx = count(xs);
  const cy = count(ys);
  let p = 0;
  for (const [label, n] of cx) p += (n / xs.length) * ((cy.get(label) ?? 0) / ys.length);
  return p;
}

/** Cohen's κ for two label lists of the same subjects. */
export function cohensKappa(xs: readonly string[], ys: readonly string[]): number {
  const observed = xs.filter((x, i) => x === ys[i]).length / xs.length;
  const chance = chanceAgreement(xs, ys);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}
