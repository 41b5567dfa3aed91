import { describe, expect, it } from 'vitest';
import { factIn, uncitedSentences } from './citations';

describe('factIn(text)', () => {
  it.each([
    ['It flew about 400 km.', 'a number'],
    ['The estimates climbed to three million rounds.', 'a number'],
    ['It met on October 7.', 'a date'],
    ['Shoigu came back in 2024.', 'a date'],
    ['Putin said "That\'s why we came here."', 'a quotation'],
    ['She called it “the most absurd paradox”.', 'a quotation'],
  ])('finds the fact in %j', (text, kind) => {
    expect(factIn(text)).toBe(kind);
  });

  it.each(['The story starts on a map.', 'Kim met Putin at a spaceport.', 'What goes back is harder to see.'])('finds no fact in %j', (text) => {
    expect(factIn(text)).toBeNull();
  });
});

describe('uncitedSentences(body, firstLine)', () => {
  it('accepts a paragraph whose numbers are footnoted anywhere in it', () => {
    expect(uncitedSentences('It flew 400 km. It landed on land.<Cite s="a" />')).toEqual([]);
  });

  it('names each uncited sentence with its line in the file', () => {
    const body = ['', '<Step id="s1">', 'A map first.', '</Step>', '', '<Step id="s2">', 'No sources here. It flew about 400 km on September 18.', '</Step>'].join('\n');
    expect(uncitedSentences(body, 10)).toEqual([{ line: 16, sentence: 'It flew about 400 km on September 18.', fact: 'a date' }]);
  });

  it('reads markup as a reader sees it: tag attributes are not facts, a term’s words are', () => {
    expect(uncitedSentences('Under its <Term t="article-4">fourth article</Term> text.')).toEqual([]);
    expect(uncitedSentences('<Name p="kim-jong-un" /> fired <Term t="srbm">two missiles</Term>.')).toEqual([
      { line: 1, sentence: 'Name fired two missiles.', fact: 'a number' },
    ]);
  });

  it('does not split sentences at "a.m." or initials', () => {
    expect(uncitedSentences('At 6:50 a.m. Seoul spoke. The U.S. agreed.').map((s) => s.sentence)).toEqual(['At 6:50 am Seoul spoke.']);
  });

  it('treats a Step wrapper line as a paragraph break, so a Cite in one step does not cover the next', () => {
    const body = '<Step id="a">\nIt flew 400 km.<Cite s="x" />\n</Step>\n<Step id="b">\nIt flew 320 km.\n</Step>';
    expect(uncitedSentences(body).map((s) => s.line)).toEqual([5]);
  });
});
