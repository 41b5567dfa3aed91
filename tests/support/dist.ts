/** The folder the build under test is in: `dist/`, or `$ASTRO_OUT_DIR` when runs keep their builds apart (astro.config.mjs). */
export const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';
