/**
 * The few words the browser writes itself (step counts, "Copied", the offline button's
 * progress), in every edition; the page's `<html lang>` picks them. Kept apart from ui.ts so the
 * scripts carry only these.
 */
import { isLocale, type Locale } from './locales';

const WORDS = {
  en: {
    stepOf: (n: number, of: number, takeaway: string) => `Step ${n} of ${of}: ${takeaway}`,
    count: (n: number, of: number) => `${n} of ${of}`,
    linkCopied: 'Link copied',
    linkLabel: 'Link to this step (copies the address)',
    copied: 'Copied',
    selectToCopy: 'Select the text to copy it',
    copiedCode: 'Copied.',
    selectedCode: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
    motionOn: 'on',
    motionOff: 'off',
    play: 'Play',
    pause: 'Pause',
    playLabel: 'Play the steps automatically',
    pauseLabel: 'Pause automatic stepping',
    about: (size: string) => `· about ${size}`,
    savingSize: (size: string) => `Saving ${size}…`,
    saving: (percent: number, size: string) => `Saving: ${percent}% of ${size}`,
    saved: (date: string) => `Saved: works without a connection. Version of ${date}.`,
    notSaved: (why: string) => `Could not save for offline (${why}). Try again when the connection is steady.`,
    refused: 'the browser refused',
    whatChanged: (title: string) => `What changed: ${title}`,
    dateLocale: 'en-GB',
  },
  ko: {
    stepOf: (n: number, of: number, takeaway: string) => `${of}단계 중 ${n}단계: ${takeaway}`,
    count: (n: number, of: number) => `${n} / ${of}`,
    linkCopied: '링크를 복사했습니다',
    linkLabel: '이 단계 링크(주소가 복사됩니다)',
    copied: '복사했습니다',
    selectToCopy: '글자를 선택해 복사하세요',
    copiedCode: '복사했습니다.',
    selectedCode: '선택했습니다. Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요.',
    motionOn: '켬',
    motionOff: '끔',
    play: '재생',
    pause: '일시 정지',
    playLabel: '단계를 자동으로 넘기기',
    pauseLabel: '자동 넘김 멈추기',
    about: (size: string) => `· 약 ${size}`,
    savingSize: (size: string) => `${size} 저장하는 중…`,
    saving: (percent: number, size: string) => `저장하는 중: ${size} 중 ${percent}%`,
    saved: (date: string) => `저장했습니다. 인터넷 연결 없이도 볼 수 있습니다. ${date} 버전.`,
    notSaved: (why: string) => `오프라인용으로 저장하지 못했습니다(${why}). 연결이 안정되면 다시 시도해 주세요.`,
    refused: '브라우저가 거부함',
    whatChanged: (title: string) => `바뀐 내용: ${title}`,
    dateLocale: 'ko-KR',
  },
} satisfies Record<Locale, unknown>;

export type ClientWords = (typeof WORDS)['en'];

/** The browser's words in an edition (the tests read them here, as the page does). */
export const clientWords = (locale: Locale): ClientWords => WORDS[locale];

/** The edition of the page the script runs in. */
export const documentLocale = (): Locale => {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : 'en';
};

/** The browser's words for this page's edition. */
export const pageWords = (): ClientWords => WORDS[documentLocale()];
