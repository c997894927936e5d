import { describe, expect, it } from 'vitest';
import { CAREER_TITLES } from '../../src/content/career-titles';
import { withArticle } from '../../src/features/results/result-copy';

/**
 * Spanish names people and jobs inclusively (docs/i18n.md, "Inclusive Spanish"): titles with "/a",
 * people with group words ("el personal médico", "cada estudiante", "quien…") or, sparingly, both
 * forms ("tu consejero o consejera"). This scans every Spanish text it can reach and fails on a
 * masculine-only (or feminine-only) word for a person.
 */

// Every module with Spanish copy outside src/domain.
const modules = import.meta.glob<Record<string, unknown>>(
  [
    '/src/**/messages.ts',
    '/src/**/*-messages.ts',
    '/src/**/*-copy.ts',
    '/src/content/**/*.ts',
    '/src/lib/figure-text.ts',
  ],
  { eager: true },
);

const SPANISH_TITLES = Object.values(CAREER_TITLES.es);
/** A title as the Spanish sentences take it ("técnico/a de registros médicos"). */
const TITLE_ARGS = SPANISH_TITLES.flatMap((title) => [title, withArticle(title, 'es')]);

const TITLE_PARAM = /^(?:title|article|recordsTitle|careerTitle)$/;
const parameterNames = (fn: (...args: never[]) => unknown): string[] =>
  (/^(?:function\s*\w*\s*)?\(?([^)=]*?)\)?\s*(?:=>|\{)/.exec(fn.toString())?.[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

interface SpanishText {
  where: string;
  text: string;
}

/** Every string under `value`; a function gives its source and what it says about each title. */
function texts(value: unknown, where: string, out: SpanishText[]): SpanishText[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    out.push({ where: `${where} (source)`, text: fn.toString() });
    // A message that takes a job title: read it once with each Spanish title.
    const params = parameterNames(fn);
    if (params.some((name) => TITLE_PARAM.test(name)))
      for (const title of TITLE_ARGS) {
        const said = fn(...params.map((name) => (TITLE_PARAM.test(name) ? title : '…')));
        if (typeof said === 'string') out.push({ where: `${where}("${title}")`, text: said });
      }
  } else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${where}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (key === 'citations') continue; // article quotes, in English
      texts(item, `${where}.${key}`, out);
    }
  return out;
}

const hasSpanish = (value: unknown): value is { es: unknown } =>
  typeof value === 'object' && value !== null && 'es' in value && 'en' in value;

const SPANISH: SpanishText[] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => hasSpanish(value))
    .flatMap(([name, value]) =>
      texts((value as { es: unknown }).es, `${file.replace('/src/', '')} ${name}.es`, []),
    ),
);

/** A RegExp whose \\b knows accented letters (JavaScript's \\b stops at "é"). */
const BOUNDARY = '(?:(?<!\\p{L})(?=\\p{L})|(?<=\\p{L})(?!\\p{L}))';
const words = (source: string | RegExp) =>
  new RegExp(
    (typeof source === 'string' ? source : source.source).replaceAll('\\b', BOUNDARY),
    'giu',
  );

// Allowed inclusive forms, taken out before looking: "técnico/a", "certificado/a", and both forms
// side by side ("tu consejero o consejera", "médicos y médicas", "el médico o la médica").
const ALLOWED = [
  words(/\p{L}+\/(?:a|as|es)\b/u),
  words(
    /\b(?:(?:el|los|un|unos|tu|tus|del|al)\s+)?(\p{L}+?)(?:o|os|or|ores)\s+[yuo]\s+(?:(?:la|las|una|unas|tu|tus)\s+)?\1(?:a|as|ora|oras)\b/u,
  ),
];

// Nouns for people: masculine in -o/-os, in -or/-ores, and nouns the same for both (where only
// the article says "he").
const O_NOUNS =
  'médic|enfermer|técnic|farmacéutic|emplead|usuari|alumn|maestr|consejer|compañer|amig|niñ|chic|abogad|secretari|cajer|tecnólog';
const OR_NOUNS =
  'orientador|codificador|registrador|transcriptor|director|profesor|doctor|trabajador|administrador|supervisor|investigador';
const SAME_NOUNS =
  'asistente|paciente|estudiante|gerente|recepcionista|especialista|agente|cliente|joven|visitante|dentista|terapeuta';
const MASCULINE_DETERMINER =
  'el|los|un|unos|del|al|este|estos|ese|esos|aquel|aquellos|otro|otros|todos los|algunos|muchos|pocos|varios|ningún|nuestro|nuestros|vuestro|mismo|propio';
const AFTER_DETERMINER = '(?:(?:siguiente|nuevo|nuevos|mismo|propio|primer|buen|mejor)\\s+)?';

interface Rule {
  pattern: RegExp;
  instead: string;
}

