import { describe, expect, it } from 'vitest';
import { isCounselorPath, normalizePath } from '../../src/domain/counselor-path';

describe('isCounselorPath', () => {
  it.each([
    '/counselor',
    '/counselor/',
    '/counselor/dashboard',
    '/COUNSELOR/dashboard',
    '/Counselor/Session',
    '/counselor/%64ashboard',
    '/%63ounselor/dashboard',
    '/%2563ounselor',
    '//counselor//dashboard',
    '/counselor/dashboard/',
    '/counselor/dashboard//',
    'counselor/session',
    '/counselor\\dashboard',
  ])('%j is a counselor page', (path) => expect(isCounselorPath(path)).toBe(true));

  it.each(['/', '/quiz', '/results', '/r/abc', '/counselors', '/careers/counselor', '/%E0%A4%A'])(
    '%j is not',
    (path) => expect(isCounselorPath(path)).toBe(false),
  );

  it('normalizes to the canonical spelling', () => {
    expect(normalizePath('//COUNSELOR/%64ashboard/')).toBe('/counselor/dashboard');
    expect(normalizePath('/')).toBe('/');
  });
});
