/**
 * Explicit dates in text, as YYYY-MM. `datesIn` finds full dates, with a
 * day ("9 July 2025", "May 24, 2025"): the date an event happened on. A month
 * and year alone ("since February 2022") often names a point of reference
 * instead, and a bare year says too little, so neither rules a claim out;
 * `monthsNamed` lists every month-and-year a claim's own words name. A year
 * given as the time of what the sentence tells ("during an earlier swap in
 * 2024") is `eventYears`'.
 */
import { tokenize, type Token } from './tokens';

// A map, not an object: "constructor" or "toString" in a text is not a month.
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));

/** A figure that reads as a year: 1900-2099. */
export const isYear = (t: Token | undefined) => !!t && t.digits && /^(19|20)\d\d$/.test(t.norm);
const isDay = (t: Token | undefined) => !!t && t.digits && Number(t.norm) >= 1 && Number(t.norm) <= 31;
/**
 * The day right after the month at `i` ("May 24", "Oct. 2"), where the month has no day right before it: "24
 * May: 15 hurt", a dateline and then a count, names no 15 May ("Day 2, May 24" does name 24 May).
 */
export const dayAfterMonth = (tokens: readonly Token[], i: number) => isDay(tokens[i + 1]) && !(isDay(tokens[i - 1]) && tokens[i]!.start - tokens[i - 1]!.end <= 1);

function dates(tokens: readonly Token[], needDay: boolean): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const month = MONTHS.get(t.norm);
    if (!month) return;
    // "May" is also a verb: only "May 2025", "May 24, 2025" and "24 May 2025" count.
    let year: Token | undefined;
    if (dayAfterMonth(tokens, i) && isYear(tokens[i + 2])) year = tokens[i + 2];
    else if (isYear(tokens[i + 1]) && (!needDay || isDay(tokens[i - 1]))) year = tokens[i + 1];
    if (year) out.push(`${year.norm}-${String(month).padStart(2, '0')}`);
  });
  return [...new Set(out)];
}

/** Full dates (with a day) in a sentence. */
export function datesIn(tokens: readonly Token[]): string[] {
  return dates(tokens, true);
}

/**
 * Months named with a day but no year ("on April 19", "19 April"), as "MM": the year is the page's,
 * so only the month can tell another event. A month named with a day and a year is left to `datesIn`.
 */
export function monthsWithDay(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const month = MONTHS.get(t.norm);
    if (!month || isYear(tokens[i + 1]) || isYear(tokens[i + 2])) return;
    // With its day beside it: "may" and "march" alone are also a verb and a noun.
    if (dayAfterMonth(tokens, i) || isDay(tokens[i - 1])) out.push(String(month).padStart(2, '0'));
  });
  return [...new Set(out)];
}

/** Words before a month named alone that make it a time ("in September", "the June talks", "since March"). */
const BEFORE_A_MONTH = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'through', 'throughout', 'last', 'next', 'this', 'early', 'late', 'mid', 'the', 'from']);

/**
 * Months named alone, capitalised, after a word of time ("launching 800 drones in a single night in
 * September", "at the June talks"), as "MM": another month than a claim's is another event. "May" and
 * "March" in lower case are a verb.
 */
export function monthsAlone(tokens: readonly Token[], text: string): { at: number; month: string }[] {
  const out: { at: number; month: string }[] = [];
  tokens.forEach((t, i) => {
    const month = MONTHS.get(t.norm);
    if (!month || t.norm.length < 4 || isYear(tokens[i + 1]) || isYear(tokens[i + 2]) || isDay(tokens[i + 1]) || isDay(tokens[i - 1])) return;
    if (!/^\p{Lu}/u.test(text.slice(t.start, t.end)) || !BEFORE_A_MONTH.has(tokens[i - 1]?.norm ?? '')) return;
    out.push({ at: i, month: String(month).padStart(2, '0') });
  });
  return out;
}

/** Every month-and-year named in a text. */
export function monthsNamed(text: string): string[] {
  return dates(tokenize(text), false);
}

/**
 * Days of a month named, with or without a year, as "MM-DD": "May 21", "21 May", "the night of 17-18 May"
 * (both days), "May 23, 2025". A day beside a month, or two joined by a dash or "to" ("17-18 May").
 */
