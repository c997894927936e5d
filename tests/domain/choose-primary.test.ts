import { describe, expect, it } from 'vitest';
import type { CareerId } from '../../src/domain/careers';
import type { CareerFit } from '../../src/domain/fit';
import { choosePrimary } from '../../src/domain/recommend';

const ranked = (...ids: CareerId[]): CareerFit[] =>
  ids.map((careerId, i) => ({ careerId, fit: 90 - 5 * i }) as CareerFit);

const managerFirst = ranked(
  'health-services-manager',
  'medical-assistant',
  'cancer-registrar',
  'medical-records-technician',
);

describe('choosePrimary', () => {
  it.each(['certificate', 'associate'] as const)(
    'puts the best records-family job first for a %s plan when the manager role leads',
    (plan) => {
      const { primary, growthPath } = choosePrimary(managerFirst, plan);
      expect(primary.careerId).toBe('cancer-registrar');
      expect(growthPath?.careerId).toBe('health-services-manager');
    },
  );

  it.each(['bachelor', 'unsure', null, undefined] as const)(
    'keeps the manager role first for a %s plan',
    (plan) => {
      expect(choosePrimary(managerFirst, plan)).toEqual({
        primary: managerFirst[0],
        growthPath: null,
      });
    },
  );

  it('keeps any other leader, whatever the plan', () => {
    const ranking = ranked('pharmacy-technician', 'health-services-manager');
    expect(choosePrimary(ranking, 'certificate')).toEqual({
      primary: ranking[0],
      growthPath: null,
    });
  });
});
