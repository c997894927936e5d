import { afterAll, describe, expect, it } from 'vitest';
import type { CareerFit } from '../../src/domain';
import { QUESTIONS } from '../../src/content/questions';
import {
  confidenceSplit,
  itemStatistics,
  personaResults,
  reachability,
  readingLevels,
  robustness,
  speed,
  straightLineLevels,
} from './measures';
import { mulberry32 } from './rng';
import { median } from './stats';
import { columns, pct, printSummary, report } from './table';

const CHECKS = 8;
const fits = (ranking: readonly CareerFit[], n = 3) =>
  ranking
    .slice(0, n)
    .map((r) => `${r.careerId} ${r.fit.toFixed(1)}`)
    .join(', ');

describe('CareerFit model evaluation', () => {
  afterAll(() => printSummary(CHECKS));

  it('1. personas land on their expected career', () => {
    const results = personaResults();
    const misses = results.filter((r) => r.ranking[0]?.careerId !== r.expected);
    const hits = results.length - misses.length;
    report(
      {
        name: 'Personas',
        figure: `${hits}/${results.length} top-1 correct (${pct(hits / results.length)})`,
        target: '100%',
        pass: misses.length === 0,
      },
      misses.map(
        (m) =>
          `miss: ${m.key} expected ${m.expected}, got ${m.ranking[0]?.careerId}; top-3: ${fits(m.ranking)}`,
      ),
    );
    expect(misses.map((m) => m.key)).toEqual([]);
  });

  it('2. robustness: a one-point wobble on 20% of items keeps the top-1', () => {
    const RUNS = 200;
    const rates = robustness(RUNS, mulberry32(0x0b0b));
    const overall = rates.reduce((sum, r) => sum + r.rate, 0) / rates.length;
    const worst = rates.reduce((a, b) => (b.rate < a.rate ? b : a));
    const weak = rates.filter((r) => r.rate < 0.9);
    report(
      {
        name: 'Robustness',
        figure: `overall ${pct(overall)}, worst ${pct(worst.rate)} (${worst.key})`,
        target: '>= 90% each persona',
        pass: weak.length === 0,
      },
      [
        `${RUNS} runs per persona, ±1 on ${Math.round(0.2 * QUESTIONS.length)} of ${QUESTIONS.length} items`,
        ...weak.map(
          (w) =>
            `below target: ${w.key} ${pct(w.rate)} (lead ${w.margin.toFixed(1)} pts; flipped to ${JSON.stringify(w.flips)})`,
        ),
      ],
    );
    expect(weak).toEqual([]);
  });

  it('3. straight-lining is low confidence', () => {
    const levels = straightLineLevels();
    const low = levels.filter((l) => l.level === 'low').length;
    report(
      {
        name: 'Straight-lining',
        figure: `${low}/${levels.length} all-same answer sets low (${pct(low / levels.length)})`,
        target: '100% low',
        pass: low === levels.length,
      },
      [levels.map((l) => `all ${l.value}: ${l.level}`).join(', ')],
    );
    expect(levels.filter((l) => l.level !== 'low')).toEqual([]);
  });

  it('4. random answers are rarely high confidence', () => {
    const COUNT = 1000;
    const split = confidenceSplit(COUNT, mulberry32(0x5eed));
    const high = split.high / COUNT;
    report({
      name: 'Random answers',
      figure: `low ${pct(split.low / COUNT)} / medium ${pct(split.medium / COUNT)} / high ${pct(high)}`,
      target: 'high <= 10%',
      pass: high <= 0.1,
    });
    expect(high).toBeLessThanOrEqual(0.1);
  });

  it('5. reachability: every career can come out on top', () => {
    const reach = reachability();
    const failing = reach.filter((r) => r.personaHits === 0 || r.ranking[0]?.careerId !== r.id);
    const rows = reach.map((r) => [
      r.id,
      `personas top-1: ${r.personaHits}`,
      `own-profile answers → ${r.ranking[0]?.careerId === r.id ? 'top-1' : 'NOT top-1'}`,
      `(${fits(r.ranking, 2)})`,
    ]);
    report(
      {
        name: 'Reachability',
        figure: `${reach.length - failing.length}/${reach.length} careers reachable`,
        target: 'every career',
        pass: failing.length === 0,
      },
      columns(rows),
    );
    expect(failing.map((r) => r.id)).toEqual([]);
  });

  it('6. item statistics: every item agrees with its trait', () => {
    const { items, alpha } = itemStatistics(2000, 0.8, mulberry32(0x17e5));
    const rs = items.map((i) => i.r);
    const weakest = [...items].sort((a, b) => a.r - b.r).slice(0, 3);
    const min = weakest[0]?.r ?? NaN;
    report(
      {
        name: 'Item statistics',
        figure: `item-rest r min ${min.toFixed(3)}, median ${median(rs).toFixed(3)}`,
        target: 'every r > 0',
        pass: rs.every((r) => r > 0),
      },
      [
        '2,000 simulated respondents, noise SD 0.8; weakest items:',
        ...columns(weakest.map((w) => [`  ${w.id}`, w.trait, `r = ${w.r.toFixed(3)}`])),
        "Cronbach's alpha per trait (primary items, information only):",
        ...columns(alpha.map((a) => [`  ${a.trait}`, `${a.items} items`, a.alpha.toFixed(3)])),
      ],
    );
    expect(items.filter((i) => !(i.r > 0))).toEqual([]);
  });

  it('7. reading level: every question at grade 8 or below', () => {
    const levels = readingLevels();
    const max = levels[0]?.grade ?? NaN;
    const over = levels.filter((l) => l.grade > 8);
    report(
      {
        name: 'Reading level',
        figure: `max FK grade ${max.toFixed(1)}; ${over.length} of ${levels.length} above 8`,
        target: 'every grade <= 8',
        pass: over.length === 0,
      },
      [
        'hardest 5:',
        ...columns(levels.slice(0, 5).map((l) => [`  ${l.id}`, l.grade.toFixed(1), `"${l.text}"`])),
      ],
    );
    expect(over.map((l) => l.id)).toEqual([]);
  });

  it('8. speed: recommend() on 10,000 random answer sets', () => {
    const COUNT = 10_000;
    const { totalMs, perSetMs } = speed(COUNT, mulberry32(0xfa57));
    report({
      name: 'Speed',
      figure: `${totalMs.toFixed(0)} ms total, ${(perSetMs * 1000).toFixed(1)} µs per set`,
      target: '< 1 ms per set',
      pass: perSetMs < 1,
    });
    expect(perSetMs).toBeLessThan(1);
  });
});
