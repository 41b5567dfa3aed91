/**
 * Every word the flow diagram draws or says that is not in the content, in each edition: lane
 * names, the phrases that attribute a claim or a denial, the inset, the cards, the `<desc>`, the
 * source line and the data table. The content's own words (amounts, claimants, quotes,
 * takeaways) come from `storyContent(locale)`. The layout runs in the browser as well, so it
 * reads these through the model's `locale`; both tables are small.
 *
 *   WORDS.en.claimTag([['Seoul (NIS)', 'Nov 2023']]) -> 'Claimed by Seoul (NIS), Nov 2023'
 *   WORDS.ko.claimTag([['한국(국정원)', '2023년 11월']]) -> '주장: 한국(국정원) 2023년 11월'
 */
import { dateRange, utcDate, utcFormatter } from '../../lib/dates';
import type { Locale } from '../../i18n/locales';
import type { Category, Side } from '../../lib/vocabulary';
import { r2 } from '../scene';

/** The bound a claimant put on an estimate. */
export type Qualifier = 'more than' | 'about' | 'up to' | '';

export interface ChartWords {
  /** The SVG's `<title>`. */
  /** `from`, `to`: the years of the first and last dated claim or denial drawn. */
  title: (from: string, to: string) => string;
  /** Country names: over the bars (upper-cased where the script has case) and in the table. */
  side: Record<Side, string>;
  /** The capitals, which deny. */
  capital: Record<Side, string>;
  /** Each lane's name, and a shorter one for narrow screens. */
  lanes: Record<Category, { name: string; shortName: string }>;
  /** A claim's month: "Nov 2023". */
  monthYear(iso: string): string;
  /** The months of several claims: "Feb, Jun 2024", "Dec 2023, Mar 2024". */
  months(isoMonths: string[]): string;
  /** Every claimant of a lane with the months of their claims. */
  claimTag(groups: Array<[who: string, months: string]>): string;
  /** One claimant, its month, and how many more claims the lane has. */
  claimTagShort(who: string, month: string, more: number): string;
  /** A lane on the record (not a claim), alone or with the answer to it. */
  onRecord: string;
  onRecordAnswer(who: string, date: string, quote: string): string;
  noDenial: string;
  /** Who denies a lane, by capital. */
  deniedBy(capitals: string[]): string;
  /** The amount of a lane of things sought, and of a claim with no figure. */
  sought: string;
  noAmount: string;
  /** A lane's amount with who states it and when: on one line, or its two parts; and the short form. */
  amountWho(amount: string, who: string): string;
  who(claimant: string, date: string): string;
  amountShort(amount: string, who: string, month: string): string;
  inset: {
    title: string;
    /** What the open dots are: short (compact screens) and full. */
    subShort: string;
    subLong: string;
    /** An axis figure: "4.8M". */
    millions(value: number): string;
    /** A figure with its bound: "up to 4.8M". */
    value(qualifier: Qualifier, figure: string): string;
    /** Who gave an estimate and when. */
    source(who: string, month: string): string;
  };
  cards: {
    /** Over each column of denials (upper-cased where the script has case). */
    head(capital: string): string;
    who(who: string, date: string): string;
    quote(quote: string, publisher: string): string;
  };
  /** The step in words, for `<desc>`. */
  desc: {
    empty: string;
    /** One side's lanes: "North Korea to Russia: …". */
    side(from: Side, items: string[]): string;
    claimsItem(lane: string, claims: string, denial: string): string;
    amountItem(lane: string, amount: string, claimant: string, date: string): string;
    shells(items: string[]): string;
    shellItem(text: string, claimant: string, date: string, converted: boolean): string;
    denials(items: string[]): string;
    denialItem(who: string, date: string, quote: string): string;
    frame(label: string, note: string): string;
    widths: string;
  };
  /** The line under the chart: the first publishers, how many more, and the caveats. */
  sourceLine(publishers: string[]): string;
  table: {
    label: string;
    /** `from`, `to`: the months of the first and last dated claim or denial ("October 2023"). */
    caption: (from: string, to: string) => string;
    from: string;
    to: string;
    what: string;
    amount: string;
    claimedBy: string;
    date: string;
    deniedBy: string;
    sources: string;
    /** A lane's name leading the row's description. */
    lead(name: string): string;
    status: { claimed: string; uncertain: string; 'on-record': string };
    conversion(text: string): string;
    noDenial: string;
    denier(who: string, date: string): [before: string, after: string];
    denialsCaption: string;
    who: string;
    said: string;
  };
}

