/** A source as the charts need it: who published what, when, and where to read it (see sources.yaml). */
export type { SourceData } from '../lib/schemas';
