import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../../src/domain/embed-params';
import {
  DEFAULT_OPTIONS,
  appBaseUrl,
  changedParams,
  embedUrl,
  escapeAttribute,
  iframeSnippet,
  normalizeHeight,
  scriptSnippet,
  type EmbedOptions,
} from '../../../src/features/embed-builder/snippets';

const PAGE = 'https://school.example/careerfit/';
const ALL: EmbedOptions = {
  lang: 'es',
  accent: '#AA3300',
  org: '  Lincoln High  ',
  group: 'Period 3',
  startAtQuiz: true,
  events: true,
  height: 900,
};

/** Reads a snippet back the way a browser would. */
function parse(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { box: doc.querySelector('[data-careerfit]'), frame: doc.querySelector('iframe'), doc };
}

describe('escapeAttribute', () => {
  it.each([
    ['plain', 'plain'],
    ['Lincoln "Lions" High', 'Lincoln &quot;Lions&quot; High'],
    ["O'Neil", 'O&#39;Neil'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['A & B', 'A &amp; B'],
    ['&amp;', '&amp;amp;'],
    ['', ''],
  ])('%j → %j', (input, output) => expect(escapeAttribute(input)).toBe(output));

  it('round-trips through an HTML parser for hostile names', () => {
    const hostile = `"><img src=x onerror=alert(1)> ' & <b>`;
    const { box, doc } = parse(scriptSnippet(PAGE, { ...DEFAULT_OPTIONS, org: hostile }));
    expect(box?.getAttribute('data-org')).toBe(hostile.trim());
    expect(doc.querySelector('img, b')).toBeNull();
  });
});

describe('snippets with the default options', () => {
  it('leave every option out', () => {
    expect(changedParams(DEFAULT_OPTIONS)).toEqual([]);
    expect(scriptSnippet(PAGE, DEFAULT_OPTIONS)).toBe(
      '<div data-careerfit></div>\n' +
        '<script src="https://school.example/careerfit/embed.js" async></script>',
    );
    expect(iframeSnippet(PAGE, DEFAULT_OPTIONS)).toBe(
      '<iframe src="https://school.example/careerfit/?embed=1#/" title="CareerFit career quiz" ' +
        'loading="lazy" allow="clipboard-write; web-share" ' +
        'style="width:100%;height:900px;border:0"></iframe>',
    );
  });

  it('treat blank text and the default accent in capitals as unchanged', () => {
    expect(changedParams({ ...DEFAULT_OPTIONS, org: '   ', group: '', accent: '#0F6E6E' })).toEqual(
      [],
    );
  });

  it('find the app folder from index.html or a bare folder', () => {
    expect(appBaseUrl('https://school.example/careerfit/index.html')).toBe(PAGE);
    expect(appBaseUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/');
  });
});

describe('snippets with every option', () => {
  it('put every option on the box, in the loader’s order', () => {
    const { box } = parse(scriptSnippet(PAGE, ALL));
    expect(box?.getAttributeNames()).toEqual([
      'data-careerfit',
      'data-lang',
      'data-accent',
      'data-org',
      'data-group',
      'data-start',
      'data-events',
      'data-title',
    ]);
    expect(box?.getAttribute('data-title')).toBe('Cuestionario de carreras CareerFit');
    expect(box?.getAttribute('data-accent')).toBe('#aa3300');
    expect(box?.getAttribute('data-org')).toBe('Lincoln High');
  });

  it('build an iframe URL the app reads back to the same settings', () => {
    const { frame } = parse(iframeSnippet(PAGE, ALL));
    const src = new URL(frame?.getAttribute('src') ?? '');
    expect(src.origin + src.pathname).toBe(PAGE);
    expect(src.hash).toBe('#/');
    expect(parseEmbedParams(src.search)).toEqual({
      embed: true,
      lang: 'es',
      accent: '#aa3300',
      org: 'Lincoln High',
      group: 'Period 3',
      startAtQuiz: true,
      events: true,
      hostOrigin: null,
    });
    expect(frame?.getAttribute('style')).toBe('width:100%;height:900px;border:0');
    expect(frame?.getAttribute('loading')).toBe('lazy');
  });

  it('escape the separators in the iframe src and encode what the values hold', () => {
    const html = iframeSnippet(PAGE, { ...DEFAULT_OPTIONS, org: 'A&B "High"', group: '#1' });
    expect(html).toContain('?embed=1&amp;org=A%26B+%22High%22&amp;group=%231#/"');
    expect(embedUrl(PAGE, { ...DEFAULT_OPTIONS, org: 'A&B' })).toBe(`${PAGE}?embed=1&org=A%26B#/`);
  });
});

describe('the language option', () => {
  const script = (lang: EmbedOptions['lang']) =>
    parse(scriptSnippet(PAGE, { ...DEFAULT_OPTIONS, lang })).box;
  const frame = (lang: EmbedOptions['lang']) =>
    parse(iframeSnippet(PAGE, { ...DEFAULT_OPTIONS, lang })).frame;

  it('leaves lang out for the student’s choice, the default', () => {
    expect(DEFAULT_OPTIONS.lang).toBeNull();
    expect(script(null)?.hasAttribute('data-lang')).toBe(false);
    expect(new URL(frame(null)?.getAttribute('src') ?? '').searchParams.has('lang')).toBe(false);
  });

  it.each(['en', 'es'] as const)('fixes %s in both snippets', (lang) => {
    expect(script(lang)?.getAttribute('data-lang')).toBe(lang);
    const src = new URL(frame(lang)?.getAttribute('src') ?? '');
    expect(parseEmbedParams(src.search).lang).toBe(lang);
  });

  it('names the frame in Spanish when the quiz is in Spanish', () => {
    expect(frame('es')?.getAttribute('title')).toBe('Cuestionario de carreras CareerFit');
    expect(frame('en')?.getAttribute('title')).toBe('CareerFit career quiz');
    expect(script('en')?.hasAttribute('data-title')).toBe(false);
  });

  it('lets the plain iframe use the clipboard and share sheet, like the loader', () => {
    expect(frame(null)?.getAttribute('allow')).toBe('clipboard-write; web-share');
  });
});

describe('normalizeHeight', () => {
  it.each([
    [720, 720],
    [Number.NaN, 900],
    [0, 900],
    [-5, 900],
    [100, 300],
    [99999, 4000],
    [640.6, 641],
  ])('%s → %s', (input, output) => expect(normalizeHeight(input)).toBe(output));
});
