/** Narrow types for `subset-font` (it ships none): only the options this project uses. */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** Pin an axis to a value, or limit it to a range. */
    /** OpenType feature tags to keep (all by default). */
    keepFeatures?: string[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

/** Narrow types for `fontverter` (used by tests to read fonts back): only `convert`. */
declare module 'fontverter' {
  export function convert(font: Buffer, to: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}
