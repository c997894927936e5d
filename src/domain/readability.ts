/**
 * Reading-level checks for quiz text: a heuristic syllable counter and the Flesch–Kincaid grade.
 * Pure functions, no DOM. Used by the content tests to keep every question at or below grade 8.
 */

const VOWEL_GROUPS = /[aeiouy]+/g;

/**
 * Vowel runs that are usually said as two syllables but count as one group:
 * "di-ag-nosis", "me-di-um", "act-u-al", "bi-ology", "cre-ate", "sci-ence", "i-de-a", "do-ing".
 */
const SPLIT_VOWELS = [
  /[^cgstx]ia/,
  /iu/,
  /[^gq]ua/,
  /[bdr]io/,
  /creat/,
  /scien/,
  /[^aeiouy]ea$/,
  /[aeiouy]ing$/,
];

/** A silent e inside a word, before a suffix or a second word: "careful", "lately", "homework". */
const SILENT_INNER_E = /[aeiouy][^aeiouy]+e(ful|less|ly$|work|times|thing|body|where)/;

/** Syllables in one plain lowercase word (letters only, no apostrophes or hyphens). */
function countPlainWord(word: string): number {
  if (word.length <= 3) return 1;
  let count = word.match(VOWEL_GROUPS)?.length ?? 0;
  for (const pattern of SPLIT_VOWELS) if (pattern.test(word)) count += 1;
  if (SILENT_INNER_E.test(word)) count -= 1;
  const beforeEnd = (ending: string) => word.at(-ending.length - 1) ?? '';
  const isConsonant = (ch: string) => /[b-df-hj-np-tv-z]/.test(ch);
  // Silent final e ("make", "nurse"), but not consonant + "le" ("table", "people").
  if (word.endsWith('e') && isConsonant(beforeEnd('e')) && !/[^aeiouy]le$/.test(word)) count -= 1;
  // "-es" is silent after most consonants ("makes", "files") but not in "boxes", "pages", "tables".
  else if (
    word.endsWith('es') &&
    isConsonant(beforeEnd('es')) &&
    !/(s|x|z|ch|sh|c|g|[^aeiouy]l)es$/.test(word)
  )
    count -= 1;
  // "-ed" is silent unless it follows t or d ("named" vs "created", "needed").
  else if (word.endsWith('ed') && isConsonant(beforeEnd('ed')) && !/[td]ed$/.test(word)) count -= 1;
  return Math.max(1, count);
}

/**
 * Estimates the syllables in one English word: vowel groups, with a silent final e, "-le",
 * "-es" and "-ed" endings, a few two-vowel splits, contractions ("didn't" = 2) and possessives
 * ("nurse's" = 2). Hyphenated words add up their parts; other punctuation is ignored.
 * Returns at least 1 for any word with a letter, and 0 when there are no letters at all.
 */
export function countSyllables(word: string): number {
  const parts = word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z'-]/g, '')
    .split('-')
    .filter((part) => /[a-z]/.test(part));
  return parts.reduce((sum, part) => {
    let extra = 0;
    let plain = part;
    if (/[^aeiouy]n't$/.test(plain)) extra += 1; // "didn't", "isn't" (but "don't", "can't")
    if (plain.endsWith("'s")) {
      plain = plain.slice(0, -2);
      if (/(s|z|x|ch|sh|ce|ge|se|ze)$/.test(plain)) extra += 1; // "nurse's", "boss's"
    }
    plain = plain.replace(/'/g, '');
    return sum + (plain ? countPlainWord(plain) : 1) + extra;
  }, 0);
}

/**
 * The Flesch–Kincaid grade level of a text:
 * 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
 * Words are runs of letters (an inner apostrophe or hyphen keeps a word whole); sentences end at
 * `.`, `!` or `?`, and text without an ending mark is one sentence. Text with no words scores 0.
 * Very plain text can score below 0; the value is not rounded.
 */
export function fleschKincaidGrade(text: string): number {
  const words = text.match(/[A-Za-z]+(?:['\u2019-][A-Za-z]+)*/g) ?? [];
  if (words.length === 0) return 0;
  const sentences = Math.max(1, text.split(/[.!?]+/).filter((s) => /[A-Za-z]/.test(s)).length);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}
