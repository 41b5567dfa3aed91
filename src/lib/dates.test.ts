import { describe, expect, it } from 'vitest';
import { dateRange, shortDay, within } from './dates';

describe('dateRange(start, end)', () => {
  it.each([
    ['2024-09-18', undefined, 'Sep 18, 2024'],
    ['2023-07-25', '2023-07-27', 'Jul 25–27, 2023'],
    ['2023-09-12', '2023-10-02', 'Sep 12 – Oct 2, 2023'],
    ['2023-12-30', '2024-01-02', 'Dec 30, 2023 – Jan 2, 2024'],
    ['2024-10-07', '2024-10-07', 'Oct 7, 2024'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(dateRange(start, end)).toBe(expected);
  });
});

describe('within(date, start, end)', () => {
  it.each([
    ['2024-09-18', true],
    ['2023-07-01', true],
    ['2024-10-31', true],
    ['2023-06-30', false],
    ['2024-11-01', false],
  ])('%s in Jul 2023–Oct 2024: %s', (date, expected) => {
    expect(within(date, '2023-07-01', '2024-10-31')).toBe(expected);
  });
});

describe('dates in Korean', () => {
  it('writes a day, a short day and ranges as Korean newsrooms do', () => {
    expect(dateRange('2024-09-18', undefined, 'ko')).toBe('2024년 9월 18일');
    expect(shortDay('2024-09-18', 'ko')).toBe('9월 18일');
    expect(dateRange('2023-07-25', '2023-07-27', 'ko')).toBe('2023년 7월 25일~27일');
    expect(dateRange('2023-09-13', '2023-10-02', 'ko')).toBe('2023년 9월 13일~10월 2일');
    expect(dateRange('2023-12-30', '2024-01-02', 'ko')).toBe('2023년 12월 30일~2024년 1월 2일');
  });
});