const enMonthYear = (iso: string) => dateRange(iso).replace(/ \d+,/, '');
const koMonthYear = utcFormatter({ year: 'numeric', month: 'long' }, 'ko');
const koYear = utcFormatter({ year: 'numeric' }, 'ko');
const koMonth = utcFormatter({ month: 'long' }, 'ko');
const koCompact = new Intl.NumberFormat('ko-KR', { notation: 'compact' });
const EN_QUALIFIER = { 'more than': 'over ', about: 'about ', 'up to': 'up to ', '': '' } as const;

/** The English edition: the words the chart has always used. */
const en: ChartWords = {
  title: (from, to) => `Flow diagram: what North Korea and Russia are said to send each other, ${from === to ? from : `${from}–${to}`}`,
  side: { kp: 'North Korea', ru: 'Russia' },
  capital: { kp: 'Pyongyang', ru: 'Moscow' },
  lanes: {
    shells: { name: 'Artillery shells', shortName: 'Shells' },
    munitions: { name: 'Containers of munitions', shortName: 'Containers' },
    missiles: { name: 'Ballistic missiles (Hwasong-11)', shortName: 'Missiles' },
    food: { name: 'Food and other aid', shortName: 'Food, aid' },
    oil: { name: 'Refined oil', shortName: 'Oil' },
    'raw-materials': { name: 'Raw materials, weapons parts', shortName: 'Raw materials' },
    technology: { name: 'Satellite and weapons help', shortName: 'Weapons help' },
    'weapons-sought': { name: 'Jets, air defences: sought', shortName: 'Arms sought' },
    'diplomatic-cover': { name: 'UN veto: sanctions panel ended', shortName: 'UN veto' },
  },
  monthYear: enMonthYear,
  months(isoMonths) {
    const years = new Set(isoMonths.map((m) => m.slice(0, 4)));
    const name = (m: string) => enMonthYear(`${m}-01`);
    if (years.size === 1) return `${isoMonths.map((m) => name(m).split(' ')[0]).join(', ')} ${[...years][0]}`;
    return isoMonths.map(name).join(', ');
  },
  claimTag: (groups) => `Claimed by ${groups.map(([who, months]) => `${who}, ${months}`).join('; ')}`,
  claimTagShort: (who, month, more) => `Claimed by ${who}, ${month}${more > 0 ? ` and ${more} more` : ''}`,
  onRecord: 'On the record',
  onRecordAnswer: (who, date, quote) => `On the record. ${who}, ${date}: “${quote}”`,
  noDenial: 'No denial on record',
  deniedBy: (capitals) => `Denied by ${capitals.join(' and ')}`,
  sought: 'sought, not confirmed delivered',
  noAmount: 'no amount stated',
  amountWho: (amount, who) => `${amount} — ${who}`,
  who: (claimant, date) => `${claimant}, ${date}`,
  amountShort: (amount, who, month) => `${amount} (${who}, ${month})`,
  inset: {
    title: 'How the shell estimates grew, in rounds',
    subShort: 'Open dots: converted from containers',
    subLong: 'Open dots: containers the claimant converted into 152mm rounds',
    millions: (v) => `${r2(v / 1e6)}M`,
    value: (q, figure) => `${EN_QUALIFIER[q]}${figure}`,
    source: (who, month) => `${who}, ${month}`,
  },
  cards: {
    head: (capital) => `${capital} denies`,
    who: (who, date) => `${who}, ${date}`,
    quote: (quote, publisher) => `“${quote}” (${publisher})`,
  },
  desc: {
    empty: 'North Korea on the left, Russia on the right; no flows drawn.',
    side: (from, items) => `${en.side[from]} to ${en.side[from === 'kp' ? 'ru' : 'kp']}: ${items.join('; ')}.`,
    claimsItem: (lane, claims, denial) => `${lane}: ${claims}; ${denial}`,
    amountItem: (lane, amount, claimant, date) => `${lane}: ${amount} (${claimant}, ${date})`,
    shells: (items) => `Shell estimates, in rounds: ${items.join('; ')}.`,
    shellItem: (text, claimant, date, converted) => `${text} (${claimant}, ${date}${converted ? ', converted from containers' : ''})`,
    denials: (items) => `Denials: ${items.join('; ')}.`,
    denialItem: (who, date, quote) => `${who}, ${date}: “${quote}”`,
    frame: (label, note) => `${label}. ${note}.`,
    widths: 'Arrow widths are all the same: the amounts are in different units and cannot be compared.',
  },
  sourceLine: (publishers) =>
    `Sources: ${publishers.slice(0, 4).join(', ')} and ${publishers.length - 4} more (table below). Every amount is a claim by the party named, none independently verified. Arrows all have the same width: rounds, containers, barrels and missiles cannot be compared.`,
  table: {
    label: 'Table: every claimed flow, who claims it, and who denies it',
    caption: (from, to) => `Flows between North Korea and Russia, as claimed, ${from} to ${to}`,
    from: 'From',
    to: 'To',
    what: 'What',
    amount: 'Amount as stated',
    claimedBy: 'Claimed by',
    date: 'Date',
    deniedBy: 'Denied by',
    sources: 'Sources',
    lead: (name) => `${name}.`,
    status: { claimed: 'Claimed', uncertain: 'Uncertain', 'on-record': 'On the record' },
    conversion: (text) => ` (claimant's conversion: ${text})`,
    noDenial: 'No denial on record',
    denier: (who) => [`${who} (`, ')'],
    denialsCaption: 'The denials, quoted',
    who: 'Who',
    said: 'What they said',
  },
};

