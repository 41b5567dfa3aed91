/** Ids for glossary popovers: a term may appear more than once on the page, each needs its own id. */
let count = 0;

/** `nextTermId('srbm')` -> "term-srbm-1", then "term-srbm-2", … unique within the build. */
export const nextTermId = (term: string): string => `term-${term}-${++count}`;