const RULES: Rule[] = [
  {
    pattern: words(
      `\\b(?:${MASCULINE_DETERMINER})\\s+${AFTER_DETERMINER}(?:(?:${O_NOUNS})os?|(?:${OR_NOUNS})(?:es)?|(?:${SAME_NOUNS})s?)\\b`,
    ),
    instead:
      '"el personal médico", "el equipo médico", "cada paciente", "cada estudiante", "quien trabaja en…", "tu consejero o consejera"',
  },
  {
    pattern: words(
      `(?<![\\p{L}/])(?:(?:${O_NOUNS.replace('médic|', '').replace('técnic|', '')})os|(?:${OR_NOUNS})es)\\b`,
    ),
    instead:
      'a group word: "el personal de enfermería", "el personal farmacéutico", "el estudiantado"',
  },
  {
    pattern: words(/\b(?:con|para|entre|que|a|y|o)\s+(?:médicos|técnicos)\b/),
    instead: '"el personal médico", "el equipo médico", "el personal técnico"',
  },
  {
    // "tu", "su" and "cada" say nothing of gender; the noun's own ending does.
    pattern: words(
      `\\b(?:tu|tus|su|sus|mi|mis|cada)\\s+${AFTER_DETERMINER}(?:(?:${O_NOUNS})os?|(?:${OR_NOUNS})(?:es)?)\\b`,
    ),
    instead: '"tu consejero o consejera", "cada estudiante", "tu docente"',
  },
  {
    pattern: words(/\benfermer[oa]s?\b/),
    instead: '"el personal de enfermería"',
  },
  {
    pattern: words(
      `\\b(?:la|las|una|unas)\\s+${AFTER_DETERMINER}(?:(?:${O_NOUNS})as?|(?:${OR_NOUNS})as?)\\b`,
    ),
    instead: 'both forms or a group word, not the feminine alone',
  },
  {
    // A job title or credential name with only the masculine form.
    pattern: words(`\\b(?:como|de|ser|es|eres)\\s+(?:(?:${O_NOUNS})o|(?:${OR_NOUNS}))\\b`),
    instead: 'the title with "/a": "técnico/a de farmacia", "codificador/a médico/a"',
  },
  {
    pattern: words(
      /(?<!personal\s)\b(?:técnico|codificador|registrador|transcriptor|empleado)\s+(?:de|médico|registrado|certificado|profesional)\b|\b(?:asistente|especialista|asociado)\s+(?:médico|registrado|certificado)\b/,
    ),
    instead: 'the title with "/a": "Técnico/a de registros médicos", "Asistente médico/a"',
  },
  {
    // Words that agree with the student reading.
    pattern: words(
      /\b(?:estás|eres|estar|sentirte|te sientes)\s+(?:list|segur|cansad|preparad|interesad|cuidados|content|nervios|ocupad|perdid|confundid|decidid|emocionad)[oa]s?\b|\btú\s+mism[oa]\b|\bti\s+mism[oa]\b|\bbienvenid[oa]s?\b|\btrabaj(?:ar|as|a|o|amos|an)\s+sol[oa]s?\b|\bjunt[oa]s\b/,
    ),
    instead:
      'a neutral wording: "¿Todo listo?", "Haz tú el cuestionario", "a solas", "en conjunto"',
  },
];

interface Finding {
  where: string;
  found: string;
  instead: string;
}

function genderedWords(text: string): { found: string; instead: string }[] {
  const cleaned = ALLOWED.reduce((t, allowed) => t.replace(allowed, ' '), text);
  return RULES.flatMap(({ pattern, instead }) =>
    [...cleaned.matchAll(pattern)].map((match) => ({ found: match[0], instead })),
  );
}

describe('inclusive Spanish', () => {
  it('reaches the Spanish texts: careers, titles, guide and every message catalog', () => {
    const where = SPANISH.map((t) => t.where).join('\n');
    for (const part of [
      'content/career-facts.ts CAREER_FACTS_BY_LOCALE.es',
      'content/career-titles.ts CAREER_TITLES.es',
      'content/discussion-guide.ts DISCUSSION_GUIDE.es',
      'content/restart-text.ts',
      'content/education-question.ts',
      'features/results/messages.ts resultsMessages.es.whyShows',
      'features/counselor/dashboard/dashboard-messages.ts',
      'features/careers/career-copy.ts CAREER_COPY.es',
    ])
      expect(where).toContain(part);
    expect(SPANISH.length).toBeGreaterThan(500);
  });

  it('finds what it looks for, and leaves the allowed forms alone', () => {
    for (const bad of [
      'Trabajas con un médico.',
      'Ayudas a los médicos en los exámenes.',
      'El médico la puede usar.',
      'Trabajar con médicos, enfermeros y agentes de seguros.',
      'Una enfermera toma la presión.',
      'Los estudiantes hacen el cuestionario.',
      'Habla con tu consejero escolar.',
      'Panel del consejero',
      'Técnico de registros médicos',
      'Codificador médico',
      'Asistente médico',
      'eso es gran parte de lo que hace un técnico de registros médicos.',
      'Trabaja 500 horas como técnico de farmacia.',
      'Los codificadores convierten diagnósticos en códigos.',
      'Ayudas a los farmacéuticos a surtir recetas.',
      '¿Estás listo?',
      'Haz el cuestionario tú mismo',
      'el dispositivo se borra para el siguiente estudiante.',
      'Ningún estudiante coincide.',
      'Bienvenido a CareerFit',
    ])
      expect(genderedWords(bad), bad).not.toEqual([]);

    for (const good of [
      'Técnico/a de registros médicos',
      'Codificador/a médico/a',
      'Registrador/a de cáncer',
      'Gerente de servicios médicos y de salud',
      'Habla con tu consejero o consejera escolar.',
      'el médico o la médica',
      'médicos y médicas',
      'Trabajas con el personal médico, de enfermería y de seguros.',
      'Cada estudiante hace el cuestionario.',
      'Los expedientes médicos y los registros médicos están en la computadora.',
      'Consultorios médicos',
      'Hablas con cada paciente.',
      '¿Todo listo?',
      'Haz tú el cuestionario',
      'Todo listo para la siguiente persona.',
      'Quien trabaja en registros puede llegar a gerente.',
    ])
      expect(genderedWords(good), good).toEqual([]);
  });

  it('has no masculine-only or feminine-only words for people', () => {
    const findings: Finding[] = SPANISH.flatMap(({ where, text }) =>
      genderedWords(text).map((f) => ({ where, ...f })),
    );
    const report = findings.map((f) => `${f.where}: "${f.found}" → ${f.instead}`);
    expect([...new Set(report)]).toEqual([]);
  });
});
