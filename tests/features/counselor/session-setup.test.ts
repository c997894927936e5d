import { describe, expect, it } from 'vitest';
import {
  EMPTY_SETUP,
  sessionLink,
  validateSetup,
  type SetupForm,
} from '../../../src/features/counselor/session/session-setup';
import { parseEmbedParams } from '../../../src/domain/embed-params';

const form = (patch: Partial<SetupForm>): SetupForm => ({ ...EMPTY_SETUP, ...patch });

describe('validateSetup', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Period 3 <b>', 'characters'],
    ['x'.repeat(41), 'too-long'],
    ['é'.repeat(21), 'too-long'],
    ['Period 3 — Room 214', undefined],
    ['x'.repeat(40), undefined],
  ])('group %j → %s', (group, problem) => {
    expect(validateSetup(form({ group })).group).toBe(problem);
  });

  it('needs no PIN for own-device sessions', () => {
    expect(validateSetup(form({ group: 'Period 3' }))).toEqual({});
  });

  it.each([
    ['', '', { pin: 'format' }],
    ['123', '123', { pin: 'format' }],
    ['12ab', '12ab', { pin: 'format' }],
    ['123456789', '123456789', { pin: 'format' }],
    ['1234', '1243', { pinAgain: 'mismatch' }],
    ['1234', '1234', {}],
    ['12345678', '12345678', {}],
  ])('shared device, PIN %j then %j', (pin, pinAgain, problems) => {
    expect(validateSetup(form({ group: 'G', sharedDevice: true, pin, pinAgain }))).toEqual(
      problems,
    );
  });
});

describe('sessionLink', () => {
  it('carries the group as a query parameter the app reads back, and opens the start page', () => {
    const link = sessionLink(
      { origin: 'https://school.example', pathname: '/careerfit/' },
      ' Period 3 — Room 214 & more ',
    );
    expect(link.startsWith('https://school.example/careerfit/?group=')).toBe(true);
    expect(link.endsWith('#/')).toBe(true);
    const url = new URL(link);
    expect(parseEmbedParams(url.search).group).toBe('Period 3 — Room 214 & more');
  });
});
