/**
 * Download file names, shared by the build and the browser (a chart's links follow its step).
 * Every name starts with the story's slug and says what the file is, so a teacher's downloads
 * folder stays readable: `envoy-and-the-arc_arc-ring_dark.png`.
 */
export const SLUG = 'envoy-and-the-arc';
/** Where the files are served. */
export const DOWNLOADS = '/downloads/';
/** The page that lists them all. */
export const DATA_PAGE = '/data/';

export type Theme = 'light' | 'dark';

export const datasetFile = (dataset: string, format: 'csv' | 'json'): string => `${SLUG}_${dataset}.${format}`;
export const stepImageFile = (stepId: string, theme: Theme, format: 'svg' | 'png'): string => `${SLUG}_${stepId}${theme === 'dark' ? '_dark' : ''}.${format}`;