export function daysNamed(tokens: readonly Token[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const month = MONTHS.get(tokens[i]!.norm);
    if (!month) continue;
    const mm = String(month).padStart(2, '0');
    const add = (d: Token) => (out ??= []).push(`${mm}-${String(Number(d.norm)).padStart(2, '0')}`);
    // "21 May", "17-18 May"
    if (isDay(tokens[i - 1])) {
      add(tokens[i - 1]!);
      if (isRange(tokens[i - 2], tokens[i - 1])) add(tokens[i - 2]!);
    }
    // "May 21", "May 17-18", not "May 2025"
    if (dayAfterMonth(tokens, i)) {
      add(tokens[i + 1]!);
      if (isRange(tokens[i + 1], tokens[i + 2])) add(tokens[i + 2]!);
    }
  }
  return out ? [...new Set(out)] : NO_DAYS;
}

const NO_DAYS: string[] = [];

/** The token indexes of the months that daysNamed reads with a day ("17 May", "May 23"). */
export function dayMonthsAt(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (MONTHS.get(tokens[i]!.norm) && (isDay(tokens[i - 1]) || dayAfterMonth(tokens, i))) out.push(i);
  return out;
}
/** Two days joined by a dash, or side by side: "17-18". */
const isRange = (a: Token | undefined, b: Token | undefined) => !!a && !!b && isDay(a) && isDay(b) && b.start - a.end <= 1;

/** Words before a year that make it a point of reference, not the time of what is told ("since 2022", "the war that began in 2022"). */
const REFERENCE_WORDS = /^(since|from|war|began|begun|begin|start|erupt|launch|invad|invasion|annex|seiz|occup)/;
/** How far before "in" a reference word still makes the year a reference ("since the full-scale invasion in 2022"). */
const REFERENCE_REACH = 4;

/**
 * Years given as the time of what a sentence tells: "in 2024", "during 2024", "in early 2024", "in May
 * 2024", with no word of reference a few words before ("the largest swap since the war began in 2022"),
 * or opening the sentence ("January 2024: ...", a factbox's or a timeline's entry).
 */
export function eventYears(tokens: readonly Token[], text = ''): string[] {
  let out: string[] | undefined;
  tokens.forEach((t, i) => {
    if (!isYear(t)) return;
    let at = i - 1;
    if (MONTHS.get(tokens[at]?.norm ?? '') || ['early', 'late', 'mid'].includes(tokens[at]?.norm ?? '')) at--;
    // "JANUARY 2024 - In what was then the biggest swap ...": a year (or month and year) opening the sentence dates it.
    // A bare year there must be set off ("2024: ..."): "2000 drones were launched" is a count.
    if (at < 0) {
      if (at === i - 2 || /^\s*[:,\u2013\u2014-]/.test(tokens[i + 1] ? text.slice(t.end, tokens[i + 1]!.start) : '')) (out ??= []).push(t.norm);
      return;
    }
    if (tokens[at]?.norm !== 'in' && tokens[at]?.norm !== 'during') return;
    for (let j = Math.max(0, at - REFERENCE_REACH); j < at; j++) if (REFERENCE_WORDS.test(tokens[j]!.norm)) return;
    (out ??= []).push(t.norm);
  });
  return out ?? NO_DAYS;
}

/** How far back a time named relative to the page's own day reaches ("last month", "two weeks ago"). */
export interface TimeAgo {
  unit: 'week' | 'month' | 'spring';
  /** How many units back: "last month" and "a month ago" are 1; "last spring" is 1 and "this spring" 0. */
  count: number;
  /** The token index of its unit word. */
  at: number;
}

const AGO_COUNTS: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6]]);
const AGO_UNITS: ReadonlyMap<string, 'week' | 'month'> = new Map([['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month']]);

/**
 * Times the sentence names relative to the page's day: "last month('s)", "a month ago", "two months
 * ago", "last week", "three weeks ago", "last spring", "this spring". A page of later news
 * recalls the claim's events by them ("the 307 freed on the second day of last month's exchange").
 * "The last month" and "the past two weeks" are spans that end now, not a time back, and are left out.
 */
export function timesAgo(tokens: readonly Token[]): TimeAgo[] {
  const out: TimeAgo[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.norm;
    const unit = AGO_UNITS.get(t.norm);
    if (unit && tokens[i + 1]?.norm === 'ago') {
      const n = before === undefined ? null : /^\d+$/.test(before) ? Number(before) : (AGO_COUNTS.get(before) ?? null);
      if (n !== null && n >= 1 && n <= 24) out.push({ unit, count: n, at: i });
    } else if ((t.norm === 'month' || t.norm === 'week') && before === 'last' && tokens[i - 2]?.norm !== 'the') {
      out.push({ unit: t.norm, count: 1, at: i });
    } else if (t.norm === 'spring' && (before === 'last' || before === 'this') && tokens[i - 2]?.norm !== 'the') {
      out.push({ unit: 'spring', count: before === 'last' ? 1 : 0, at: i });
    }
  });
  return out;
}
