/**
 * Figures in a sentence and what they count: "over 300 prisoners", "at least
 * 15 people", "14 ballistic missiles". Dates ("May 24", "24 May 2025"),
 * years and clock times ("11:45") are not counts.
 */
import type { Token } from '../text/tokens';
import { dayAfterMonth } from '../text/dates';
import { phraseAt } from './phrases';

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'at-most' | 'about' | 'nearly';

export interface Figure {
  value: number;
  qualifier: Qualifier;
  /** Part of a model or a name ("KN-23", "F16"), an ordinal ("24th") or an age ("a woman, 57,", "aged 57", "57-year-old"): it can state a value, never a differing one. */
  joined: boolean;
  /** Token index of the figure. */
  index: number;
  /** Token index where the figure's words start, its qualifier included ("more than 300" starts at "more"). */
  from: number;
}

const QUALIFIERS: [string[], Qualifier][] = [
  [['no', 'more', 'than'], 'at-most'],
  [['not', 'more', 'than'], 'at-most'],
  [['more', 'than'], 'more-than'],
  // A toll that "topped 12" or "passed two" is above it.
  [['topped'], 'more-than'],
  [['passed'], 'more-than'],
  [['exceeded'], 'more-than'],
  [['surpassed'], 'more-than'],
  [['over'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['close', 'to'], 'nearly'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['some'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['an', 'estimated'], 'about'],
  [['up', 'to'], 'at-most'],
  [['fewer', 'than'], 'at-most'],
  [['less', 'than'], 'at-most'],
  [['under'], 'at-most'],
];

/** Qualifiers written after the figure. */
const AFTER_QUALIFIERS: [string[], Qualifier][] = [
  [['or', 'so'], 'about'],
  [['odd'], 'more-than'],
  [['plus'], 'more-than'],
  [['or', 'more'], 'at-least'],
];

const PHRASAL_OVER = new Set(['hand', 'handed', 'hands', 'handing', 'turn', 'turned', 'turning', 'took', 'take', 'taken', 'taking', 'carried', 'passed', 'signed', 'won', 'handover']);

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

function isDatePart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  const value = Number(tokens[i]!.norm);
  // A day beside its month: after it where the month has no day right before it ("May 24", not "24 May: 15 hurt").
  const afterMonth = MONTHS.has(prev) && dayAfterMonth(tokens, i - 1);
  if (value >= 1 && value <= 31 && (afterMonth || MONTHS.has(next))) return true;
  if (value >= 1900 && value <= 2100 && Number.isInteger(value)) {
    // A year unless it plainly counts something ("2000 soldiers" is rare; "in 2022" is common).
    return !/^[a-z]/.test(next) || ['in', 'since', 'of', 'until', 'by', 'from'].includes(prev) || MONTHS.has(prev);
  }
  return /^(am|pm)$/.test(next);
}

/** Is the figure at token i half of a clock time ("11:45", "06:15 GMT")? A live blog's time stamps count nothing. */
function isClockTime(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const joinedBy = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.digits && b.digits && text.slice(a.end, b.start) === ':';
  return (joinedBy(prev, t) && t.norm.length === 2) || (joinedBy(t, next) && next!.norm.length === 2);
}

/** Is the figure at token i part of a model, a name or an ordinal ("KN-23", "F16", "1st")? */
function isJoined(tokens: readonly Token[], i: number, text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = tokens[i]!;
  const before = text[t.start - 1];
  const after = text[t.end];
  const glue = (ch: string | undefined) => ch !== undefined && /[-\u2010\u2011\p{L}]/u.test(ch);
  // A model or a name: letters, a hyphen, the figure ("KN-23", "Kh-101"), or letters right before it ("F16").
  if (glue(before) && /\p{L}/u.test(before === '-' || before === '\u2010' || before === '\u2011' ? (text[t.start - 2] ?? '') : before!)) return true;
  // An age: "aged 57", "a 57-year-old", "a woman, 57, was hurt" (a figure set off by commas after a word).
  const prev = tokens[i - 1]?.norm;
  if (prev === 'aged' || prev === 'age' || /^[-\u2010\u2011]\s?years?[-\u2010\u2011\s]old/i.test(text.slice(t.end, t.end + 12))) return true;
  if (/\p{L},\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*,/.test(text.slice(t.end, t.end + 2))) return true;
  // An ordinal ("1st", "24th"); "60-day" and "1,000-for-1,000" are compounds that still count their word.
  return after !== undefined && /\p{L}/u.test(after) && /^(st|nd|rd|th)\b/i.test(text.slice(t.end, t.end + 3));
}

/** Words after a figure that make it a share, not a count ("98 percent of the drones"). */
const SHARE = [['percent'], ['per', 'cent'], ['pct'], ['percentage', 'points']];

/**
 * Is the figure at token i no count at all: a share ("98%", "85 percent"), or the "one" of "no one" and
 * "not one" ("no one was killed" counts nobody, and is no toll of 1)?
 */
function countsNothing(tokens: readonly Token[], i: number, text: string | undefined): boolean {
  const t = tokens[i]!;
  if (text !== undefined && /^\s?%/.test(text.slice(t.end, t.end + 2))) return true;
  if (SHARE.some((p) => phraseAt(tokens, i + 1, p))) return true;
  const prev = tokens[i - 1]?.norm;
  return t.norm === '1' && (prev === 'no' || prev === 'not') && (text === undefined || /^one$/i.test(text.slice(t.start, t.end)));
}

/** Figures among the tokens; `text`, the text they were read from, tells joined figures ("KN-23") apart. */
export function findFigures(tokens: readonly Token[], text?: string): Figure[] {
  const out: Figure[] = [];
  tokens.forEach((t, i) => {
    if (!t.digits || isDatePart(tokens, i) || (text !== undefined && isClockTime(tokens, i, text)) || countsNothing(tokens, i, text)) return;
    let qualifier: Qualifier = 'exact';
    let from = i;
    for (const [words, q] of QUALIFIERS) {
      const at = i - words.length;
      // "handed over 390", "took over 20": a phrasal verb, not "more than".
      if (words[0] === 'over' && PHRASAL_OVER.has(tokens[at - 1]?.norm ?? '')) continue;
      if (at >= 0 && phraseAt(tokens, at, words)) {
        qualifier = q;
        from = at;
        break;
      }
    }
    // A qualifier after the figure: "three hundred or so", "300-odd", "300-plus", "300 or more".
    if (qualifier === 'exact') qualifier = AFTER_QUALIFIERS.find(([words]) => phraseAt(tokens, i + 1, words))?.[1] ?? 'exact';
    out.push({ value: Number(t.norm), qualifier, index: i, from, joined: isJoined(tokens, i, text) });
  });
  return out;
}

/**
 * How far a qualified figure reaches: "over 300" fits up to 450, "up to 1,000" down to 500, "nearly 400"
 * down to 340, "about 250" within 25. Trade-off: wider, and a qualified figure agrees with counts its
 * writer did not mean; narrower, and "over 300" no longer fits 390.
 */
const ABOVE_REACH = 1.5;
const BELOW_REACH = 0.5;
const NEARLY_REACH = 0.85;
const ABOUT_REACH = 0.1;

/** Does a figure as the page states it fit a source's value? "over 300" fits 307; "310" does not. */
export function figureFits(f: Figure, value: number): boolean {
  switch (f.qualifier) {
    case 'exact':
      return f.value === value;
    case 'more-than':
      return value > f.value && value <= f.value * ABOVE_REACH;
    case 'at-least':
      return value >= f.value && value <= f.value * ABOVE_REACH;
    case 'at-most':
      return value <= f.value && value >= f.value * BELOW_REACH;
    case 'nearly':
      return value <= f.value && value >= f.value * NEARLY_REACH;
    case 'about':
      return Math.abs(value - f.value) <= f.value * ABOUT_REACH;
  }
}

/**
 * The figure that opens a range whose other end is `f`, where there is one: "between 10 and 15 people",
 * "10 to 15 people", "10 or 15 people", "10-15 people". The opening figure counts what the closing one does.
 */
export function rangeStart(figures: readonly Figure[], tokens: readonly Token[], f: Figure): Figure | undefined {
  const before = figures.find((g) => g.index === f.from - 2 || (g.index === f.from - 1 && tokens[f.from]!.start - tokens[g.index]!.end <= 1));
  if (!before) return undefined;
  if (before.index === f.from - 1) return before;
  const joiner = tokens[f.from - 1]!.norm;
  return joiner === 'to' || joiner === 'or' || (joiner === 'and' && tokens[before.from - 1]?.norm === 'between') ? before : undefined;
}

/**
 * Is the figure as stated true of a source's value, however far from it? "At least one killed" is true of
 * three killed, though it does not state three (figureFits). Used to tell a figure that takes no side.
 */
export function figureAllows(f: Figure, value: number): boolean {
  switch (f.qualifier) {
    case 'at-least':
      return value >= f.value;
    case 'more-than':
      return value > f.value;
    case 'at-most':
      return value <= f.value;
    default:
      return figureFits(f, value);
  }
}

/** The word a trade of equals counts: "307 for 307" in a headline is 307 prisoners each way. */
const TRADED = 'prisoners';

/**
 * Words after a figure that make it a count each way of a trade: "307 each way", "390 a side", "303
 * apiece" (the lexicon's `@swap` holds them too).
 */
const EACH_WAY = [['each', 'way'], ['a', 'side'], ['per', 'side'], ['apiece'], ['each', 'side'], ['in', 'each', 'direction'], ['in', 'either', 'direction']];

/**
 * Words after a figure that make it a count each way, less surely of a trade: "390 from each side", "390 on
 * both sides", "390 per country" count losses or the missing as well ("1,000 from each side were killed").
 */
const EACH_WAY_LOOSE = [
  ['per', 'country'],
  ...['each', 'either', 'both'].flatMap((who) => [[who, 'sides'], [who, 'country']]),
  ...['on', 'from', 'for'].flatMap((by) => ['each', 'either', 'both'].flatMap((who) => [[by, who, 'side'], [by, who, 'sides'], [by, who, 'country']])),
];

/**
 * The words after a bare "each" that end its phrase ("swapped 390 each on Friday", "swap 390 each as the
 * biggest exchange begins"), so that it is a count per party, not a share of something named next ("390
 * each of them", "three each month", "909 each to be buried").
 */
const AFTER_EACH = new Set(['as', 'on', 'friday', 'saturday', 'sunday']);

/** The units a loose count each way implies: a claim may agree on them, never differ (`tentativeUnit`). */
const TENTATIVE = new WeakSet<Token>();

/**
 * Is the token a unit a loose count each way only implies ("390 from each side", "390 each.")? A claim
 * that reads its figure by it may agree, but never differ: "150 from each side" may count losses.
 */
export const tentativeUnit = (t: Token | undefined): boolean => !!t && TENTATIVE.has(t);

/**
 * A trade of equals ("swap 307 for 307", "the 1,000-for-1,000 deal") or a count each way ("307 each
 * way", "390 a side", "390 from each side", "swapped 390 each.") counts people, one figure each way,
 * though it names none: the tokens with the unit it implies added after the figure, as a word of no
 * width, so that a claim counting prisoners reads it as their count (a claim still needs its other
 * words, a swap among them). Only equal figures make a trade: "won 3 for 2" or "20 for 25 minutes" name
 * no unit. The looser counts each way, and a bare "each", imply a unit a claim may agree on, never differ
 * by (tentativeUnit).
 */
export function withTradeUnits(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    out.push(t);
    if (!t.digits || tokens[i + 1]?.norm === TRADED) return;
    const other = tokens[i + 2];
    const trade = tokens[i + 1]?.norm === 'for' && other?.digits && other.norm === t.norm && tokens[i + 3]?.norm !== TRADED;
    const sure = trade || EACH_WAY.some((p) => phraseAt(tokens, i + 1, p));
    const each = tokens[i + 1]?.norm === 'each' && (i + 2 === tokens.length || AFTER_EACH.has(tokens[i + 2]!.norm));
    const loose = !sure && (each || EACH_WAY_LOOSE.some((p) => phraseAt(tokens, i + 1, p)));
    if (!sure && !loose) return;
    const unit = { norm: TRADED, start: t.end, end: t.end, digits: false };
    if (loose) TENTATIVE.add(unit);
    out.push(unit);
  });
  return out;
}
