import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../src/domain/embed-params';

describe('parseEmbedParams', () => {
  it('is all off for a normal visit', () => {
    expect(parseEmbedParams('')).toEqual({
      embed: false,
      lang: null,
      accent: null,
      org: null,
      group: null,
      startAtQuiz: false,
      events: false,
      hostOrigin: null,
    });
  });

  it('reads every valid parameter', () => {
    const params = parseEmbedParams(
      '?embed=1&lang=es&accent=%23AA3300&org=Lincoln%20High&group=P3&start=quiz&events=1&origin=https%3A%2F%2Fschool.example',
    );
    expect(params).toEqual({
      embed: true,
      lang: 'es',
      accent: '#aa3300',
      org: 'Lincoln High',
      group: 'P3',
      startAtQuiz: true,
      events: true,
      hostOrigin: 'https://school.example',
    });
  });

  it.each([
    ['accent=red;}body{display:none}', 'accent', null],
    ['accent=%23ggg', 'accent', null],
    ['accent=url(x)', 'accent', null],
    ['lang=fr', 'lang', null],
    ['org=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'org', 'img src=x onerror=alert(1)'],
    [`group=${'x'.repeat(10_000)}`, 'group', null],
    ['group=%00%01', 'group', null],
    ['origin=javascript:alert(1)', 'hostOrigin', null],
    ['origin=https%3A%2F%2Fa.example%2Fpath', 'hostOrigin', null],
    ['start=landing', 'startAtQuiz', false],
    ['embed=true', 'embed', false],
  ] as const)('neutralises %s', (query, key, expected) => {
    expect(parseEmbedParams(`?${query}`)[key]).toEqual(expected);
  });

  it('caps long text at 60 characters', () => {
    expect(parseEmbedParams(`?org=${'a'.repeat(200)}`).org).toHaveLength(60);
  });
});
