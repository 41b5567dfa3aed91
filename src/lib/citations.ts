/**
 * The citation check: a sentence that states a number, a date or a quotation must be footnoted.
 * In the prose, a `<Cite>` anywhere in the sentence's paragraph counts; takeaways, glossary
 * entries, people and classroom lines name their sources in the data instead.
 *
 *   factIn('It flew about 400 km.')            -> 'a number'
 *   factIn('Kim met Putin.')                   -> null
 *   uncitedSentences('x\n\nIt flew 400 km.\n') -> [{ line: 3, sentence: 'It flew 400 km.', fact: 'a number' }]
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|half|third|quarter|twice|once';

/** What kind of checkable fact a sentence states, tested in this order. */
const FACTS: Array<[string, RegExp]> = [
  ['a quotation', /["“”]/],
  ['a date', new RegExp(`\\b(?:${MONTHS})\\b\\.?\\s*\\d|\\b(?:${MONTHS})\\b|\\b(?:19|20)\\d\\d\\b`)],
  ['a number', new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i')],
];

/** The kind of fact a line of text states ('a number', 'a date', 'a quotation'), or null. */
export function factIn(text: string): string | null {
  for (const [kind, pattern] of FACTS) if (pattern.test(text)) return kind;
  return null;
}

export interface UncitedSentence {
  /** 1-based line in the text given, plus `firstLine - 1`. */
  line: number;
  sentence: string;
  fact: string;
}

/** MDX markup as a reader sees it: `<Term t="x">word</Term>` -> `word`, `<Name p="kim-jong-un" />` -> `Name`. */
const readable = (mdx: string) =>
  mdx
    .replace(/<(Name)\s[^>]*\/>/g, '$1')
    .replace(/<[A-Za-z][^>]*>/g, '')
    .replace(/<\/[A-Za-z]+>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

/** Sentences end at . ! or ? (after any closing quote) before a capital, quote or digit; "a.m." and initials do not end one. */
const sentencesOf = (text: string): string[] =>
  text
    .replace(/\b(a|p)\.m\./g, '$1m')
    .replace(/\b([A-Z])\.(?=\s*[A-Z])/g, '$1')
    .split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Every sentence of an MDX body that states a fact in a paragraph with no `<Cite>`.
 * Paragraphs are separated by blank lines; `<Step>` wrappers and front-matter-free bodies are assumed.
 * `firstLine` is the line of the file on which the body starts, so messages point into the file.
 */
export function uncitedSentences(body: string, firstLine = 1): UncitedSentence[] {
  const found: UncitedSentence[] = [];
  const lines = body.split('\n');
  let paragraph: Array<{ text: string; line: number }> = [];
  const flush = () => {
    const text = paragraph.map((p) => p.text).join(' ');
    if (paragraph.length && !/<Cite\s/.test(text)) {
      for (const sentence of sentencesOf(readable(text))) {
        const fact = factIn(sentence);
        if (!fact) continue;
        // The line the sentence starts on: the first paragraph line containing its opening words.
        const opening = sentence.slice(0, 24);
        const at = paragraph.find((p) => readable(p.text).includes(opening)) ?? paragraph[0]!;
        found.push({ line: at.line, sentence, fact });
      }
    }
    paragraph = [];
  };
  lines.forEach((text, i) => {
    const line = firstLine + i;
    // A wrapper line (`<Step id="…">`, `</Step>`) or a blank line ends a paragraph.
    if (/^\s*$/.test(text) || /^\s*<\/?Step\b[^>]*>\s*$/.test(text) || /^\s*import\s/.test(text)) flush();
    else paragraph.push({ text, line });
  });
  flush();
  return found;
}
