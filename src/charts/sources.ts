/** A source as the charts need it: who published what, when, and where to read it (see sources.yaml). */
export interface SourceData {
  publisher: string;
  title: string;
  date: string;
  url?: string;
}
