/** The archive's README, in plain words: what is in it, what each table holds, and how it may be used. */
import type { Dataset } from './datasets';
import { LIST_DELIMITER } from './datasets';
import { SITE_NAME, TITLE } from '../lib/site';

export interface ReadmeInput {
  site: string;
  /** The content's version date. */
  version: string;
  /** Every file in the archive but the README itself, with its path in the archive. */
  files: Array<{ path: string; about: string }>;
  datasets: Dataset[];
  licence: { name: string; title: string; path: string };
}

export function readme({ site, version, files, datasets, licence }: ReadmeInput): string {
  const home = new URL('/', site).href;
  const width = Math.max(...files.map((f) => f.path.length));
  return `${TITLE}
${'='.repeat(TITLE.length)}

Everything you can download from ${home}data/, as of the version of ${version}.

WHAT YOU MAY DO WITH IT
Our text, charts and compiled data are under ${licence.title} (${licence.name}, ${licence.path}):
use them, change them and share them, also commercially, as long as you credit "${SITE_NAME}" and
link to ${home}. Quotations (the "quote" column of the denials table, and words in quotation
marks anywhere) are their speakers' and authors' words, not ours, and are not covered by that
licence. The map's land and borders come from Natural Earth, which is in the public domain.

THE DATA
Each table comes as CSV (UTF-8 with a byte-order mark, so Excel shows every letter; dates are
YYYY-MM-DD) and as JSON (the same rows as an array of objects). Columns that hold several values,
such as source_ids, separate them with "${LIST_DELIMITER}"; in the JSON they are arrays. Every row names
its sources, with each source's publisher, date and address. Amounts of arms and aid are claims
by the party named: none has been independently audited. datapackage.json describes every table
(field names, types, units, descriptions) as a Frictionless Data Package (v2), so tools such as
frictionless (Python), dpkit or R's frictionless package load all of it from that one file.

${datasets.map((d) => `${d.title} (${d.name}, ${d.rows.length} rows)\n  ${d.description}\n${d.fields.map((f) => `  - ${f.name}${f.unit ? ` [${f.unit}]` : ''}: ${f.description}`).join('\n')}`).join('\n\n')}

THE PICTURES
images/ holds every step of every chart as SVG and as PNG (1600 px wide, for slides), in light and
dark colours ("_dark" in the name). Under each chart is a caption strip with the step's takeaway,
its sources, the licence and the address of that step, which opens the story at the same picture.
The SVG files carry their own font, so they look the same on any computer.

THE FILES
${files.map((f) => `${f.path.padEnd(width)}  ${f.about}`).join('\n')}
${'README.txt'.padEnd(width)}  This file
`;
}
