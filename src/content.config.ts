/** Every collection, made from the schemas in src/lib/schemas.ts (the one place a data shape is declared). */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  chapterEditionSchema,
  chapterSchema,
  classroomSchema,
  denialSchema,
  exchangeSchema,
  flowSchema,
  glossarySchema,
  launchSchema,
  personSchema,
  placeSchema,
  sourceSchema,
  updateSchema,
} from './lib/schemas';

/** Where the content lives. Tests point this at a fixture copy to prove bad data fails the build. */
const CONTENT = process.env.CONTENT_DIR ?? './content';

// Generic, so that each collection's data keeps its schema's type (a plain z.ZodType would make it unknown).
const data = <S extends z.ZodType>(name: string, schema: S) =>
  defineCollection({ loader: file(`${CONTENT}/data/${name}.yaml`), schema });

export const collections = {
  story: defineCollection({ loader: glob({ base: `${CONTENT}/story`, pattern: '*.mdx' }), schema: chapterSchema }),
  /** The Korean edition's chapters: same ids as the English, checked against them in src/lib/translations.ts. */
  storyKo: defineCollection({ loader: glob({ base: `${CONTENT}/ko/story`, pattern: '*.mdx' }), schema: chapterEditionSchema }),
  sources: data('sources', sourceSchema),
  places: data('places', placeSchema),
  launches: data('launches', launchSchema),
  exchanges: data('exchanges', exchangeSchema),
  flows: data('flows', flowSchema),
  denials: data('denials', denialSchema),
  glossary: data('glossary', glossarySchema),
  people: data('people', personSchema),
  classroom: data('classroom', classroomSchema),
  updates: data('updates', updateSchema),
};