/** North Korea's name for the missile family, as Korean media write it. */
/** As the Korean chapters and glossary write it. */
const HWASONG_11 = '화성-11';
const KO_QUALIFIER = { 'more than': (f: string) => `${f} 이상`, about: (f: string) => `약 ${f}`, 'up to': (f: string) => `최대 ${f}`, '': (f: string) => f } as const;

/** The Korean edition: a Korean newsroom's chart words, claim for claim and caveat for caveat the English. */
const ko: ChartWords = {
  title: (from, to) => `흐름도: 북한과 러시아가 서로 보낸다고 알려진 것(${from === to ? from : `${from}~${to}`}년)`,
  side: { kp: '북한', ru: '러시아' },
  capital: { kp: '평양', ru: '모스크바' },
  lanes: {
    shells: { name: '포탄', shortName: '포탄' },
    munitions: { name: '탄약 컨테이너', shortName: '컨테이너' },
    missiles: { name: `탄도미사일(${HWASONG_11})`, shortName: '미사일' },
    food: { name: '식량 등 지원 물자', shortName: '식량·지원' },
    oil: { name: '정제유', shortName: '정제유' },
    'raw-materials': { name: '원자재·무기 부품', shortName: '원자재' },
    technology: { name: '위성·무기 기술 지원', shortName: '기술 지원' },
    'weapons-sought': { name: '전투기·방공무기: 요구', shortName: '요구 무기' },
    'diplomatic-cover': { name: '유엔 거부권: 전문가 패널 종료', shortName: '유엔 거부권' },
  },
  monthYear: (iso) => koMonthYear(utcDate(iso)),
  months(isoMonths) {
    const years = [...new Set(isoMonths.map((m) => m.slice(0, 4)))];
    const day = (m: string) => utcDate(`${m}-01`);
    if (years.length === 1) return `${koYear(day(isoMonths[0]!))} ${isoMonths.map((m) => koMonth(day(m))).join('·')}`;
    return isoMonths.map((m) => koMonthYear(day(m))).join('·');
  },
  claimTag: (groups) => `주장: ${groups.map(([who, months]) => `${who} ${months}`).join('; ')}`,
  claimTagShort: (who, month, more) => `주장: ${who} ${month}${more > 0 ? ` 외 ${more}건` : ''}`,
  onRecord: '공식 기록',
  onRecordAnswer: (who, date, quote) => `공식 기록. ${who}, ${date}: “${quote}”`,
  noDenial: '부인한 기록 없음',
  deniedBy: (capitals) => `부인: ${capitals.join('·')}`,
  sought: '요구, 실제 전달은 확인 안 됨',
  noAmount: '수량 언급 없음',
  amountWho: (amount, who) => `${amount} — ${who}`,
  who: (claimant, date) => `${claimant}, ${date}`,
  amountShort: (amount, who, month) => `${amount} — ${who} ${month}`,
  inset: {
    title: '포탄 추정치의 변화(단위: 발)',
    subShort: '빈 원: 컨테이너 수를 환산',
    subLong: '빈 원: 주장한 측이 컨테이너 수를 152mm 포탄으로 환산',
    millions: (v) => koCompact.format(v),
    value: (q, figure) => KO_QUALIFIER[q](figure),
    source: (who, month) => `${who} ${month}`,
  },
  cards: {
    head: (capital) => `${capital} 측 부인`,
    who: (who, date) => `${who}, ${date}`,
    quote: (quote, publisher) => `“${quote}”(${publisher})`,
  },
  desc: {
    empty: '왼쪽은 북한, 오른쪽은 러시아. 표시된 흐름은 없다.',
    side: (from, items) => `${from === 'kp' ? '북한에서 러시아로' : '러시아에서 북한으로'}: ${items.join('. ')}.`,
    claimsItem: (lane, claims, denial) => `${lane} — ${claims}; ${denial}`,
    amountItem: (lane, amount, claimant, date) => `${lane} — ${amount}(${claimant}, ${date})`,
    shells: (items) => `포탄 추정치(단위: 발): ${items.join('; ')}.`,
    shellItem: (text, claimant, date, converted) => `${text}(${claimant}, ${date}${converted ? ', 컨테이너 수를 환산' : ''})`,
    denials: (items) => `부인 발언: ${items.join('; ')}.`,
    denialItem: (who, date, quote) => `${who}, ${date}: “${quote}”`,
    frame: (label, note) => `${label}. ${note}.`,
    widths: '화살표 굵기는 모두 같다. 수량의 단위가 서로 달라 비교할 수 없기 때문이다.',
  },
  sourceLine: (publishers) =>
    `출처: ${publishers.slice(0, 4).join(', ')} 외 ${publishers.length - 4}곳(아래 표). 모든 수치는 표시된 당사자의 주장이며, 독립적으로 검증된 것은 없다. 화살표 굵기는 모두 같다. 포탄 발 수, 컨테이너 개수, 배럴, 미사일 기 수는 서로 비교할 수 없다.`,
  table: {
    label: '표: 주장된 모든 흐름과 주장한 쪽, 부인한 쪽',
    caption: (from, to) => `북한과 러시아 사이에 오갔다고 주장된 것(${from}~${to})`,
    from: '보낸 나라',
    to: '받은 나라',
    what: '품목',
    amount: '주장된 수량',
    claimedBy: '주장한 쪽',
    date: '날짜',
    deniedBy: '부인한 쪽',
    sources: '출처',
    lead: (name) => `${name}.`,
    status: { claimed: '주장', uncertain: '불확실', 'on-record': '공식 기록' },
    conversion: (text) => ` (주장한 측의 환산: ${text})`,
    noDenial: '부인한 기록 없음',
    denier: (who) => [`${who}(`, ')'],
    denialsCaption: '부인 발언(인용)',
    who: '발언자',
    said: '발언 내용',
  },
};

export const WORDS: Record<Locale, ChartWords> = { en, ko };

