/**
 * The matcher: sentences to claims, with the sources that agree and conflict.
 * Pure TypeScript: no DOM and no browser API, so it runs in Node (CLI, tests,
 * benchmarks) and in the page alike.
 *
 * For each sentence:
 * 1. normalise (case, marks, aliases, number words) - src/text/normalize.ts;
 * 2. prefilter: an inverted index from words to the claims whose rarest group
 *    uses them, so the work follows what could match, not the base's size;
 * 3. every `match.all` group and the topic context must be met;
 * 4. at strict sensitivity, fuse.js token search scores the sentence against the
 *    claim's own words and turns away the loosest matches (only there can the
 *    score change the answer, so only there is it computed);
 * 5. the slot decides the side (resolve: readNumber, readChoice, then
 *    readNegation): the figure, the chosen words, or negation. Numbers, names
 *    and negation decide agreement; similarity alone never does.
 *
 * Each reading has its own file: figures and what they count (./figures.ts),
 * phrases and their hits (./phrases.ts), negation and its scope
 * (./negation.ts), names spelled otherwise (./names.ts), quotations
 * (../text/quotes.ts).
 */
import Fuse from 'fuse.js';
import type { Claim, ClaimIndex, Variant } from '../claims/schema';
import { compileAliases, normalizeText, type AliasMatcher } from '../text/normalize';
import { datesIn, dayMonthsAt, daysNamed, eventYears, isYear, monthsAlone, monthsWithDay, timesAgo, type TimeAgo } from '../text/dates';
import { SAYING } from '../text/saying';
import { readingText, splitSentences, type SentenceSpan } from '../text/sentences';
import type { Token } from '../text/tokens';
import { figureAllows, figureFits, findFigures, rangeStart, tentativeUnit, withTradeUnits, type Figure } from './figures';
import { findGroup, hasGroup, outermost, phraseAt, PhraseIndex, wordMatches, type PhraseHit } from './phrases';
import { asks, conditional, deniesOnlyOfSelf, habitual, negatedLoosely, negates, reportedDenial, speaksOfWhatMayHappen, undecided } from './negation';
import { inQuotes, quoteRanges } from '../text/quotes';
import { NameSpellings } from './names';
import { Antecedents, INDEFINITE, newDiscourse, type Antecedent, type CountBefore, type Discourse, type Setting } from './antecedent';
import type { Annotation, MatchOptions } from './types';

/** What a sentence's "he" and "there" stand for (antecedent.ts). */
interface Referents {
  person: Antecedent | null;
  place: Antecedent | null;
  /** The sentence names someone the base does not know. */
  stranger: boolean;
}
const NO_REFERENTS: Referents = { person: null, place: null, stranger: false };

/**
 * What a sentence says of its time and setting, read once for all its candidates: the dates it names
 * (full dates YYYY-MM, months with a day MM, days of a month MM-DD), its years, and whether it tells of
 * another war.
 */
interface Dated {
  dates: string[];
  dayMonths: string[];
  days: string[];
  years: string[];
  /** It names another war (`@other-wars`) and no side of this one. */
  otherWar: boolean;
  /** Months named alone ("in July"), and the one that opens the sentence ("In July, ..."), as "MM". */
  monthsAlone: string[];
  monthsAloneAt: { at: number; month: string }[];
  /** It names May as a month ("the exchange in May"). */
  namesMay: boolean;
  openingMonth: string | null;
  /** It names a place of another meeting (`@other-venues`). */
  otherVenue: boolean;
  /** Times it counts back from the page's day ("last month", "two weeks ago"). */
  ago: TimeAgo[];
}

export const DEFAULT_OPTIONS: MatchOptions = { minScore: 0 };

/** How many words may stand between a figure and the nearest other word of its claim. */
const MAX_FIGURE_DISTANCE = 8;

/**
 * How far a differing figure may be from the reports' own: a wrong count is usually near the right one
 * (370 for 307, 20 for 15, even 1,200 for 307); a figure five or more times larger or smaller counts
 * something else (a war's total of swaps, both sides' total beside one round's). Trade-off: a wildly wrong figure gets no ✗, only no mark.
 */
const PLAUSIBLE_RATIO = 4;

/**
 * How far after a figure, and before it, the words it counts may start ("307 freed Ukrainian prisoners",
 * "prisoners: 307"). Trade-off: further, and a figure counts the next clause's things ("307 on Saturday
 * and more prisoners"); nearer, and "14 KN-23 ballistic missiles" counts nothing.
 */
const UNIT_AFTER = 4;
const UNIT_BEFORE = 2;

/**
 * The sentence's content words scored against a claim's words by fuse.js: enough for any sentence that
 * states a claim; a longer query only costs time (fuse.js scores each term against each document).
 */
const MAX_QUERY_WORDS = 24;

/** How much of a page's opening serves as its context: the headline and the first paragraphs, not a whole book. */
const CONTEXT_CHARS = 20_000;

/** How many words may stand between a figure and the things it counts ("15 people were injured", "200 of the drones"). */
const UNIT_GAP = 3;

/** Words that may stand there: they qualify the count without counting something else. */
const BETWEEN_FIGURE_AND_UNIT =
  /^(more|further|other|additional|another|new|of|the|its|their|ukrainian|russian|civilian|military|freed|released|captured|ballistic|cruise|attack|shahed|iranian|people|persons|were|was|have|has|had|been|are|is|reportedly|also|needed|required|received|in)$|(ian|ese|ish)$/;

/** Words before a place named as where something happened. */
const LOCATIVE = new Set(['at', 'on', 'in', 'over', 'across', 'near', 'around', 'into', 'toward', 'towards', 'outside']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const NEXT_WEEKDAY = new Map([...WEEKDAYS].map((d, i, all) => [d, all[(i + 1) % all.length]!]));
/** Words that make a weekday a night ("Friday night", "overnight Friday"). */
const NIGHT_WORDS = new Set(['night', 'overnight', 'nights']);
/** Verbs of saying whose weekday is the news itself ("Russia claimed on Thursday to have captured ..."). */
const NEWS_OF_ITS_DAY = /^(claim|accus|alleg|denie|denies)/;
/** How far from a verb of saying a weekday dates the saying ("the Kremlin said on Thursday", "speaking on Tuesday"). */
const SAYING_REACH = 3;
/** Words before "May" that make it the month ("in May", "since May", "late May"). */
const MAY_BEFORE = new Set(['in', 'since', 'until', 'by', 'last', 'early', 'late', 'mid', 'from', 'of', 'this', 'during']);
/** Nouns of an event of each topic that a month may name ("the June talks", "the July swap"). */
const EVENT_NOUNS: Record<string, Set<string>> = {
  exchange: new Set(['swap', 'exchange', 'round', 'release']),
  talks: new Set(['talks', 'round', 'meeting', 'summit', 'negotiations', 'deal', 'agreement', 'ceasefire', 'truce']),
  strike: new Set(['attack', 'strike', 'offensive', 'barrage', 'raid']),
  florida: new Set(['talks', 'round', 'meeting', 'summit', 'negotiations']),
};
/** How far into a sentence a month opens it ("In July, ...", "Earlier in July, ..."). */
const OPENING_MONTH_AT = 2;
/** Words of a meeting: another meeting's place counts only in a sentence with one. */
const MEETING_WORDS = new Set(['talks', 'meeting', 'meetings', 'met', 'meet', 'meets', 'summit', 'negotiations', 'negotiators', 'negotiated', 'delegation', 'delegations', 'round', 'hosted', 'host']);
/** How many sentences on the meeting one sentence sets stays the one the next are read at (Setting). */
const SETTING_MEMORY = 3;

/** Is figure f the whole that a part counted before it belongs to ("eight of Kyiv's 10 districts", "two of its five ports")? */
function wholeOfTheirs(tokens: readonly Token[], text: string, f: Figure): boolean {
  const whose = tokens[f.from - 1];
  if (!whose || tokens[f.from - 2]?.norm !== 'of' || !tokens[f.from - 3]?.digits) return false;
  return ['its', 'their'].includes(whose.norm) || /['’]s$/u.test(text.slice(whose.start, whose.end)) || /^['’]s\b/u.test(text.slice(whose.end, whose.end + 3));
}

/** The two tolls of a strike, by the words that state them ("killed", "dead"; "injured", "wounded", "hurt"). */
type Toll = 'killed' | 'injured';
const TOLL_WORDS: Record<Toll, RegExp> = { killed: /^(kill|dead|died|die$|dies$|dying|death|fatalit)/, injured: /^(injur|wound|hurt)/ };
/** How far after a figure its toll's verb may stand ("31 people were reportedly killed"). */
const TOLL_VERB_REACH = 6;
/** Words between a count and its toll's verb ("31 people were killed"). */
const TOLL_FILLER = new Set(['people', 'persons', 'civilians', 'residents', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'reportedly', 'also', 'others', 'more']);

/**
 * Is figure f a count of the other toll than `toll`: the first word after it and its unit that is not a
 * filler is the other toll's ("31 people were killed" for the injured), or the word right before it is
 * ("killing at least 12")?
 */
function otherToll(tokens: readonly Token[], text: string, f: Figure, unit: PhraseHit | null, toll: Toll): boolean {
  const other = TOLL_WORDS[toll === 'killed' ? 'injured' : 'killed'];
  const before = tokens[f.from - 1];
  if (before && other.test(before.norm) && !/[,;:]/.test(text.slice(before.end, tokens[f.from]!.start))) return true;
  // The words after the figure and its unit, up to a comma ("one dead, eight wounded": "dead" is its own).
  for (let i = Math.max(f.index + 1, unit?.to ?? 0); i < Math.min(tokens.length, f.index + TOLL_VERB_REACH); i++) {
    if (/[,;:]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
    const w = tokens[i]!.norm;
    if (!TOLL_FILLER.has(w)) return other.test(w);
  }
  return false;
}

/** The hour a live blog's night ends: an entry stamped before it gives a count while the attack went on. */
const NIGHT_ENDS_AT = 6;
/** Words of a count before its last update ("so far", "early in the night", "by dawn"). */
const INTERIM = [['so', 'far'], ['early', 'in', 'the', 'night'], ['at', 'first'], ['initially'], ['by', 'then'], ['at', 'that', 'point'], ['at', 'the', 'time'],
  ['preliminary'], ['as', 'of'], ['by', 'dawn'], ['by', 'morning'], ['by', 'midnight'], ['first', 'reports'], ['earlier', 'count']];

/**
 * Is a toll in the sentence one before its last update: a live blog's entry in the small hours ("03:15 - two
 * people have been injured"), a count "so far", "by dawn" or at a clock time ("by 5 a.m.")?
 */
function interim(tokens: readonly Token[], text: string): boolean {
  // An entry stamped in the small hours, while the attack went on ("03:15 - ..."); by morning the counts are the day's.
  const stamp = /^\s*\(?(\d{1,2})[:.]\d{2}\b/.exec(text);
  if (stamp && Number(stamp[1]) < NIGHT_ENDS_AT) return true;
  return tokens.some((t, i) => INTERIM.some((p) => phraseAt(tokens, i, p)) || (t.norm === 'by' && tokens[i + 1]?.digits && /^(a|p|am|pm)$/.test(tokens[i + 2]?.norm ?? '')));
}

/** Words of a running tally, not one event's count. */
const TALLY = [
  ['since', 'the', 'war'], ['since', 'the', 'start'], ['since', 'the', 'beginning'], ['since', 'the', 'invasion'], ['since', '2022'], ['since', '2014'],
  ['so', 'far', 'this'], ['this', 'year'], ['in', 'total'], ['overall'], ['to', 'date'], ['swaps'], ['exchanges'], ['cumulative'],
  // Another time than the event's.
  ['last', 'week'], ['last', 'month'], ['last', 'year'], ['earlier', 'this', 'week'], ['earlier', 'this', 'month'], ['earlier', 'this', 'year'],
  ['next', 'week'], ['previous', 'week'], ['a', 'week', 'ago'], ['weeks', 'ago'], ['months', 'ago'], ['the', 'following', 'night'], ['the', 'next', 'night'],
  ['a', 'day', 'later'], ['a', 'day', 'earlier'], ['a', 'day', 'after'], ['a', 'day', 'before'], ['the', 'day', 'before'], ['the', 'next', 'day'],
  ['the', 'following', 'day'], ['the', 'previous', 'day'], ['the', 'previous', 'night'], ['a', 'night', 'later'], ['in', 'a', 'row'], ['consecutive'],
  // More than the night: "this month", "over the weekend", "from both nights of attacks".
  ['this', 'month'], ['this', 'week'], ['all', 'week'], ['the', 'week', 'to'], ['in', 'the', 'week'], ['the', 'weekend'], ['both', 'nights'], ['both', 'attacks'], ['both', 'days'],
  ['the', 'night', 'before'], ['a', 'night', 'earlier'], ['second', 'night'], ['straight', 'night'], ['straight', 'nights'],
  // The first or largest of a while ("their first exchange in more than a month"): a later event.
  ['in', 'months'], ['in', 'weeks'], ['in', 'more', 'than', 'a'], ['in', 'over', 'a'], ['in', 'nearly', 'a'], ['in', 'almost', 'a'],
];
/**
 * Does the word at i make the claim's word after it another instance of its kind ("earlier prisoner
 * exchanges", "a previous swap")? Not an adverb after an auxiliary ("Moscow had earlier threatened"), set
 * off by a comma, or before a name or a verb ("Earlier, Sybiha said", "the mayor earlier warned"); not in a
 * comparison with the others, which tells of this one ("more than any previous exchange").
 */
function otherInstanceAt(tokens: readonly Token[], text: string, i: number): boolean {
  const t = tokens[i];
  if (!t || !OTHER_INSTANCE.has(t.norm) || AUXILIARIES.has(tokens[i - 1]?.norm ?? '')) return false;
  if (COMPARING.has(tokens[i - 1]?.norm ?? '') || COMPARING.has(tokens[i - 2]?.norm ?? '')) return false;
  const next = tokens[i + 1];
  return !!next && !text.slice(t.end, next.start).includes(',') && !/^\p{Lu}/u.test(text.slice(next.start, next.end)) && !/ed$/.test(next.norm) && !SAYING.has(next.norm);
}

/** How many of the hits' words stand inside the quotations. */
function quotedWordCount(hits: readonly PhraseHit[], tokens: readonly Token[], quotes: readonly [number, number][]): number {
  let n = 0;
  for (const h of hits) if (inQuotes(tokens, h.from, h.to, quotes)) n += h.length;
  return n;
}


/**
 * Is a quotation of the sentence given to someone unnamed: a verb of saying then "a", "an", "one" or
 * "another" right after its closing mark ('," said a fund manager'), or those words then a verb of saying
 * within a few words ('," one resident said')?
 */
function saidBySomeoneElse(tokens: readonly Token[], quotes: readonly [number, number][]): boolean {
  return quotes.some(([, qe]) => {
    const after = tokens.filter((t) => t.start >= qe).slice(0, SPEAKER_TITLE_REACH);
    if (!after.length) return false;
    if (SAYING.has(after[0]!.norm) && INDEFINITE.has(after[1]?.norm ?? '')) return true;
    return INDEFINITE.has(after[0]!.norm) && after.slice(1).some((t) => SAYING.has(t.norm));
  });
}

/** Does token i stand in figure f's own stretch of the sentence, no comma between them? */
function besideFigure(tokens: readonly Token[], text: string, i: number, f: Figure): boolean {
  const [a, b] = i < f.from ? [tokens[i]!.end, tokens[f.from]!.start] : [tokens[f.index]!.end, tokens[i]!.start];
  return !text.slice(a, b).includes(',');
}

/** Auxiliaries: an "earlier" after one is an adverb ("had earlier threatened"). */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'did', 'said']);
/** Words of a comparison with other instances ("than any previous exchange", "unlike earlier swaps"). */
const COMPARING = new Set(['than', 'any', 'unlike', 'like', 'all', 'other']);
/** Words before a claim's word that make it another instance of its kind ("earlier prisoner exchanges"). */
const OTHER_INSTANCE = new Set(['earlier', 'previous', 'past', 'prior', 'former', 'similar']);
/** How far after "since" a year makes a running tally ("since the autumn of 2022"). */
const SINCE_YEAR_REACH = 4;
/** Words of a span of time: after a figure or "past", "several" they make a tally ("in the past three days"). */
const SPANS = new Set(['days', 'nights', 'weeks', 'months', 'years', 'week', 'month', 'year']);
/** A span of weekdays: "between Monday and Saturday", "from Tuesday to Sunday", "Monday through Saturday". */
const SPAN_OPENERS = new Set(['between', 'from']);
const DAY_SPAN_JOINS = new Set(['and', 'to', 'through', 'until', 'till']);
const SPAN_COUNTS = new Set(['few', 'several', 'past', 'last', 'recent', 'coming', 'next', 'many']);
/** Units of time, and the words after them that count another time from the event's ("a week earlier"). */
const TIME_UNITS = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years']);
/** Words after a weekday that name its evening or night ("Saturday night"), the night into the next day. */
const EVENING = new Set(['night', 'evening']);
/** Ordinals of an instance, and what they count ("the third night", "the final stage"). */
const STAGE_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'final', 'next', '2nd', '3rd', '4th', '5th']);
const STAGES = new Set(['night', 'nights', 'wave', 'waves', 'attack', 'attacks', 'round', 'stage', 'batch', 'phase', 'day']);
/** A night of a stage ordinal ("a second night running"): another night than the swap's second round. */
const NIGHTS = new Set(['night', 'nights']);
const RELATIVE_TIME = new Set(['earlier', 'before', 'ago', 'later', 'after', 'prior', 'previously', 'since']);

/** Parts of a place: a figure given for one is that part's share. */
const SUB_PLACES = new Set(['district', 'districts', 'region', 'regions', 'oblast', 'neighbourhood', 'neighborhood', 'suburb', 'suburbs', 'village', 'town']);

/** Words after a name that make it one place among several of a kind ("the Obolon district", "the Solomianskyi area"). */
const ONE_PLACE = new Set(['district', 'region', 'oblast', 'area', 'neighbourhood', 'neighborhood', 'suburb', 'raion']);

/** Words before "region" that say which kind, not which one ("the Russian region of Kursk", "the Eastern region"). */
const ADJECTIVE = /(ian|ean|ese|ish|ern|ic|al)$/;

/** Is the word at i a name given as one place of a kind: the word before "district", "region", "area", not "the" or "Russian"? */
const placeOfAKind = (tokens: readonly Token[], i: number) =>
  ONE_PLACE.has(tokens[i + 1]?.norm ?? '') && !tokens[i]!.digits && !STOPWORDS.has(tokens[i]!.norm) && !ADJECTIVE.test(tokens[i]!.norm);

/** The names the text gives as one place of a kind. */
function namedPlaces(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (placeOfAKind(tokens, i)) out.add(tokens[i]!.norm);
  return out;
}

/** Phrases by their first word, so a sentence is read once, not once per phrase. */
function byFirstWord(phrases: readonly string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const list = out.get(p[0]!);
    if (list) list.push(p);
    else out.set(p[0]!, [p]);
  }
  return out;
}

const TALLY_BY_FIRST = byFirstWord(TALLY);

/** Count words that say nothing of what is counted. */
const GENERIC_UNITS = new Set(['people', 'person', 'persons', 'individuals', 'residents', 'each', 'each side']);

/** Words that may follow a figure that counts the words before it ("wounding 20 in Kyiv", "prisoners: 307 on Saturday"). */
const AFTER_A_COUNT = new Set(['and', 'or', 'on', 'in', 'at', 'across', 'during', 'overnight', 'after', 'since', 'each', 'so', 'far', 'according', 'officials', 'said']);

/**
 * Where the things a count at token `at` counts end: a `near` phrase right after it, past at most UNIT_GAP words
 * that only qualify the count ("307 more prisoners", "15 people were injured"); -1 when there is none.
 */
function countedAfter(tokens: readonly Token[], at: number, near: string[][], countsAPart = false): number {
  for (let i = at + 1, gap = 0; i < tokens.length && gap <= UNIT_GAP + (countsAPart ? 1 : 0); i++, gap++) {
    const p = nearAt(tokens, i, near);
    if (p) return i + p.length;
    if (countsAPart && wholeOfAPart(tokens, at, i)) continue;
    if (tokens[i]!.digits || !BETWEEN_FIGURE_AND_UNIT.test(tokens[i]!.norm)) return -1;
  }
  return -1;
}

/** Is token i the whole of which the figure at `at` is a part ("seven of the 14 missiles", "9 of 14")? */
function wholeOfAPart(tokens: readonly Token[], at: number, i: number): boolean {
  if (!tokens[i]!.digits || tokens[at + 1]?.norm !== 'of') return false;
  return i === at + 2 || (i === at + 3 && tokens[at + 2]?.norm === 'the');
}

/**
 * Words right after the counted things that make the figure count the rest: those that got through, not
 * those shot down ("eight missiles got through", "five drones unaccounted for"). No differing value for
 * a claim of the others.
 */
const THE_REST = [['unaccounted'], ['got', 'through'], ['slipped', 'through'], ['broke', 'through'], ['evaded'], ['penetrated'], ['remaining'], ['remain'], ['remained'], ['were', 'not'], ['was', 'not']];
/** How many words may stand between a quotation mark and the name of the quote's speaker ('," said Lammy'). */
const SPEAKER_REACH = 2;
/** How many of a claim's words, quoted, make a quotation the reports' own whoever the page says spoke it. */
const DISTINCT_QUOTE = 5;
/** How many of the claim's words another named speaker must be quoted saying to differ: fewer are stock words ("horrific attack"). */
const OTHER_SPEAKER_QUOTE = 3;
/** Words no title holds: they open a clause, a time or a place ("posted as Yermak said", "on Telegram after"). */
const NOT_IN_A_TITLE = new Set(['as', 'after', 'before', 'while', 'when', 'on', 'in', 'at', 'hours', 'minutes', 'shortly', 'soon', 'then', 'and', 'but', 'because', 'since', 'until', 'with', 'by', 'from', 'that', 'he', 'she', 'they', 'it', 'posted', 'tweeted', 'urged', 'later', 'earlier', 'just']);
/** How many words of a title may stand between a closing quotation mark and its speaker, whose verb follows ('," presidential chief of staff Andriy Yermak wrote'). */
const SPEAKER_TITLE_REACH = 6;
/** Nouns of a count named before its things: "the number of injured rose to 15" (tollOf). */
const NUMBER_OF = new Set(['number', 'count', 'tally']);
/** The things such a count may name: only the harmed ("the number of people sheltering" counts others). */
const HARM_WORDS = /^(injur|wound|hurt|casualt|dead|death|killed|fatalit)/;
/** Words of the injured, before a toll of them ("the injury toll rose to 15"). */
const INJURY_WORDS = /^(injur|wound)/;
/** Words for people, before the harm that befell them ("the number of people injured"). */
const PEOPLE = new Set(['people', 'persons', 'civilians', 'residents']);
/** A toll's words: "the death toll rose to three", "a toll of 13" (tollOf). */
const TOLL_LINKS = new Set(['to', 'at', 'of']);
/** Verbs of a toll's change, between the toll and its figure. */
const TOLL_CHANGES = new Set(['rose', 'rises', 'risen', 'rising', 'climbed', 'climbs', 'reached', 'reaches', 'stands', 'stood', 'increased', 'jumped', 'grew', 'was', 'is']);
/** A night after the event's (the night before may be the strike's, beside the swap): its counts are its own. */
const LATER_NIGHT = [['the', 'next', 'night'], ['the', 'following', 'night'], ['a', 'night', 'later'], ['the', 'night', 'after']];
/** Words before a date that make it a point to count from ("four days after ... on May 20"). */
const RELATIVE_TO_A_DATE = new Set(['after', 'before', 'since', 'following', 'ahead', 'until']);
/** Words of a beginning: "on Friday began swapping 1,000 prisoners each" dates the start of the whole. */
const BEGINNING = /^(began|begin|begins|beginning|start|started|starts|starting|kicked|launched|opened)$/;
/** How far before the figure such a word stands ("began swapping 1,000"). */
const BEGINNING_REACH = 4;
/** Words that join two counts of the same things on two days ("390 people on Friday and 307 on Saturday"). */
const ELLIPSIS_JOINS = new Set(['and', 'then', 'following', 'after', 'plus']);
/** Verbs of a toll's change that take the figure without "to" ("the number of injured had reached ten", "topped 20"). */
const TOLL_REACHES = new Set(['reached', 'reaches', 'hit', 'hits', 'topped', 'tops', 'passed', 'exceeded', 'surpassed']);
/** Verbs that put a toll at a figure ("officials put the death toll at three", "estimated the number of injured at 10"). */
const TOLL_ESTIMATES = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'estimated', 'estimates', 'estimating', 'set', 'sets']);
/** How far before its verb the toll may stand ("the toll from the strike on the Odesa port rose to three"). */
const TOLL_REACH = 16;
/** The counted words of a claim that counts the dead: a toll counts them too. */
const DEATH_WORDS = new Set(['dead', 'killed', 'died', 'deaths', 'death']);
/** Words before a title that make it a past post ("former", "ex-"), at most PAST_TITLE_REACH words before it ("former Turkish intelligence chief"). */
const PAST_TITLE = new Set(['former', 'ex', 'onetime', 'erstwhile', 'formerly']);
const PAST_TITLE_REACH = 3;
/** Words right before a title that make it a past post: "the then intelligence chief". */
const PAST_TITLE_NEXT = new Set(['then', 'previously']);
/** Words after a title that date it to years gone ("intelligence chief until 2023", "from 2010 to 2023"). */
const TITLE_UNTIL = new Set(['until', 'till', 'between', 'from', 'before']);

/** Is "MM" a month other than the claim's, and than any its own words name ("June 2024" for Putin's terms)? */
function anotherMonth(claim: Claim, mm: string): boolean {
  return !!claim.period && mm !== claim.period.slice(5) && !claim.months.some((m) => m.slice(5) === mm);
}

/**
 * Is the title hit a past post: "former" just before it, "served as" or "had been" right before it, "until"
 * soon after it ("until last autumn"), or a span of years right after it ("from 2010 to 2023")?
 */
function pastTitle(tokens: readonly Token[], h: PhraseHit): boolean {
  const before = (k: number) => tokens[h.from - k]?.norm ?? '';
  if (PAST_TITLE_NEXT.has(before(1))) return true;
  if ((before(1) === 'as' && before(2) === 'served') || (before(1) === 'been' && before(2) === 'had')) return true;
  for (let j = h.from - 1; j >= Math.max(0, h.from - PAST_TITLE_REACH); j--) if (PAST_TITLE.has(tokens[j]!.norm)) return true;
  if (tokens.slice(h.to, h.to + 3).some((t) => t.norm === 'until' || t.norm === 'till')) return true;
  return TITLE_UNTIL.has(tokens[h.to]?.norm ?? '') && tokens.slice(h.to + 1, h.to + 5).some(isYear);
}

/** Words of an apposition between a name and its title after it ("Sybiha, the country's foreign minister"). */
const APPOSITION = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'country', 'nation', 'now', 'acting', 'interim', 'who', 'is', 'as']);
/** Words that may stand between a name and its title: a first name, "Ukraine's", a comma. */
const TITLE_GAP = 3;
/** Lower-case words that may stand between a title and the name after it ("Minister of the Interior Ihor Klymenko"). */
const BEFORE_A_NAME = new Set(['of', 'the']);

/**
 * Does token i read as a person's name: capitalised, not an acronym ("UK"), not a possessive ("Ukraine's",
 * "Britain's"), not a demonym ("British", "Ukrainian")? Said of words other than the sentence's first.
 */
function isPersonName(tokens: readonly Token[], text: string, i: number): boolean {
  if (i === 0) return false;
  const word = text.slice(tokens[i]!.start, tokens[i]!.end);
  if (!/^\p{Lu}\p{Ll}/u.test(word) || /['\u2019]s$/.test(word) || /^['\u2019]s/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 2))) return false;
  return !ADJECTIVE.test(tokens[i]!.norm);
}

const STOPWORDS = new Set(
  'the and for that with was were are has have had but not its his her their they them this these those from into onto over than then there which who whom whose what when where while also been being after before about said says would could should will can may might just more most other some such only very each both'.split(' '),
);

/** Words that give a count without a figure. */
const VAGUE_COUNTS = new Set(['hundreds', 'thousands', 'dozens', 'dozen', 'scores', 'several', 'many', 'numerous', 'multiple', 'tens', 'most']);

/** Words that make a figure one expected or possible, not one stated ("303 more were expected on Sunday", "could rise to 20"). */
const EXPECTATION = new Set(['expected', 'expect', 'expects', 'due', 'will', 'could', 'might', 'would', 'planned', 'plans', 'scheduled', 'likely', 'hoped', 'hopes', 'projected', 'possibly', 'potentially']);
/** How many words either side of a figure an expectation word still qualifies it. */
const EXPECTATION_REACH = 4;

/** Words after "N of" that make it a part of a set named before ("10 of the injured", "two of them"); "307 of its soldiers" counts them all. */
const PART_OF = new Set(['the', 'those', 'them', 'these', 'whom', 'which']);
/** Words after "N of" that refer back to the things just counted ("9 missiles, 6 of which were shot down"). */
const RELATIVE_PART = new Set(['which', 'them', 'these', 'those']);
/** Within how many words of the claim's own words a `choice` value of `slot.others` must stand to be the claim's. */
const OTHERS_GAP = 3;

/** The first `near` phrase that starts at token i, if any. */
function nearAt(tokens: readonly Token[], i: number, near: string[][]): string[] | undefined {
  return near.find((p) => phraseAt(tokens, i, p));
}

interface Candidate {
  ci: number;
  claim: Claim;
  hits: PhraseHit[];
  /** The hits of each `match.all` group, in the claim's order. */
  groups: (readonly PhraseHit[])[];
  /** The claim's place came from the page, not the sentence: enough to agree, not to say the sentence differs. */
  placeFromPage: boolean;
  /** A group, or the claim's place, was met by the person or place a word stands for ("He said ...", "killed there"). */
  byPronoun: boolean;
  /** The person the sentence's pronoun stands for, and the place its "there" stands for, if any (antecedent.ts). */
  antecedent: Referents;
  /** The days of the claim's month the sentence names ("05-21"). */
  monthDays: string[];
  /** Months other than the claim's that the sentence names alone ("in June"), where: its figures may be theirs, never a differing value. */
  otherMonths: { at: number; month: string }[];
  /**
   * The sentences before set the news at another meeting than the claim's, or the page tells of another
   * night, and this sentence names no meeting place or day of its own: it may tell of that one.
   */
  setElsewhere: boolean;
  /** The figures the two sentences before gave (followCounts), where a discourse is read. */
  countsBefore?: readonly CountBefore[] | null;
}

export interface TextMatch {
  sentences: SentenceSpan[];
  annotations: Annotation[];
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The figures a number claim counts, and those another matched claim counts more narrowly (countedFigures). */
interface CountedFigures {
  counted: Figure[];
  narrowerElsewhere: Set<Figure>;
}

const NO_FIGURES: CountedFigures = { counted: [], narrowerElsewhere: new Set<Figure>() };

/** What the slot makes of a sentence: the variant it states (none: no side taken), or that it differs, and the words that say so. */
interface SlotReading {
  variant: Variant | null;
  differs: boolean;
  pageValue: string | null;
}

const DIFFERS: SlotReading = { variant: null, differs: true, pageValue: null };

/** Notes a reason for `--why`, written only when asked for. */
type Why = (reason: () => string) => void;
/** The sentence's own words from token `from` to `to`. */
type Words = (from: number, to: number) => string;

/**
 * The annotation for a reading: a differing sentence conflicts with every source; one that states a
 * variant agrees with its sources and, where the reports dispute the claim, conflicts with the others'
 * (variants that differ only in detail do not conflict: VERDICTS.md); one that takes no side agrees
 * with every report.
 */
function annotationOf(claim: Claim, { variant, differs, pageValue }: SlotReading, span: SentenceSpan, score: number | null): Annotation {
  const allSources = claim.variants.flatMap((v) => v.sources);
  const reportOf = (ids: string[]) => uniq(allSources.filter((s) => ids.includes(s.source)).map((s) => s.report));
  const sourceIds = (vs: Variant[]) => uniq(vs.flatMap((v) => v.sources.map((s) => s.source)));
  let agreeSources: string[] = [];
  let conflictSources: string[] = [];
  if (differs) conflictSources = sourceIds(claim.variants);
  else if (variant) {
    agreeSources = sourceIds([variant]);
    if (claim.conflict) conflictSources = sourceIds(claim.variants.filter((v) => v !== variant));
  } else agreeSources = sourceIds(claim.variants);
  return {
    sentence: span.text,
    start: span.start,
    end: span.end,
    claimId: claim.id,
    statement: variant?.statement ?? claim.question,
    stance: differs ? 'differs' : variant ? 'agrees' : 'unresolved',
    variantId: variant?.id ?? null,
    agree: reportOf(agreeSources),
    conflict: reportOf(conflictSources),
    agreeSources,
    conflictSources,
    pageValue,
    score: score === null ? null : Math.round(score * 1000) / 1000,
  };
}

const sameSet = <T,>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x));


/**
 * Asks the matcher why one claim did or did not match (`npm run check -- --why`): each decision point
 * that turns the claim away, or picks its side, calls `note` with a sentence for a curator. Without one
 * the matcher does exactly the same work.
 */
export interface Explainer {
  claimId: string;
  note(reason: string): void;
}

const phraseList = (group: string[][], max = 6) =>
  group.slice(0, max).map((p) => `"${p.join(' ')}"`).join(', ') + (group.length > max ? `, ... (${group.length} in all)` : '');

export interface Explanation {
  annotation: Annotation | null;
  reasons: string[];
  groupsMet: number;
  groups: number;
}

/** What a page says of itself, beyond its text. */
export interface PageFacts {
  /** Its publication date (YYYY-MM-DD) from its own metadata (src/page/published.ts), if it gives one. */
  published?: string | null;
}

/**
 * How long before a topic's month a page may appear and still report its events: an article on the eve of
 * talks reports that they are planned. Earlier than that, it was written before the events.
 */
export const PUBLISHED_BEFORE_MARGIN_DAYS = 31;

// The reaches below are counted in words, not characters: how a page spaces its words changes none of them.
/** How far into a page's context (its headline, then its opening) a day named dates the page: a dateline's reach. */
const DATELINE_WORDS = 50;
/** Words that recall the night before the page's ("the previous night's attack", "that attack"). */
const RECAP = [['the', 'night', 'before'], ['previous', 'night'], ['that', 'attack'], ['the', 'weekend', 'began'], ['a', 'day', 'earlier'], ['the', 'day', 'before'], ['recap']];
/** How far into a page's context its night is told: the headline and the first paragraphs of the story. */
const PAGE_NIGHT_WORDS = 100;
/** How far from a night word of a page's opening its weekday may stand ("overnight into Sunday"). */
const PAGE_NIGHT_REACH = 3;
/** How long a live blog's line of the day, opening with its weekday, may be ("Sunday 25 May", "Sunday, 25 May 2025 - live"). */
const DAY_LINE_WORDS = 6;
/** Words of an update: the day after them is the update's, not the page's news ("Last updated: 3 June"). */
const UPDATE = /^(updated?|updates|modified|revised|corrected|correction)$/;
const UPDATE_REACH = 4;
/** How far into a line of a page's opening a day named is its dateline ("KYIV, June 17 (Reuters) -"). */
const DATELINE_LINE_WORDS = 7;

/** For each token, its place in its line (0 for a line's first word) and the number of words on its line. */
function linePlaces(tokens: readonly Token[], text: string): { at: number; of: number }[] {
  const out: { at: number; of: number }[] = [];
  let first = 0;
  const close = (end: number) => {
    for (let j = first; j < end; j++) out[j]!.of = end - first;
  };
  tokens.forEach((t, i) => {
    if (i > 0 && text.slice(tokens[i - 1]!.end, t.start).includes('\n')) {
      close(i);
      first = i;
    }
    out.push({ at: i - first, of: 0 });
  });
  close(tokens.length);
  return out;
}

/**
 * The day a page's dateline names, as YYYY-MM-DD ("????" for a year it does not give), or null: the earliest
 * day named near the start of a line (DATELINE_LINE_WORDS) of its headline and opening (DATELINE_WORDS), not an update's:
 * "KYIV, June 17 (Reuters) -", "Live updates, Friday 4 July", "Published 24 May 2025". A day named further
 * into a sentence ("the swap, the largest since the one on 9 July, ...") dates only what it tells.
 */
function datelineDay(tokens: readonly Token[], text: string): string | null {
  // Not the day of an update ("Last updated: 3 June 2025"): the page's news is older.
  const updated = (i: number) => tokens.slice(Math.max(0, i - UPDATE_REACH), i).some((u) => UPDATE.test(u.norm));
  const head = tokens.slice(0, DATELINE_WORDS);
  const lines = linePlaces(head, text);
  const opening = head.filter((_, i) => lines[i]!.at < DATELINE_LINE_WORDS && !updated(i));
  // The earliest day named there: "Last updated: 3 June 2025 | First published: 24 May 2025" is a page of 24 May.
  const named = daysNamed(opening);
  const first = [...named].sort()[0];
  if (!first) return null;
  const year = datesIn(opening).find((d) => d.slice(5) === first.slice(0, 2))?.slice(0, 4);
  return `${year ?? '????'}-${first}`;
}

/**
 * The weekdays of the night a page's headline and first paragraphs (PAGE_NIGHT_WORDS) tell of: the day
 * after a weekday's night ("after Tuesday night's attack": Wednesday); right after "into" or "to" just after a night word ("overnight into Sunday", "the night to Monday"; not any
 * weekday near it, "pounds Kyiv overnight, Sunday to bring final swap"), or a live blog's short line that
 * opens with a weekday ("Sunday 25 May"), on a page with a night word. Empty where it tells of none.
 */
function nightOfPage(tokens: readonly Token[], text: string): string[] {
  const opening = tokens.slice(0, PAGE_NIGHT_WORDS);
  // "after Tuesday night's attack": the night into Wednesday (an attack of that night, not "by Saturday night").
  const weekdayNights = opening.flatMap((t, i) =>
    WEEKDAYS.has(t.norm) && opening[i + 1]?.norm === 'night' && opening.slice(i + 2, i + 5).some((w) => NIGHT_ATTACKS.test(w.norm)) ? [NEXT_WEEKDAY.get(t.norm)!] : [],
  );
  const nights = opening.flatMap((t, i) => (t.norm === 'overnight' || (t.norm === 'night' && ['last', 'the'].includes(opening[i - 1]?.norm ?? '')) ? [i] : []));
  if (!nights.length) return weekdayNights;
  const intoDay = (i: number) => ['into', 'to'].includes(opening[i - 1]?.norm ?? '') && nights.some((n) => n < i - 1 && i - n <= PAGE_NIGHT_REACH);
  const lines = linePlaces(opening, text);
  const dayLine = (i: number) => lines[i]!.at === 0 && lines[i]!.of <= DAY_LINE_WORDS;
  return [...weekdayNights, ...opening.filter((t, i) => WEEKDAYS.has(t.norm) && (intoDay(i) || dayLine(i))).map((t) => t.norm)];
}

/** Words that open an aside, whose time is its own: "who visited the front last month", "unlike last month's swap". */
const ASIDE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'unlike', 'like', 'since', 'than']);

/** Does token `at` stand in an aside: a clause, set off by commas or the sentence's start, that ASIDE_OPENERS opens? */
function inAside(tokens: readonly Token[], text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(',')) return ASIDE_OPENERS.has(tokens[i + 1]!.norm);
  }
  return ASIDE_OPENERS.has(tokens[0]?.norm ?? '');
}

/**
 * The nights a sentence names, by the weekday each runs into: "overnight into Sunday", "the night to
 * Monday" (a weekday right after "into" or "to" just after a night word), "on Saturday night" (Sunday).
 */
function nightsNamed(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!WEEKDAYS.has(t.norm)) return;
    const intoDay = ['into', 'to'].includes(tokens[i - 1]?.norm ?? '') && tokens.slice(Math.max(0, i - 1 - PAGE_NIGHT_REACH), i - 1).some((n) => NIGHT_WORDS.has(n.norm));
    if (intoDay) out.push(t.norm);
    else if (tokens[i + 1]?.norm === 'night') out.push(NEXT_WEEKDAY.get(t.norm)!);
  });
  return out;
}

/** How many sentences after one that names another night still tell of it ("Overnight into Sunday, Russia fired 298 drones. At least 12 people were killed."). */
const NIGHT_MEMORY = 1;

/** Words right before a figure that make it what remains of a whole ("the remaining 303 on each side"). */
const REMAINDER = new Set(['remaining', 'outstanding', 'last', 'final', 'other', 'rest']);

/** Words of an attack that make a weekday's night the page's news ("Tuesday night's attack"). */
const NIGHT_ATTACKS = /^(attacks?|strikes?|raids?|barrages?|bombardments?|assaults?|shelling)$/;

/** How many pages' days laterPage remembers. */
const LATER_PAGES_CACHED = 1_000;
/** How many days after the last of a month's event days a page's own day makes it a page of later news. */
export const LATER_PAGE_MARGIN_DAYS = 3;
/** How far from a day of the claim's a week counted back ("last week", "two weeks ago") may fall: less than half a week, so weeks do not overlap. */
const WEEK_SLACK_DAYS = 3;

/** Was a page published on `published` (YYYY-MM-DD) too early to report events of `period` (YYYY-MM)? */
export function publishedBefore(published: string, period: string): boolean {
  const start = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
  const at = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(at) && at < start - PUBLISHED_BEFORE_MARGIN_DAYS * 86_400_000;
}

export class Matcher {
  private readonly aliases: AliasMatcher;
  private readonly names: NameSpellings;
  private readonly antecedents: Antecedents;
  /** The lexicon's other wars and this war's sides, indexed by word (otherWar). */
  private readonly otherWars: { names: PhraseIndex; sides: PhraseIndex };
  /** The lexicon's places of other meetings, and each topic's own venue (its file's `venue`). */
  private readonly otherVenues: PhraseIndex;
  private readonly venues = new Map<string, string[][]>();
  /** Every topic's venue words at once: most sentences name none, and need not be read per topic. */
  private readonly anyVenue: PhraseIndex;
  /** laterPage's answer per page day and claim month. */
  private readonly laterPages = new Map<string, string | null>();
  /** Every word the claim base uses (its phrases, aliases and places): a capitalised word outside it may be another's name. */
  private readonly knownWords = new Set<string>();
  private readonly knownStems = new Set<string>();
  /** One-word places of `@places`, and the districts and regions the claims name: what a "there" may stand for. */
  private readonly placeWords: Set<string>;
  private readonly subPlaceWords = new Set<string>();
  private readonly exact = new Map<string, Set<number>>();
  private readonly prefix = new Map<string, Set<number>>();
  private readonly fuses = new Map<number, Fuse<string>>();
  private readonly options: MatchOptions;
  /** Per claim, the weekdays its own words name ("Saturday, 24 May"): a figure given for another day is another count. */
  private readonly claimDays = new Map<string, Set<string>>();
  /** Claims of which day, their variants saying one ("on Saturday"): they read the day themselves. */
  private readonly dayClaims = new Set<string>();
  /** Claims that are themselves of an earlier instance ("the earlier swap of 6 May"). */
  private readonly earlierClaims = new Set<string>();
  /** Per claim, the years its own words and its reports' quotes name: a sentence set in one of them may still state it. */
  private readonly claimYears = new Map<string, Set<string>>();
  /** Number claims whose own words count a part of something ("six of the missiles", "245 of the 250 drones"). */
  private readonly partitiveClaims = new Set<string>();
  /**
   * Claims of one day's count whose match groups need no day, where another claim counts the same things
   * on another day (exchange.friday-soldiers, beside Saturday's count): buildEventFigures.
   */
  private readonly daylessClaims = new Set<string>();
  /** Claims that count the dead, or the injured (by their match words): a figure of the other toll is no count of theirs. */
  private readonly tollKind = new Map<string, Toll>();
  /** Per topic, the weekdays any of its claims names: the days of its events ("Friday" to "Sunday" for the exchange). */
  private readonly topicDays = new Map<string, Set<string>>();
  /**
   * Per month (a claim file's `period`), the days of it any claim names, and a day either side: the days
   * of the events the base covers then (the talks of 16 May led to the swap of 23-25 May).
   */
  private readonly periodDays = new Map<string, Set<string>>();
  /** Each page's context text, by its context tokens, for pageTime. */
  private readonly contextTexts = new WeakMap<Token[], string>();
  /** Each page's dateline day and night weekdays (pageTime), by its context tokens. */
  private readonly pageTimes = new WeakMap<Token[], { day: string | null; nights: string[] }>();
  /**
   * Per month (a claim file's `period`), the weekdays any claim's words or its reports' quotes name: the
   * days its news tells of ("early Sunday"). Per month, not per topic: one sentence may tell of two
   * topics ("the swap, agreed in Istanbul, was to end on Sunday").
   */
  private readonly periodWeekdays = new Map<string, Set<string>>();
  /** Per month, the days of it any claim names, exactly ("05-16"). */
  private readonly periodNamedDays = new Map<string, Set<string>>();
  /** The same per topic: a day of another topic's event is no day of this one's ("273 drones on 17-18 May" beside the talks of 16 May). */
  private readonly topicDates = new Map<string, Set<string>>();
  /** Per claim, the places of a kind its own words name ("Kyiv's Obolon district": obolon). */
  private readonly claimSubPlaces = new Map<string, Set<string>>();
  /** Per claim, the words of its question and statements. */
  private readonly claimWords = new Map<string, Set<string>>();
  /** The `@places` phrases by their first word. */
  private readonly placesByFirst: Map<string, string[][]>;
  /** Per claim, the places (of `@places`) its own words name: a figure given for another place is another count. */
  private readonly claimPlaces = new Map<string, Set<string>>();
  /** Per number claim, the figures its event's reports give for the same kind of thing, and their sums: a page may state them without differing. */
  private readonly eventFigures = new Map<string, number[]>();
  /** Per number claim of no day, the days its siblings count the same things on ("1,000 freed on Friday" is Friday's count, not the deal's). */
  private readonly siblingDays = new Map<string, Set<string>>();
  /** Length of the longest prefix key: longer prefixes of a word cannot be in the index. */
  /** The lengths of the prefixes in `prefix`, longest last: a word is cut only at those. */
  private prefixLengths: number[] = [];

  constructor(
    readonly index: ClaimIndex,
    options: Partial<MatchOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.aliases = compileAliases(index.aliases);
    this.names = this.buildNames();
    const stems = [...this.knownStems];
    const knownCache = new Map<string, boolean>();
    const known = (w: string) => {
      let k = knownCache.get(w);
      if (k === undefined) knownCache.set(w, (k = this.knownWords.has(w) || stems.some((s) => w.startsWith(s))));
      return k;
    };
    this.antecedents = new Antecedents(index.people ?? { he: [], she: [] }, known);
    this.otherWars = { names: new PhraseIndex(index.otherWars?.names ?? []), sides: new PhraseIndex(index.otherWars?.sides ?? []) };
    this.otherVenues = new PhraseIndex(index.otherVenues ?? []);
    for (const t of index.topics) if (t.venue) this.venues.set(t.id, t.venue);
    this.anyVenue = new PhraseIndex([...this.venues.values()].flat());
    this.placeWords = new Set((index.places ?? []).filter((p) => p.length === 1).map((p) => p[0]!));
    this.buildPrefilter();
    this.placesByFirst = byFirstWord(index.places ?? []);
    // Each quote read once, for the claim's years here and the event's figures (buildEventFigures).
    const quotesOf = new Map(
      index.claims.map((c) => [c, c.variants.flatMap((v) => v.sources.map((q) => ({ claim: c, text: q.quote, tokens: normalizeText(q.quote, this.aliases) })))]),
    );
    for (const c of index.claims) {
      const words = normalizeText([c.question, ...c.variants.map((v) => v.statement)].join(' '), this.aliases);
      const norms = new Set(words.map((t) => t.norm));
      if (words.some((t, i) => t.digits && words[i + 1]?.norm === 'of')) this.partitiveClaims.add(c.id);
      const heads = c.all.flat().map((p) => p[0]!);
      const [dead, hurt] = [heads.some((w) => TOLL_WORDS.killed.test(w)), heads.some((w) => TOLL_WORDS.injured.test(w))];
      if (c.slot.type === 'number' && dead !== hurt) this.tollKind.set(c.id, dead ? 'killed' : 'injured');
      this.claimWords.set(c.id, norms);
      const places = namedPlaces(words);
      if (places.size) this.claimSubPlaces.set(c.id, places);
      for (const p of places) this.subPlaceWords.add(p);
      this.claimDays.set(c.id, new Set([...norms].filter((w) => WEEKDAYS.has(w))));
      if ([...OTHER_INSTANCE].some((w) => norms.has(w))) this.earlierClaims.add(c.id);
      if (c.variants.some((v) => v.say?.some((p) => p.some((w) => WEEKDAYS.has(w))))) this.dayClaims.add(c.id);
      // Years the claim's own words or its reports' quotes name ("the first direct talks since 2022").
      const quoted = quotesOf.get(c)!.flatMap((q) => q.tokens);
      this.claimYears.set(c.id, new Set([...words, ...quoted].filter(isYear).map((t) => t.norm)));
      const topicDays = this.topicDays.get(c.topic) ?? new Set<string>();
      for (const d of this.claimDays.get(c.id)!) topicDays.add(d);
      this.topicDays.set(c.topic, topicDays);
      if (c.period) {
        const days = this.periodDays.get(c.period) ?? new Set<string>();
        const topicDates = this.topicDates.get(c.topic) ?? new Set<string>();
        // A day either side: a night spans two dates, and its news is dated the day after.
        for (const d of daysNamed(words))
          for (const near of [-1, 0, 1]) {
            const day = `${d.slice(0, 3)}${String(Number(d.slice(3)) + near).padStart(2, '0')}`;
            days.add(day);
            topicDates.add(day);
          }
        this.periodDays.set(c.period, days);
        const namedDays = this.periodNamedDays.get(c.period) ?? new Set<string>();
        for (const d of daysNamed(words)) namedDays.add(d);
        this.periodNamedDays.set(c.period, namedDays);
        const weekdays = this.periodWeekdays.get(c.period) ?? new Set<string>();
        for (const t of [...words, ...quoted]) if (WEEKDAYS.has(t.norm)) weekdays.add(t.norm);
        this.periodWeekdays.set(c.period, weekdays);
        this.topicDates.set(c.topic, topicDates);
      }
      this.claimPlaces.set(c.id, new Set([...this.placesIn(words), ...c.where.map((p) => p.join(' '))]));
    }
    this.buildEventFigures([...quotesOf.values()].flat());
  }

  /**
   * A figure another claim of the same event gives for the same kind of thing is not a differing value
   * ("a day after each side freed 390" is Friday's count, not Saturday's), nor is one the reports imply:
   * a sum of two of their figures ("697 over two days", "2,000 people, 1,000 from each side"). "The same
   * kind of thing": the other claim counts with one of this claim's `near` words (prisoners, drones).
   */
  private buildEventFigures(read: readonly { claim: Claim; text: string; tokens: Token[] }[]): void {
    const key = (p: string[]) => p.join(' ');
    const valuesOf = (c: Claim) => uniq(c.variants.flatMap((v) => (v.value === undefined ? [] : [v.value])));
    // Each quote's figures, found once.
    const quotes = read.map((q) => ({ claim: q.claim, tokens: q.tokens, figures: findFigures(q.tokens, q.text) }));
    // Places a claim's words name: eight injured in Kyiv do not explain five injured in Tula.
    const placesOf = (o: Claim) => new Set([...(this.claimPlaces.get(o.id) ?? []), ...(this.claimSubPlaces.get(o.id) ?? [])]);
    const samePlace = (a: Claim, b: Claim) => {
      const [pa, pb] = [placesOf(a), placesOf(b)];
      return !pa.size || !pb.size || [...pb].some((p) => pa.has(p));
    };
    // Figures the reports give, in the quote of any claim of the topic and place, for the things this
    // claim counts ("9 ballistic missiles at Kyiv").
    const quotedOf = (c: Claim) =>
      quotes
        .filter((q) => q.claim.topic === c.topic && samePlace(c, q.claim))
        .flatMap((q) => q.figures.filter((f) => countedAfter(q.tokens, f.index, specificOf(c)) >= 0).map((f) => f.value));
    const specificOf = (c: Claim) => c.slot.near.filter((p) => !GENERIC_UNITS.has(key(p)));
    for (const c of this.index.claims) {
      if (c.slot.type !== 'number') continue;
      // "People" or "each" say nothing of what is counted: eight injured in Kyiv do not explain eight killed in Odesa.
      const units = new Set(specificOf(c).map(key));
      // Its siblings count the same things: one of them is among their counted words, or among the words
      // that must be there to state them at all ("128 drones shot down by fire" counts drones too).
      const counts = (o: Claim) => o.slot.near.some((p) => units.has(key(p))) || o.all.some((g) => g.some((p) => units.has(key(p))));
      // And of the same place, or of none named.
      const siblings = this.index.claims.filter((o) => o.topic === c.topic && o.slot.type === 'number' && counts(o) && samePlace(c, o));
      // Counts made by each side add up to both sides' together, and each side's count of one day with a
      // count of the same things on another day ("697 over two days"; "577 soldiers": 270 of Friday's and
      // 307 on Saturday). Other sums mean nothing (a deal's total and a round's, injured in Kyiv and in
      // Odesa, a first toll and its update), and would explain away every figure.
      const perSide = siblings.filter((o) => o.slot.near.some((p) => p[0] === 'each'));
      const daily = siblings.filter((o) => this.claimDays.get(o.id)?.size);
      const sums = daily.flatMap((a, i) =>
        daily
          .slice(i + 1)
          .filter((b) => (perSide.includes(a) || perSide.includes(b)) && !sameSet(this.claimDays.get(a.id)!, this.claimDays.get(b.id)!))
          .flatMap((b) => valuesOf(a).flatMap((x) => valuesOf(b).map((y) => x + y))),
      );
      const doubles = perSide.flatMap((o) => valuesOf(o).map((x) => 2 * x));
      const ownDays = this.claimDays.get(c.id)!;
      if (ownDays.size && !c.all.some((g) => g.some((p) => p.some((w) => WEEKDAYS.has(w)))) && daily.some((o) => !sameSet(this.claimDays.get(o.id)!, ownDays)))
        this.daylessClaims.add(c.id);
      this.eventFigures.set(c.id, uniq([...siblings.flatMap(valuesOf), ...quotedOf(c), ...sums, ...doubles]));
      if (!this.claimDays.get(c.id)?.size) this.siblingDays.set(c.id, new Set(siblings.flatMap((o) => (o === c ? [] : [...this.claimDays.get(o.id)!]))));
    }
  }

  /**
   * The base's names for fuzzy spelling (./names.ts): every spelling in the alias table, and each word
   * of a claim's phrases that its quotes write with a capital (Witkoff, Dmitriev, Fidan). Every word
   * the base uses is known, and never re-read as a name.
   */
  private buildNames(): NameSpellings {
    const names = new Map<string, string>();
    for (const [spelling, canonical] of Object.entries(this.index.aliases))
      if (!/\s/.test(spelling) && !/\s/.test(canonical)) {
        names.set(spelling, canonical);
        names.set(canonical, canonical);
      }
    const known = this.knownWords;
    for (const n of names.keys()) known.add(n);
    // Prefix phrases ("ukrain*") are known by their stem, for every word they match.
    const stems = this.knownStems;
    for (const p of this.index.places ?? []) for (const w of p) known.add(w);
    for (const c of this.index.claims) {
      const phrases = [...c.all.flat(), ...c.none, ...c.where, ...c.context, ...c.slot.near, ...c.slot.others, ...c.variants.flatMap((v) => v.say ?? [])];
      // The words its quotes write with a capital and the rest in lower case ("Witkoff"), read once per claim.
      const capitalised = new Set<string>();
      for (const q of c.variants.flatMap((v) => v.sources.map((src) => src.quote)))
        for (const m of q.matchAll(/\b[A-Z][a-z]*\b/g)) capitalised.add(m[0].toLowerCase());
      for (const p of phrases)
        for (const w of p) {
          const word = w.replace(/\*$/, '');
          known.add(word);
          if (w.endsWith('*') && word.length >= 3) stems.add(word);
          if (!w.endsWith('*') && /^[a-z]+$/.test(word) && capitalised.has(word) && !names.has(word)) names.set(word, word);
        }
    }
    return new NameSpellings([...names].map(([spelling, canonical]) => ({ spelling, canonical })), known);
  }

  /**
   * Index each claim under the words of its most selective group: a sentence
   * can only match a claim if it contains one of them.
   */
  private buildPrefilter(): void {
    const df = new Map<string, number>();
    const firstWords = (g: string[][]) => uniq(g.map((p) => p[0]!));
    for (const c of this.index.claims) for (const g of c.all) for (const w of firstWords(g)) df.set(w, (df.get(w) ?? 0) + 1);
    this.index.claims.forEach((c, ci) => {
      let best: string[] = [];
      let bestCost = Infinity;
      for (const g of c.all) {
        const words = firstWords(g);
        const cost = words.reduce((n, w) => n + (df.get(w) ?? 0), 0);
        if (cost < bestCost) {
          bestCost = cost;
          best = words;
        }
      }
      for (const w of best) {
        const map = w.endsWith('*') ? this.prefix : this.exact;
        const key = w.endsWith('*') ? w.slice(0, -1) : w;
        let set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        set.add(ci);
        if (map === this.prefix && !this.prefixLengths.includes(key.length)) this.prefixLengths = [...this.prefixLengths, key.length].sort((a, b) => a - b);
      }
    });
  }

  private candidates(tokens: Token[]): Set<number> {
    const out = new Set<number>();
    const add = (s: Set<number> | undefined) => s?.forEach((ci) => out.add(ci));
    for (const t of tokens) {
      const w = t.norm;
      add(this.exact.get(w));
      if (w.endsWith('es')) add(this.exact.get(w.slice(0, -2)));
      if (w.endsWith('s')) add(this.exact.get(w.slice(0, -1)));
      // Only at the lengths of its keys, so a very long word ("aaaa...") does not cost quadratic time.
      for (const n of this.prefixLengths) {
        if (n > w.length) break;
        add(this.prefix.get(w.slice(0, n)));
      }
    }
    return out;
  }

  private fuseFor(ci: number): Fuse<string> {
    let fuse = this.fuses.get(ci);
    if (!fuse) {
      const c = this.index.claims[ci]!;
      const docs = [c.question, ...c.variants.flatMap((v) => [v.statement, ...v.sources.map((s) => s.quote)])];
      fuse = new Fuse(docs, { useTokenSearch: true, includeScore: true, ignoreLocation: true, threshold: 0.4 });
      this.fuses.set(ci, fuse);
    }
    return fuse;
  }

  /**
   * Similarity of the sentence to the claim's own words, 0..1. The query is
   * the sentence's content words, each once (fuse.js token search fuzzy-matches
   * each term, so function words would only add cost).
   */
  private similarity(ci: number, tokens: Token[]): number {
    const words = [...new Set(tokens.filter((t) => t.digits || (t.norm.length > 2 && !STOPWORDS.has(t.norm))).map((t) => t.norm))];
    if (!words.length) return 0;
    const best = this.fuseFor(ci).search(words.slice(0, MAX_QUERY_WORDS).join(' '), { limit: 1 })[0];
    return best ? 1 - (best.score ?? 1) : 0;
  }

  /**
   * Annotate one sentence. `contextTokens` are the page's headline and opening (contextTokens()), for
   * the topic check and a place the sentence leaves to the page; `page`, what the page says of itself
   * (its publication date); `explain`, who asks why one claim did or did not match; `discourse`, the
   * sentences before on the page, read in order (newDiscourse()): the person a "he" or "she" stands for.
   */
  matchSentence(sentence: SentenceSpan | string, contextTokens?: Token[], page: PageFacts = {}, explain?: Explainer, discourse?: Discourse): Annotation[] {
    const shown = typeof sentence === 'string' ? { text: sentence, start: 0, end: sentence.length } : sentence;
    // A sentence of a longer quotation is read with the words that name its speaker; it is shown as it stands.
    const span = shown.attribution || shown.continuesQuote ? { ...shown, text: readingText(shown) } : shown;
    const tokens = this.sentenceTokens(span.text);
    const antecedent: Referents = discourse
      ? { person: this.antecedents.follow(discourse, tokens, span.text), place: this.antecedents.followPlace(discourse, tokens, span.text, this.placeWords, this.subPlaceWords), stranger: discourse.stranger }
      : NO_REFERENTS;
    if (!tokens.length) {
      explain?.note('the sentence has no words');
      return [];
    }
    if (asks(span.text)) {
      explain?.note('the sentence is a question: it asserts nothing');
      return [];
    }
    const candidates = this.candidates(tokens);
    for (const r of [antecedent.person, antecedent.place]) if (r) this.exact.get(r.name)?.forEach((ci) => candidates.add(ci));
    // The claim explained is checked even where the prefilter would skip it: its groups then say why.
    const explained = explain ? this.index.claims.findIndex((c) => c.id === explain.claimId) : -1;
    if (explained >= 0) candidates.add(explained);
    // The meeting the sentences before set the news at: read on every sentence of a discourse, and on none
    // that neither a discourse nor a candidate needs it for.
    const otherVenue = (!!discourse || candidates.size > 0) && this.namesOtherMeeting(tokens);
    const setting = discourse ? this.settle(discourse, tokens, otherVenue) : null;
    const nightBefore = discourse ? followNight(discourse, tokens) : null;
    const countsBefore = discourse ? followCounts(discourse, tokens, span.text) : null;
    if (!candidates.size) return [];
    const dated = this.dated(tokens, span.text, otherVenue);
    const matched: Candidate[] = [];
    // Quotations that end in a question mark: what stands only inside one asserts nothing.
    const questions = quoteRanges(span.text).filter(([qs, qe]) => /\?\s*\S?$/u.test(span.text.slice(qs, qe)));
    for (const ci of candidates) {
      const m = this.admit(ci, tokens, span.text, dated, questions, contextTokens, page, antecedent, setting, nightBefore, ci === explained ? explain!.note : undefined);
      if (m) matched.push(countsBefore ? { ...m, countsBefore } : m);
    }
    if (!matched.length) return [];
    const figures = findFigures(tokens, span.text);
    const counted = this.countedFigures(matched, tokens, span.text, figures);
    // Values some matched claim gives, where a figure it counts gives them: a figure that one of them explains
    // is not a differing figure for another. A claim that counts none of the sentence's figures explains
    // none ("missiles struck the port, killing two people": two is no count of missiles, though two
    // missiles is a report's).
    const knownValues = matched.flatMap((m) => {
      const own = counted.get(m)?.counted ?? [];
      return m.claim.slot.type === 'number' ? m.claim.variants.map((v) => v.value!).filter((v) => v !== undefined && own.some((f) => f.value === v)) : [];
    });
    const out: Annotation[] = [];
    for (const m of matched) {
      // fuse.js costs most of the matcher's time: score only where a threshold can turn the candidate away.
      const score = this.options.minScore > 0 ? this.similarity(m.ci, tokens) : null;
      if (score !== null && score < this.options.minScore) {
        if (m.ci === explained) explain!.note(`its similarity to the claim's words, ${score.toFixed(2)}, is under the sensitivity's threshold ${this.options.minScore}`);
        continue;
      }
      const note = m.ci === explained ? explain!.note : undefined;
      const a = this.resolve(m, tokens, figures, counted.get(m) ?? NO_FIGURES, knownValues, span, shown, score, note);
      if (!a) continue;
      out.push(a);
      // A sentence that gives a figure of the reports is back at their event: the counts before it are of no whole the next counts a part of.
      if (discourse?.counts && a.variantId !== null && m.claim.slot.type === 'number') discourse.counts = discourse.counts.filter((c) => c.age === 0);
    }
    return out;
  }

  /**
   * Does the sentence state claim `ci` at all, before its side is read? Every `match.all` group, no
   * `match.none` phrase, not only as a condition, its place (or the page's), no date of another month,
   * its topic in the sentence or the page's opening, and a page not published too early. The candidate,
   * with its hits, or null; `note` hears why not.
   */
  private admit(ci: number, tokens: Token[], text: string, dated: Dated, questions: readonly [number, number][], contextTokens: Token[] | undefined, page: PageFacts, antecedent: Referents, setting: Setting | null, nightBefore: readonly string[] | null, note?: (reason: string) => void): Candidate | null {
    const claim = this.index.claims[ci]!;
    const why: Why = (reason) => {
      if (note) note(reason());
    };
    if (page.published && claim.period && publishedBefore(page.published, claim.period)) {
      why(() => `the page was published on ${page.published}, too early to report events of ${claim.period}`);
      return null;
    }
    const hits: PhraseHit[] = [];
    const groups: (readonly PhraseHit[])[] = [];
    let byPronoun = false;
    for (const [g, group] of claim.all.entries()) {
      let h = findGroup(tokens, group);
      // "He said ...", "three were killed there": the person or place the sentences before name meets a
      // group that names them, at the word that stands for them.
      // Not a title: "He sent a deputy foreign minister" gives the title to someone else.
      for (const r of claim.title ? [] : [antecedent.person, antecedent.place]) {
        if (h.length || !r || !group.some((p) => p.length === 1 && p[0] === r.name)) continue;
        h = [{ from: r.at, to: r.at + 1, length: 1 }];
        byPronoun = true;
        why(() => `"${tokens[r.at]!.norm}" stands for ${r.name}, whom the sentences before name: it meets match group ${g + 1}`);
      }
      if (!h.length) {
        why(() => `no phrase of match group ${g + 1} of ${claim.all.length} is in the sentence (${phraseList(group)})`);
        return null;
      }
      groups.push(h);
      for (const x of h) hits.push(x); // not push(...h): a huge spread overflows the stack
    }
    // '"Were 400 drones really launched?" one resident asked': words only in a quoted question assert nothing.
    if (questions.length && groups.some((g) => g.every((h) => inQuotes(tokens, h.from, h.to, questions)))) {
      why(() => 'the words of one of its match groups stand only in a quoted question: the sentence asserts nothing of them');
      return null;
    }
    if (deniesOnlyOfSelf(tokens, text) && negates(tokens, groups, text)) {
      why(() => 'a negation of the claim\'s words stresses its subject ("had not seen him herself"): someone else may have, so the sentence neither states nor denies the claim');
      return null;
    }
    // "Türkiye has hosted earlier prisoner exchanges": every word of one group names another instance of its
    // kind (otherInstanceAt), unless the claim is itself of an earlier one ("the earlier swap of 6 May").
    if (!this.earlierClaims.has(claim.id) && groups.some((hits) => hits.length > 0 && hits.every((h) => otherInstanceAt(tokens, text, h.from - 1) || otherInstanceAt(tokens, text, h.from - 2)))) {
      why(() => 'the words of one of its match groups follow "earlier", "previous" or "past": another instance of its kind');
      return null;
    }
    if (habitual(tokens, groups, text)) {
      why(() => 'a habitual adverb ("repeatedly", "has long") governs words of one of its match groups: the sentence tells of a habit, not the event');
      return null;
    }
    if (conditional(tokens, groups, text)) {
      why(() => 'the words of one of its match groups stand only in a clause of "if" or "unless": the sentence does not assert the claim');
      return null;
    }
    if (claim.none.length && hasGroup(tokens, claim.none)) {
      why(() => `the sentence has a phrase of match.none (${phraseList(claim.none)}), which rules the claim out`);
      return null;
    }
    let placeFromPage = false;
    if (claim.where.length) {
      const here = findGroup(tokens, claim.where);
      const there = antecedent.place;
      const thereOwn = !!there && claim.where.some((p) => p.length === 1 && p[0] === there.name);
      // "Three were killed there": the place named before is the sentence's; another than the claim's rules it out.
      if (!here.length && there && !thereOwn) {
        why(() => `"${tokens[there.at]!.norm}" stands for ${there.name}, named before: not a place of match.where (${phraseList(claim.where)})`);
        return null;
      }
      // The place named before, like the page's, is enough to agree, not to say the sentence differs.
      placeFromPage = !here.length;
      // "At least 15 people were injured" on a page about Kyiv: the place is the page's, unless the sentence names another.
      if (here.length) for (const x of here) hits.push(x);
      else if (hasGroup(tokens, claim.elsewhere) || (!thereOwn && (!contextTokens || !hasGroup(contextTokens, claim.where)))) {
        why(() => hasGroup(tokens, claim.elsewhere)
          ? `the sentence names another place, not one of match.where (${phraseList(claim.where)})`
          : `neither the sentence nor the page's opening names a place of match.where (${phraseList(claim.where)})`);
        return null;
      }
    }
    if (this.belongsElsewhere(tokens, text, claim, groups)) {
      why(() => 'the words of one of its match groups stand nearer another named district or region than the claim\'s own: they tell of that place');
      return null;
    }
    if (this.anotherWeekday(tokens, claim)) {
      why(() => `the sentence names only weekdays that no claim or report of ${claim.period} names (${[...(this.periodWeekdays.get(claim.period!) ?? [])].join(', ')}): another day's news`);
      return null;
    }
    // A sentence dated to another month speaks of another event ("9 July 2025", "in July 2022").
    if (claim.period && dated.dates.some((d) => d !== claim.period && !claim.months.includes(d))) {
      why(() => `the sentence is dated to ${dated.dates.filter((d) => d !== claim.period).join(', ')}, another month than the claim's (period ${claim.period})`);
      return null;
    }
    // "most of them agreed at the June talks": another month naming the claim's own thing is another event.
    const ownMonth = claim.period?.slice(5);
    const namesOwnMonth = !!ownMonth && (dated.monthsAlone.includes(ownMonth) || dated.dayMonths.includes(ownMonth) || dated.dates.includes(claim.period!) || (ownMonth === '05' && dated.namesMay));
    const otherMonths = dated.monthsAloneAt.filter(({ month }) => anotherMonth(claim, month));
    if (otherMonths.some(({ at }) => hits.some((h) => h.from === at + 1) || EVENT_NOUNS[claim.topic]?.has(tokens[at + 1]?.norm ?? ''))) {
      why(() => 'another month names the claim\'s own words ("the June talks"): another event');
      return null;
    }
    // "In July, each side freed 1,200 prisoners": a month opening the sentence dates all of it.
    // (Not where it also names the claim's own month: "In June, Zelensky recalled that the exchange in May ...".)
    if (!namesOwnMonth && dated.openingMonth && anotherMonth(claim, dated.openingMonth)) {
      why(() => `the sentence opens with another month (month ${dated.openingMonth}; the claim's period is ${claim.period}): another event`);
      return null;
    }
    // "during an earlier swap in 2024": another year than the claim's, or any its reports' words name, is another event.
    const otherYear = claim.period ? dated.years.find((y) => y !== claim.period!.slice(0, 4) && !this.claimYears.get(claim.id)!.has(y)) : undefined;
    if (otherYear) {
      why(() => `the sentence tells of events in ${otherYear}, not the claim's year (period ${claim.period})`);
      return null;
    }
    // "the largest swap took place on April 19": a day of another month, the year left to the page.
    if (dated.dayMonths.some((mm) => anotherMonth(claim, mm))) {
      why(() => `the sentence names a day of another month (month ${dated.dayMonths.join(', ')}; the claim's period is ${claim.period})`);
      return null;
    }
    // "on the night of May 21": a day of the claim's month that is none of the base's days then is another
    // night, another swap. The base's days, not the claim's own: "307 on Saturday, after 390 on May 23"
    // still states Saturday's count, and "the swap agreed on May 16" still states the swap.
    const eventDays = claim.period ? this.periodDays.get(claim.period) : undefined;
    const monthDays = claim.period && dated.days.length ? dated.days.filter((d) => d.slice(0, 2) === claim.period!.slice(5)) : [];
    if (eventDays?.size && monthDays.length && !monthDays.some((d) => eventDays.has(d))) {
      why(() => `the sentence names ${monthDays.join(', ')} (month-day), none of the days the base's claims of that month name (${[...eventDays].join(', ')}): another event`);
      return null;
    }
    // A page of later news ("KYIV, June 17 - Russia fired 440 drones overnight"): what it tells without the
    // claim's own month or day is its own day's news, however alike.
    // "last month's exchange", "two weeks ago": a time counted back from the page's own day names the
    // claim's time or another's. Not one in an aside ("Zelensky, who visited the front last month, said
    // ..."), and not where the sentence names a day of the claim's topic ("... on Saturday").
    const agos = dated.ago.length ? dated.ago.filter((a) => !inAside(tokens, text, a.at)) : dated.ago;
    const ago = agos.length && claim.period ? this.pageDay(contextTokens, page) : null;
    const agoReaches = ago ? agos.some((a) => this.agoReaches(a, ago, claim)) : false;
    const namesTopicDay = () => tokens.some((t) => WEEKDAYS.has(t.norm) && this.topicDays.get(claim.topic)?.has(t.norm));
    if (ago && !agoReaches && !namesOwnMonth && !monthDays.length && !namesTopicDay()) {
      why(() => `the sentence counts back from the page's day (${ago}) to another time than the claim's (period ${claim.period}): another event`);
      return null;
    }
    const later = this.laterPage(claim, contextTokens, page);
    if (later && !namesOwnMonth && !monthDays.length && !agoReaches) {
      why(() => `the page tells of the news of ${later}, after the claim's events (period ${claim.period}), and the sentence names neither their month nor their day: later news`);
      return null;
    }
    // "GAZA: indirect talks broke up without a deal" on a page of world news: another war's talks.
    if (dated.otherWar) {
      why(() => 'the sentence names another war (the lexicon\'s @other-wars) and no side of this one (@war-sides): it tells of that war');
      return null;
    }
    // "The Geneva meeting was not the first direct contact": a meeting elsewhere than the claim's is another.
    const venue = this.venues.get(claim.topic);
    if (venue && dated.otherVenue && !hasGroup(tokens, venue)) {
      why(() => `the sentence names the place of another meeting (the lexicon's @other-venues) and not the claim's (${phraseList(venue)}): it tells of that meeting`);
      return null;
    }
    if (!hasGroup(tokens, claim.context) && !(contextTokens && hasGroup(contextTokens, claim.context))) {
      why(() => `no topic word of the claim's file (context: ${phraseList(claim.context)}) is in the sentence or the page's title and opening`);
      return null;
    }
    // A day of its own: a day of the claim's month, a weekday, or a recap of the night before ("The previous
    // night's attack on Kyiv injured at least 15"). Read only where a night set elsewhere asks.
    const namesOwnDay = () => monthDays.length > 0 || tokens.some((t) => WEEKDAYS.has(t.norm)) || tokens.some((_, i) => RECAP.some((p) => phraseAt(tokens, i, p)));
    // "Overnight into Sunday, Russia fired 298 drones. At least 12 people were killed.": the count right after
    // a sentence that names another night than any of the topic's, with no day of its own, is that night's.
    const topicDays = nightBefore && claim.slot.type === 'number' ? this.topicDays.get(claim.topic) : undefined;
    if (nightBefore && topicDays?.size && !nightBefore.some((d) => topicDays.has(d)) && !namesOwnDay()) {
      why(() => `the sentence before names the night into ${nightBefore.join(', ')}, none of the days of the claim's topic, and this one names no day of its own: its count is that night's`);
      return null;
    }
    const atOtherMeeting = !!setting && this.elsewhereFor(claim, setting);
    if (atOtherMeeting) why(() => 'the sentence names no meeting place of its own, and one before sets the news at another meeting (the lexicon\'s @other-venues): it may agree, not warn');
    // "KYIV, May 25 (AFP) - ... overnight": a sentence that names no day of its own tells of the page's night;
    // one that does, or recalls the night before, tells of its own. (The page's night first: most pages tell of none.)
    const pageNight = this.otherNightPage(claim, contextTokens);
    const night = pageNight && !namesOwnDay() ? pageNight : null;
    if (night) why(() => `the page tells of the night into ${night}, none of the days of the claim's topic, and the sentence names no day of its own: it may agree, not warn`);
    const setElsewhere = atOtherMeeting || !!night;
    return { ci, claim, hits, groups, placeFromPage, byPronoun, antecedent, monthDays, otherMonths, setElsewhere };
  }

  /**
   * Does the sentence name another meeting's place as a meeting's (`@other-venues` beside a word of
   * meeting: "talks in Abu Dhabi", "the Geneva meeting"; not "the Red Cross, based in Geneva", nor the
   * Geneva Conventions)?
   */
  private namesOtherMeeting(tokens: Token[]): boolean {
    return this.otherVenues.has(tokens) && tokens.some((t) => MEETING_WORDS.has(t.norm)) && !tokens.some((t, i) => t.norm === 'geneva' && tokens[i + 1]?.norm.startsWith('convention'));
  }

  /** What a sentence names of its time and meeting (Dated): read once per sentence, for every candidate. */
  private dated(tokens: Token[], text: string, otherVenue: boolean): Dated {
    const alone = monthsAlone(tokens, text);
    return {
      dates: datesIn(tokens), dayMonths: monthsWithDay(tokens), days: daysNamed(tokens), years: eventYears(tokens, text), otherWar: this.otherWar(tokens),
      // "in May", capitalised after a word of time: the month, not the verb (monthsAlone leaves "May" out).
      namesMay: tokens.some((t, i) => t.norm === 'may' && i > 0 && text[t.start] === 'M' && MAY_BEFORE.has(tokens[i - 1]!.norm)),
      monthsAlone: alone.map((m) => m.month), monthsAloneAt: alone, openingMonth: alone.find((m) => m.at <= OPENING_MONTH_AT)?.month ?? null,
      otherVenue, ago: timesAgo(tokens),
    };
  }

  /**
   * The meeting this sentence is read at, and the discourse moved on past it: a sentence that names a
   * meeting's place (its topic's venue, or `@other-venues`) sets its own, and the next ones' for up to
   * SETTING_MEMORY sentences; one that names none is read at the meeting before it (null when there is none).
   */
  private settle(discourse: Discourse, tokens: Token[], otherVenue: boolean): Setting | null {
    const venueTopics = this.anyVenue.has(tokens) ? [...this.venues].filter(([, v]) => hasGroup(tokens, v)).map(([t]) => t) : [];
    if (otherVenue || venueTopics.length) {
      discourse.setting = { otherVenue, venueTopics, age: 0 };
      return null;
    }
    const before = discourse.setting;
    if (!before) return null;
    if (++before.age > SETTING_MEMORY) discourse.setting = null;
    return discourse.setting;
  }

  /** Was the meeting the sentences before set the news at another than the claim's? */
  private elsewhereFor(claim: Claim, setting: Setting): boolean {
    return setting.otherVenue && this.venues.has(claim.topic) && !setting.venueTopics.includes(claim.topic);
  }

  /**
   * The figures each matched number claim counts: a `near` word of the claim beside the figure, close
   * to the claim's other words. A figure that another matched claim counts more narrowly can still
   * agree with this one, but is no differing value for it ("150 civilians" counts Friday's civilians,
   * not everyone freed on Friday).
   */
  private countedFigures(
    matched: Candidate[],
    tokens: Token[],
    text: string,
    figures: Figure[],
  ): Map<Candidate, CountedFigures> {
    const names = new Set(figures.filter((f) => f.joined).map((f) => f.index));
    const units = new Map<Candidate, Map<Figure, PhraseHit>>();
    for (const m of matched) {
      if (m.claim.slot.type !== 'number') continue;
      const own = new Map<Figure, PhraseHit>();
      for (const f of figures) {
        // "10 of the injured were hospitalised": a part of the claim's things, counted for something else,
        // unless the claim itself counts a part ("six of the missiles were shot down").
        if (tokens[f.index + 1]?.norm === 'of' && PART_OF.has(tokens[f.index + 2]?.norm ?? '') && !this.partitiveClaims.has(m.claim.id)) continue;
        const unit = this.unitOf(tokens, f, m.claim.slot.near, names, this.partitiveClaims.has(m.claim.id));
        // "eight of Kyiv's 10 districts": 10 is all of Kyiv's districts, not a count of the night's.
        if (wholeOfTheirs(tokens, text, f)) continue;
        // "31 people were killed and more than 150 injured", "killing at least 12": the other toll's figure.
        const toll = this.tollKind.get(m.claim.id);
        if (toll && otherToll(tokens, text, f, unit, toll)) continue;
        if (unit !== null && this.closeToClaim(f, unit, m.hits)) own.set(f, unit);
        // "390 people on Friday and 307 on Saturday": a figure with no unit, given to a day after a figure
        // with one, counts the same things.
        else if (unit === null) {
          const before = [...own.entries()].find(([g]) => g.index < f.from && this.elliptical(tokens, g, own.get(g)!, f));
          if (before) own.set(f, before[1]);
          // "9 missiles at the capital, 6 of which were shot down": a part of the things the figure before
          // counts, for a claim that counts a part.
          else if (this.partitiveClaims.has(m.claim.id) && RELATIVE_PART.has(tokens[f.index + 2]?.norm ?? '') && tokens[f.index + 1]?.norm === 'of') {
            const whole = [...own.entries()].filter(([g]) => g.index < f.from).at(-1);
            if (whole && f.from > 0 && text.slice(tokens[f.from - 1]!.end, tokens[f.from]!.start).includes(',')) own.set(f, whole[1]);
          }
        }
      }
      units.set(m, own);
    }
    const by = new Map<Candidate, CountedFigures>();
    units.forEach((own, m) => {
      const counted = [...own.keys()];
      const narrowerElsewhere = new Set(counted.filter((f) => [...units].some(([o, theirs]) => o !== m && this.countsNarrower(tokens, f, theirs.get(f), o.claim, m.claim))));
      by.set(m, { counted, narrowerElsewhere });
    });
    return by;
  }

  /**
   * Does claim `narrow` count figure f more narrowly than claim `wide`? Only where f directly counts
   * a word of the narrower claim alone ("150 civilians each"); not where the wider claim's words come
   * first ("390 people, soldiers and civilians") or the counted words join two kinds ("390 POWs and civilians").
   */
  private countsNarrower(tokens: Token[], f: Figure, unit: PhraseHit | undefined, narrow: Claim, wide: Claim): boolean {
    if (!unit || narrow.slot.near.length >= wide.slot.near.length || unit.from < f.index) return false;
    for (let i = f.index + 1; i < unit.from; i++) if (nearAt(tokens, i, wide.slot.near)) return false;
    const joiner = tokens[unit.to]?.norm;
    return !((joiner === 'and' || joiner === 'or') && nearAt(tokens, unit.to + 1, wide.slot.near));
  }

  /**
   * The annotation of one matched claim, or null where the sentence states no side of it after all: the
   * slot's reading (the figure, the chosen words, or the claim's one variant), then negation, which may
   * turn it into a differing one, then the sources on each side.
   */
  private resolve(m: Candidate, tokens: Token[], figures: Figure[], counted: CountedFigures, knownValues: number[], span: SentenceSpan, shown: SentenceSpan, score: number | null, note?: (reason: string) => void): Annotation | null {
    const { claim } = m;
    // Reasons are written only when asked for (a thunk each): no cost to the normal path.
    const why: Why = (reason) => {
      if (note) note(reason());
    };
    const words = (from: number, to: number) => span.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    const slot =
      claim.slot.type === 'number' ? this.readNumber(m, tokens, span.text, figures, counted, knownValues, words, why)
      : claim.slot.type === 'choice' ? this.readChoice(m, tokens, span.text, words, why)
      : { variant: claim.variants[0]!, differs: false, pageValue: null };
    if (!slot) return null;
    const reading = this.readNegation(slot, m, tokens, span.text, why);
    if (!reading) return null;
    // "He" read as the person named before is enough to agree, never to warn: a pronoun may stand for
    // someone else, so neither a differing value nor a side of a dispute is shown through it.
    if (m.byPronoun && (reading.differs || (claim.conflict && reading.variant))) {
      why(() => `the sentence would ${reading.differs ? 'differ' : 'take a side of a dispute'}, but its person or place is only a pronoun's: no mark`);
      return null;
    }
    // "Delegations met in Abu Dhabi on Thursday. The sides agreed to swap 314 prisoners.": the second may
    // tell of that meeting, so it agrees at most.
    if (m.setElsewhere && (reading.differs || (claim.conflict && reading.variant))) {
      why(() => `the sentence would ${reading.differs ? 'differ' : 'take a side of a dispute'}, but may tell of the other meeting or night the page sets: no mark`);
      return null;
    }
    // A title is a fact the sentence asserts only where the reports dispute it, or where the page gives
    // another; a name alone asserts no title.
    if (claim.title && !reading.differs && (!claim.conflict || !reading.variant)) {
      why(() => claim.conflict ? 'a title named without one of the disputed forms beside the name: no fact of its own' : 'a title no report disputes, named in passing: no fact of its own');
      return null;
    }
    // The page's own words only: a value read across the quotation mark put back (readingText) is none.
    const pageValue = reading.pageValue && (shown.text.includes(reading.pageValue) || shown.attribution?.includes(reading.pageValue)) ? reading.pageValue : null;
    return annotationOf(claim, { ...reading, pageValue }, shown, score);
  }

  /**
   * A number slot: the variant whose value a figure the sentence counts with the claim's words gives; a
   * differing reading where one unmistakably gives another (mayDiffer); no side where the count is vague
   * ("dozens injured"); null where the figure is explained otherwise or no count stands beside the words.
   */
  private readNumber(m: Candidate, tokens: Token[], text: string, figures: Figure[], { counted, narrowerElsewhere }: CountedFigures, knownValues: number[], words: Words, why: Why): SlotReading | null {
    const { claim } = m;
    // "Between Monday and Saturday, 10 were injured": a tally of those days, whatever it matches.
    if (counted.length && this.spansWeekdays(tokens, this.daysOf(claim))) {
      why(() => 'its figures are given to a span of weekdays beyond the claim\'s: a tally of those days, no count of the claim');
      return null;
    }
    const pick =
      counted.map((f) => ({ f, v: claim.variants.find((v) => v.value === f.value && f.qualifier === 'exact') })).find((x) => x.v) ??
      counted.map((f) => ({ f, v: claim.variants.find((v) => figureFits(f, v.value!)) })).find((x) => x.v);
    if (counted.length) why(() => `figures read as counts of the claim's things: ${counted.map((f) => `"${words(f.from, f.index + 1)}"`).join(', ')}`);
    // Figures true of two of the reports' values take no side: "at least 10" is true of 15 too, "between 10 and
    // 15" or "rose to 15 from 10" gives both. The sentence reports what the reports say, as a choice
    // naming both variants does.
    // (A figure that states none of them, "at least 5", is read as before.)
    const fitting = claim.variants.length > 1 && counted.length ? this.variantsAllowed(claim, counted, figures, tokens) : [];
    if (fitting.length > 1) {
      why(() => `its figures fit ${fitting.length} variants (${fitting.join(', ')}): no side taken`);
      return { variant: null, differs: false, pageValue: null };
    }
    // The reports' value, dated to a day of the month none of the event's days nor a day another claim of
    // the month names ("250 drones on the night of 17 May"): another night's count that happens to be the
    // same. ("1,000 each, agreed in Istanbul on May 16" dates the deal by the talks.) Only a date in the
    // figure's own stretch of the sentence, no comma between: "..., days after the EU adopted sanctions on
    // May 20" dates something else. A date fronted before the figure dates it across a comma ("On the night
    // of 17 May, Russia launched 250 drones"), unless it dates something the sentence counts from ("Days
    // after the EU adopted sanctions on May 20, ...").
    const dates = this.topicDates.get(claim.topic);
    const named = claim.period ? this.periodNamedDays.get(claim.period) : undefined;
    const relative = (i: number) => tokens.slice(0, i).some((t) => RELATIVE_TO_A_DATE.has(t.norm));
    const dateBeside = (f: Figure) => dayMonthsAt(tokens).some((i) => (i < f.from && !relative(i)) || besideFigure(tokens, text, i, f));
    if (pick?.v && dates?.size && m.monthDays.length && !m.monthDays.some((d) => dates.has(d) || named?.has(d)) && dateBeside(pick.f)) {
      why(() => `"${words(pick.f.from, pick.f.index + 1)}" is the value of variant ${pick.v!.id}, but of a day (${m.monthDays.join(', ')}) that is none of its event's: no side`);
      return null;
    }
    // A figure of another month, named alone in its stretch of the sentence ("launching more than 800 drones in
    // a single night in September"): another month's count, whatever it is. (Elsewhere a month may date an
    // aside: "Sybiha, pictured in March, wrote ...".)
    if (counted.some((f) => m.otherMonths.some(({ at }) => besideFigure(tokens, text, at, f)))) {
      why(() => 'a figure of the sentence is given to another month, named beside it: another month\'s count');
      return null;
    }
    // The reports' value on the night after ("the next night, at least 12 were killed", "for a second night
    // running, 11 were injured"): another night's count.
    if (pick?.v && (tokens.some((_, i) => LATER_NIGHT.some((p) => phraseAt(tokens, i, p))) || this.anotherStage(tokens, claim, NIGHTS))) {
      why(() => `"${words(pick.f.from, pick.f.index + 1)}" is the value of variant ${pick.v!.id}, but of a later night: no side`);
      return null;
    }
    // A claim of no day, its value given to a day another claim counts the same things on ("each freed 1,000
    // prisoners on Friday", where Friday's count is 390): the sentence gives that day's count, not the deal's.
    // Only where the figure alone stands for one of the claim's groups: "agreed on Friday to free 1,000 each"
    // dates the agreement.
    const days = this.siblingDays.get(claim.id);
    const beginning = pick?.v && tokens.slice(Math.max(0, pick.f.from - BEGINNING_REACH), pick.f.from).some((t) => BEGINNING.test(t.norm));
    const figureAlone = pick?.v && m.groups.some((g) => g.length > 0 && g.every((h) => h.from === pick.f.index)) && !beginning;
    if (figureAlone && days?.size && tokens.some((t, i) => days.has(t.norm) && besideFigure(tokens, text, i, pick!.f))) {
      why(() => `"${words(pick!.f.from, pick!.f.index + 1)}" is the value of variant ${pick!.v!.id}, but given to a day another claim counts the same things on: no side`);
      return null;
    }
    if (pick?.v) {
      const pageValue = words(pick.f.from, pick.f.index + 1);
      why(() => `"${pageValue}" is the value of variant ${pick.v!.id}`);
      return { variant: pick.v, differs: false, pageValue };
    }
    const explained = [...knownValues, ...(this.eventFigures.get(claim.id) ?? [])];
    // The reports' own value stands elsewhere in the sentence ("303 more on Sunday, completing the
    // 1,000-for-1,000 deal"): the other figure counts something else.
    const ownValueElsewhere = figures.some((f) => claim.variants.some((v) => v.value === f.value));
    // A match group met only by the unit a loose count each way implies ("150 from each side") may count
    // losses or a part of the swap: it agrees where it is the reports' value, and never differs.
    const unitImplied = m.groups.some((g) => g.length > 0 && g.every((h) => tentativeUnit(tokens[h.from])));
    const foreign = m.placeFromPage || ownValueElsewhere || m.otherMonths.length > 0 || unitImplied
      ? undefined
      : counted.find(
          // A figure with the unit a loose count each way implies ("about 100 from each side") may count a part.
          (f) => !narrowerElsewhere.has(f) && !tentativeUnit(tokens[f.index + 1]) && !explained.some((v) => f.value === v || figureFits(f, v)) && !partOfAnotherCount(tokens, f, m.countsBefore, explained) && this.mayDiffer(tokens, text, f, claim, m.monthDays),
        );
    if (foreign) {
      const pageValue = words(foreign.from, foreign.index + 1);
      why(() => `"${pageValue}" is a value no report gives for it, and unmistakably its own: the page differs`);
      return { variant: null, differs: true, pageValue };
    }
    if (counted.length) {
      why(() => 'its figure is explained otherwise (another claim of the event gives it, or it is no differing value: a model, an ordinal, "one of", a sum, another day or place): no mark for this claim');
      return null;
    }
    // No figure: only a sentence that gives the count vaguely ("hundreds of prisoners", "dozens
    // injured") states the claim, and takes no side; naming the things counted states no count.
    const vague = this.vagueCount(tokens, claim.slot.near);
    if (vague < 0) {
      why(() => `no count of the claim's things (slot.near: ${phraseList(claim.slot.near)}), exact or vague, stands beside them: naming them states no count`);
      return null;
    }
    // "Tens of thousands of drones since 2022": a vague count of another time, or a running tally, is another count.
    if (this.otherDayOrTally(tokens, claim, m.monthDays)) {
      why(() => 'the count is vague and of another day or a running tally: no count of the claim');
      return null;
    }
    why(() => 'the count is vague ("dozens", "hundreds"): no side taken');
    return { variant: null, differs: false, pageValue: null };
  }

  /** The variants the counted figures (and the figures that open their ranges) are true of, where one states a variant. */
  private variantsAllowed(claim: Claim, counted: Figure[], figures: Figure[], tokens: Token[]): string[] {
    const stated = counted.flatMap((f) => {
      const start = rangeStart(figures, tokens, f);
      return start ? [f, start] : [f];
    });
    // Another variant's value elsewhere in the sentence ("officials counted at least 15, while the mayor said
    // 10 injured"): the sentence gives both accounts, though only one figure stands beside the things counted.
    // ("One of the oldest" counts nothing: no account of its own.)
    for (const f of figures) if (!f.joined && !stated.includes(f) && !this.partitive(tokens, f) && claim.variants.some((v) => v.value === f.value)) stated.push(f);
    return uniq(
      stated
        .filter((f) => claim.variants.some((v) => v.value !== undefined && figureFits(f, v.value)))
        .flatMap((f) => claim.variants.filter((v) => v.value !== undefined && figureAllows(f, v.value)).map((v) => v.id)),
    );
  }

  /**
   * A choice slot: the one variant whose words (`say`) the sentence uses, the outermost of nested ones;
   * a differing reading where it uses a value of `slot.others` that is the claim's own (othersOwn); no
   * side where it uses none, or two (it reports the dispute); null where a speaker claim names another
   * speaker without quoting the words.
   */
  private readChoice(m: Candidate, tokens: Token[], text: string, words: Words, why: Why): SlotReading | null {
    const { claim } = m;
    // A title belongs to a name only beside it ("Foreign Minister Andriy Sybiha", "Sybiha, Ukraine's foreign minister"),
    // and only as the title held now: "a former intelligence chief", "intelligence chief until 2023" tell of a past post.
    const belongs = (h: PhraseHit) => !claim.title || (this.besideName(h, m.hits, tokens, text) && !pastTitle(tokens, h));
    // Drop hits inside a longer hit ("foreign minister" inside "deputy foreign minister"), then those that
    // belong to no name: "then deputy foreign minister" leaves no "foreign minister" behind.
    const kept = outermost(claim.variants.flatMap((v) => findGroup(tokens, v.say ?? []).map((h) => ({ v, h })))).filter((x) => belongs(x.h));
    const chosen = uniq(kept.map((x) => x.v.id));
    if (chosen.length === 1) {
      const pageValue = words(kept[0]!.h.from, kept[0]!.h.to);
      why(() => `"${pageValue}" states variant ${kept[0]!.v.id}`);
      return { variant: kept[0]!.v, differs: false, pageValue };
    }
    if (chosen.length > 1) {
      why(() => `two variants are named (${chosen.join(', ')}): the sentence reports the dispute, no side taken`);
      return { variant: null, differs: false, pageValue: null };
    }
    // Where the reports' accounts are compatible (several officials, two remarks), a further one is too.
    const others = findGroup(tokens, claim.slot.others).filter(belongs);
    const other = claim.detail ? undefined : others.find((h) => this.othersOwn(h, m, tokens, text));
    if (claim.speaker && others.length && !other) {
      // Another speaker named, the words not quoted ("Zelensky said there was no greater joy"): they
      // may be that speaker's own, and agreeing would give them to the reports' speaker.
      why(() => `another speaker is named ("${words(others[0]!.from, others[0]!.to)}") without the words in quotation marks: no mark`);
      return null;
    }
    // Another speaker of a few quoted words ('"Stay in shelters," Tkachenko wrote', '"This was a horrific
    // attack," Zelensky wrote'): stock words anyone may say again, no sign of words put in another mouth.
    if (other && claim.speaker && quotedWordCount(m.hits, tokens, quoteRanges(text)) < OTHER_SPEAKER_QUOTE) {
      why(() => `another speaker ("${words(other.from, other.to)}") of fewer than ${OTHER_SPEAKER_QUOTE} quoted words of the claim: they may be that speaker's own, no mark`);
      return null;
    }
    if (other) {
      const pageValue = words(other.from, other.to);
      why(() => `"${pageValue}" (slot.others) is a value no report gives: the page differs`);
      return { variant: null, differs: true, pageValue };
    }
    // "Pope Leo has urged leaders to restore peace": words given to someone the base does not know, none of
    // the reports' speakers named, are that person's.
    // (A long verbatim quote given to "a European minister" may be the reports' speaker, unnamed.)
    if (claim.speaker && m.antecedent.stranger && !others.length && !m.antecedent.person && quotedWordCount(m.hits, tokens, quoteRanges(text)) < DISTINCT_QUOTE) {
      why(() => 'the sentence names someone the base does not know, and none of the reports\' speakers: the words are that person\'s');
      return null;
    }
    // '"...," she said', '"Stay in shelters!" he urged', where the pronoun is someone the reports do not
    // give the words to: they may be that person's own.
    const by = m.antecedent.person;
    if (claim.speaker && by && !claim.variants.some((v) => v.say?.some((p) => p.length === 1 && p[0] === by.name))) {
      why(() => `the words are given to "${tokens[by.at]!.norm}", who stands for ${by.name}, not the reports' speaker: they may be that speaker's own`);
      return null;
    }
    // The quote's speaker is someone unnamed ('," said a Moscow-based fund manager', '"...," one resident said'):
    // a few common words are another's, not the reports' speaker's. (A long verbatim quote, '"These are not
    // the actions of a country seeking peace," a European minister wrote', may be the speaker's unnamed.)
    if (claim.speaker) {
      const quotes = quoteRanges(text);
      if (quotedWordCount(m.hits, tokens, quotes) < DISTINCT_QUOTE && saidBySomeoneElse(tokens, quotes)) {
        why(() => 'the quotation is given to someone unnamed ("a fund manager", "one resident"): another speaker\'s words');
        return null;
      }
      // "There is no greater joy, he said": a "he" that stands for no one the sentences before name may be
      // anyone; a few words of his are his own.
      if (!by && quotedWordCount(m.hits, tokens, quotes) < DISTINCT_QUOTE && tokens.some((t, i) => (t.norm === 'he' || t.norm === 'she') && (SAYING.has(tokens[i + 1]?.norm ?? '') || SAYING.has(tokens[i - 1]?.norm ?? '')))) {
        why(() => 'the words are given to "he" or "she", who stands for no one the sentences before name: a few words may be anyone\'s');
        return null;
      }
    }
    why(() => `no variant's words (say)${claim.title ? ' beside the name' : ''}: no side taken`);
    return { variant: null, differs: false, pageValue: null };
  }

  /**
   * Negation over the slot's reading (./negation.ts): a reported denial leaves no side (null); a
   * sentence that negates the claim, or plainly states what a claim of "nothing happened" denies,
   * differs. A title is never what a negation in its sentence denies ("Sybiha, the foreign minister,
   * did not comment").
   */
  private readNegation(slot: SlotReading, { claim, hits, groups }: Candidate, tokens: Token[], text: string, why: Why): SlotReading | null {
    if (claim.title) return slot;
    if (reportedDenial(tokens, hits)) {
      why(() => 'the sentence reports a denial ("denied", "rejected"): it asserts nothing of the claim');
      return null;
    }
    if (slot.differs) return slot;
    if (claim.negated) {
      if (undecided(tokens, groups) || negatedLoosely(tokens, hits, text)) return slot;
      // It says the thing did happen ("Putin offered a compromise"), and so differs; unless it speaks of
      // what may or will happen ("the venue would be agreed soon"), which the claim does not deny.
      if (speaksOfWhatMayHappen(tokens, text)) {
        why(() => 'the claim is a negation, and the sentence, without one, speaks of what may or will happen: no mark');
        return null;
      }
      why(() => 'the claim is a negation, and the sentence states plainly that the thing happened: the page differs');
      return DIFFERS;
    }
    // A word the sentence only implies (a trade's unit, of no width) is no word a negation governs.
    const written = groups.map((g) => g.filter((h) => tokens[h.from]!.end > tokens[h.from]!.start));
    if (negates(tokens, written, text)) {
      why(() => 'a negation governs the claim\'s words in the clause that states it: the page differs');
      return DIFFERS;
    }
    // Negated only "until" a later time ("did not confirm the numbers until the afternoon"): it happened then.
    if (negates(tokens, written, text, { until: true })) {
      why(() => 'the claim\'s words are negated "until" a later time: it happened then, so the sentence takes no side');
      return null;
    }
    return slot;
  }

  /**
   * Can this figure be a value for the claim that differs from the reports'? Only when it unmistakably
   * counts the claim's own things (VERDICTS.md, "Warnings need evidence"): not a model, an ordinal or a
   * compound ("KN-23", "3-year-old"); not "one of" or "307 of"; the counted words right after it, or at
   * most one modifier between ("307 more prisoners", "370 Ukrainian POWs"), or right before it
   * ("prisoners: 307", "wounding 20"); not one of several things counted together ("367 drones and
   * missiles"); and of the reports' order of size (six thousand is another count, not a wrong 1,000).
   */
  private mayDiffer(tokens: Token[], text: string, f: Figure, claim: Claim, monthDays: string[]): boolean {
    if (f.joined || this.partitive(tokens, f) || this.expected(tokens, f) || this.otherDayOrTally(tokens, claim, monthDays)) return false;
    if (this.otherPlace(tokens, claim) && !this.moreThanTheWhole(tokens, claim, f)) return false;
    // A count of one day, for a claim whose words need no day ("270 soldiers and 120 civilians" is Friday's):
    // without the day or a date named, the figure may be another day's or all days' ("880 soldiers and 120
    // civilians home after largest swap").
    const days = this.claimDays.get(claim.id);
    if (days?.size && this.daylessClaims.has(claim.id) && !monthDays.length && !tokens.some((t) => days.has(t.norm))) return false;
    // A count at a time of the night, or so far ("03:15 - two injured in Obolon", "four injured early in the
    // night", "five injured so far"): a toll before its last update.
    if (this.tollKind.has(claim.id) && !this.claimWords.get(claim.id)?.has('initially') && interim(tokens, text)) return false;
    // A round's count, for a claim of no day ("303 more on Sunday, completing the deal", "a further 307"):
    // one more round, not the whole.
    if (!this.claimDays.get(claim.id)?.size && (tokens[f.index + 1]?.norm === 'more' || ['another', 'further'].includes(tokens[f.from - 1]?.norm ?? ''))) return false;
    // What remains of a whole ("the remaining 303", "the last 303", "the other 610"): a part, never the whole.
    if (REMAINDER.has(tokens[f.from - 1]?.norm ?? '')) return false;
    const near = claim.slot.near;
    // A part of a whole agrees where it is the reports' ("six of the 14 missiles", "14 missiles, six of which
    // were shot down"), but never differs: it may be one system's share, or one of two that add up ("four of
    // the 14 with Patriots, and two more").
    if (tokens[f.index + 1]?.norm === 'of' && RELATIVE_PART.has(tokens[f.index + 2]?.norm ?? '')) return false;
    const unitEnd = countedAfter(tokens, f.index, near);
    // Or right before it ("wounding 20", "prisoners: 307"), where nothing after it is counted instead ("... 60 swaps").
    const next = tokens[f.index + 1];
    const before =
      f.from > 0 && near.some((p) => f.from - p.length >= 0 && phraseAt(tokens, f.from - p.length, p)) &&
      (!next || next.digits || BETWEEN_FIGURE_AND_UNIT.test(next.norm) || AFTER_A_COUNT.has(next.norm));
    // Or named before it as a number or toll ("the number of injured rose to 25").
    if (unitEnd < 0 && !before && !this.tollOf(tokens, f, near)) return false;
    if (unitEnd >= 0 && THE_REST.some((p) => phraseAt(tokens, unitEnd, p))) return false;
    if (unitEnd >= 0 && (tokens[unitEnd]?.norm === 'and' || tokens[unitEnd]?.norm === 'or')) {
      const next = tokens[unitEnd + 1];
      if (next && !next.digits && !nearAt(tokens, unitEnd + 1, near)) return false;
    }
    const values = claim.variants.map((v) => v.value!).filter((v) => v !== undefined && v > 0);
    return values.some((v) => f.value >= v / PLAUSIBLE_RATIO && f.value <= v * PLAUSIBLE_RATIO);
  }

  /**
   * Does the sentence speak of another day than the claim's ("on Sunday, 303 more were freed" beside a
   * Saturday count), or of a running tally ("since the war began", "so far this year", "in more than 60
   * swaps")? Its figures are then other counts, whatever they match.
   */
  private otherDayOrTally(tokens: Token[], claim: Claim, monthDays: string[]): boolean {
    const days = this.daysOf(claim);
    const named = tokens.filter((t) => WEEKDAYS.has(t.norm)).map((t) => t.norm);
    if (days?.size && named.length && !named.some((d) => days.has(d))) return true;
    // A span of weekdays reaching beyond the claim's ("between Monday and Saturday", "from Tuesday to Sunday"): a tally of the days.
    if (this.spansWeekdays(tokens, days)) return true;
    // A day of the month that is none of its event's ("on the night of 17-18 May" beside a count of 24 May).
    const dates = this.topicDates.get(claim.topic);
    if (dates?.size && monthDays.length && !monthDays.some((d) => dates.has(d))) return true;
    // A span of days ("in the past three days", "over two nights", "for several weeks", "over the past week").
    if (tokens.some((t, i) => SPANS.has(t.norm) && (tokens[i - 1]?.digits || SPAN_COUNTS.has(tokens[i - 1]?.norm ?? '')))) return true;
    // Another time, counted from the event's ("a week earlier", "two days later", "months before").
    if (tokens.some((t, i) => TIME_UNITS.has(t.norm) && RELATIVE_TIME.has(tokens[i + 1]?.norm ?? ''))) return true;
    // "Russia earlier launched 273 drones": an earlier time, maybe another night; "drones again targeted
    // Kyiv": another time.
    if (tokens.some((t) => t.norm === 'earlier' || t.norm === 'again')) return true;
    // "On Saturday night": the night after that day, another than the claim's unless
    // the claim's days hold the next one too.
    if (days?.size && tokens.some((t, i) => WEEKDAYS.has(t.norm) && EVENING.has(tokens[i + 1]?.norm ?? '') && !days.has(NEXT_WEEKDAY.get(t.norm)!))) return true;
    if (this.anotherStage(tokens, claim)) return true;
    // A count since a year ("since the autumn of 2022"): a tally over the years since.
    if (tokens.some((t, i) => t.norm === 'since' && tokens.slice(i + 1, i + 1 + SINCE_YEAR_REACH).some(isYear))) return true;
    return tokens.some((t, i) => TALLY_BY_FIRST.get(t.norm)?.some((p) => phraseAt(tokens, i, p)));
  }

  /**
   * "The third night", "a second night running", "the final stage" (of `stages`): another instance, unless
   * the claim's own words name it.
   */
  private anotherStage(tokens: Token[], claim: Claim, stages: ReadonlySet<string> = STAGES): boolean {
    const words = this.claimWords.get(claim.id);
    const ownWord = (w: string) => !!words?.has(w) || claim.all.some((g) => g.some((p) => p.includes(w)));
    return tokens.some((t, i) => STAGE_ORDINALS.has(t.norm) && !ownWord(t.norm) && [1, 2].some((d) => stages.has(tokens[i + d]?.norm ?? '')));
  }

  /**
   * The claim's own weekdays, or where it names none, its event's ("on Sunday, 266 drones were shot
   * down" is no count of Saturday's attack).
   */
  private daysOf(claim: Claim): Set<string> | undefined {
    const own = this.claimDays.get(claim.id);
    return own?.size ? own : this.topicDays.get(claim.topic);
  }

  /** A span of weekdays reaching beyond `days` ("between Monday and Saturday", "Monday through Saturday", "Monday-Saturday"): a tally of those days. */
  private spansWeekdays(tokens: readonly Token[], days: ReadonlySet<string> | undefined): boolean {
    return !!days?.size && tokens.some((t, i) => {
      if (!WEEKDAYS.has(t.norm)) return false;
      const joined = DAY_SPAN_JOINS.has(tokens[i + 1]?.norm ?? '') && WEEKDAYS.has(tokens[i + 2]?.norm ?? '') && (SPAN_OPENERS.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]!.norm !== 'and');
      // Two weekdays side by side are a span ("Monday-Saturday").
      const dashed = WEEKDAYS.has(tokens[i + 1]?.norm ?? '');
      const end = joined ? tokens[i + 2]! : dashed ? tokens[i + 1]! : null;
      return !!end && !(days.has(t.norm) && days.has(end.norm));
    });
  }

  /**
   * Does figure f leave its things unnamed, the things of figure g before it ("390 people on Friday and
   * 307 on Saturday", "307 on Saturday, following 390 on Friday")? Both are given to weekdays, and only a
   * joining word stands between g's day and f.
   */
  private elliptical(tokens: readonly Token[], g: Figure, unit: PhraseHit, f: Figure): boolean {
    const dayAfter = (at: number) => WEEKDAYS.has(tokens[at]?.norm ?? '') || (tokens[at]?.norm === 'on' && WEEKDAYS.has(tokens[at + 1]?.norm ?? ''));
    if (!dayAfter(f.index + 1) || unit.from < g.index) return false;
    let i = unit.to;
    while (i < f.from && !WEEKDAYS.has(tokens[i]!.norm)) i++;
    if (i >= f.from) return false;
    const between = tokens.slice(i + 1, f.from).map((t) => t.norm);
    return between.length <= 2 && between.every((w) => ELLIPSIS_JOINS.has(w));
  }

  /**
   * Does the sentence name weekdays, none of them a day the claims or reports of the claim's month tell
   * of ("Thursday's round freed 390" in a swap from Friday to Sunday)? It tells of another day's news. A
   * night named by its evening is the next day's too ("overnight Friday" is the night into Saturday).
   */
  private anotherWeekday(tokens: readonly Token[], claim: Claim): boolean {
    const days = claim.period ? this.periodWeekdays.get(claim.period) : undefined;
    // A title is no news of a day ("the foreign minister met his Polish counterpart on Tuesday"); a claim
    // of which day reads the day itself (its variants say one).
    if (!days?.size || claim.title || this.dayClaims.has(claim.id)) return false;
    let anyDay = false;
    for (const t of tokens) if (WEEKDAYS.has(t.norm)) anyDay = true;
    if (!anyDay) return false;
    const named = new Set<string>();
    // Not where the sentence tells of a night: "officials said Thursday that 15 were injured overnight" dates the night.
    const ofANight = tokens.some((t) => NIGHT_WORDS.has(t.norm));
    // Not a claim, an accusation or a denial "on Thursday": that is the day's own news, not words about another day.
    const dates = (w: string) => SAYING.has(w) && !NEWS_OF_ITS_DAY.test(w);
    const saying = (i: number) => !ofANight && tokens.slice(Math.max(0, i - SAYING_REACH), i + SAYING_REACH).some((t) => dates(t.norm));
    tokens.forEach((t, i) => {
      // A day the sentence gives to someone's words dates the words, which may be later than the event.
      if (!WEEKDAYS.has(t.norm) || saying(i)) return;
      named.add(t.norm);
      if (NIGHT_WORDS.has(tokens[i - 1]?.norm ?? '') || NIGHT_WORDS.has(tokens[i + 1]?.norm ?? '')) named.add(NEXT_WEEKDAY.get(t.norm)!);
    });
    return named.size > 0 && ![...named].some((d) => days.has(d));
  }

  /**
   * Does the sentence name a place the claim's own words do not ("9 ballistic missiles at the
   * capital" beside a count for all of Ukraine)? Its figure may be that place's share.
   */
  private otherPlace(tokens: Token[], claim: Claim): boolean {
    const own = this.claimPlaces.get(claim.id);
    if (this.placesIn(tokens, true).some((p) => !own?.has(p))) return true;
    // A part of a place the claim's words do not name ("in Kyiv's Darnytskyi district, four were hurt").
    const words = this.claimWords.get(claim.id);
    return tokens.some((t) => SUB_PLACES.has(t.norm) && !words?.has(t.norm));
  }

  /**
   * Is the figure more than every value the reports give for a count of no place of its own, in the
   * topic's own place ("15 ballistic missiles on Kyiv", where every report counts 14 in the whole attack)?
   * Then it is no share of that place: a part cannot outnumber its whole. Another place may be another
   * attack's, and a district's figure is the district's.
   */
  private moreThanTheWhole(tokens: Token[], claim: Claim, f: Figure): boolean {
    if (this.claimPlaces.get(claim.id)?.size) return false;
    const values = claim.variants.map((v) => v.value).filter((v): v is number => v !== undefined);
    if (!values.length || !values.every((v) => f.value > v) || f.qualifier !== 'exact') return false;
    const words = this.claimWords.get(claim.id);
    if (tokens.some((t) => SUB_PLACES.has(t.norm) && !words?.has(t.norm))) return false;
    const places = this.placesIn(tokens, true);
    return places.length > 0 && places.every((p) => this.topicPlaces(claim.topic).has(p));
  }

  /**
   * The topic's own places: those (of `@places`) that its claims name most, at least half as often as
   * the one named most ("kyiv" and "capital" for the strike; not Odesa's port or Tula's plant, of a claim or two each).
   */
  private readonly topicPlaceSets = new Map<string, Set<string>>();
  private topicPlaces(topic: string): Set<string> {
    let out = this.topicPlaceSets.get(topic);
    if (!out) {
      const named = new Map<string, number>();
      for (const c of this.index.claims) if (c.topic === topic) for (const p of this.claimPlaces.get(c.id) ?? []) named.set(p, (named.get(p) ?? 0) + 1);
      const most = Math.max(0, ...named.values());
      out = new Set([...named].filter(([, n]) => n * 2 >= most).map(([p]) => p));
      this.topicPlaceSets.set(topic, out);
    }
    return out;
  }

  /**
   * The places of `@places` in the tokens. `asTarget`: only places named as where something happened
   * ("at the capital", "in Odesa"), not as who spoke ("officials in Kyiv said", "Moscow said").
   */
  private placesIn(tokens: readonly Token[], asTarget = false): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++)
      for (const p of this.placesByFirst.get(tokens[i]!.norm) ?? []) {
        if (!phraseAt(tokens, i, p)) continue;
        if (asTarget) {
          const before = tokens[i - 1]?.norm === 'the' ? tokens[i - 2]?.norm : tokens[i - 1]?.norm;
          const after = tokens[i + p.length]?.norm ?? '';
          if (!LOCATIVE.has(before ?? '') || SAYING.has(after)) continue;
        }
        out.push(p.join(' '));
      }
    return out;
  }

  /**
   * Do the claim's words tell of another place in a list of places? For a claim of one district or region
   * ("fires in the Solomianskyi district"), a sentence that also names another, capitalised, before
   * "district" or "area" ("two blazes in the Sviatoshynskyi district, ... debris in the Solomianskyi
   * area"), where every hit of one of the claim's other groups stands nearer that other place than its own.
   */
  private belongsElsewhere(tokens: readonly Token[], text: string, claim: Claim, groups: readonly (readonly PhraseHit[])[]): boolean {
    const own = this.claimSubPlaces.get(claim.id);
    if (!own?.size) return false;
    const ownAt: number[] = [];
    const otherAt: number[] = [];
    tokens.forEach((t, i) => {
      if (own.has(t.norm)) ownAt.push(i);
      else if (placeOfAKind(tokens, i) && /^\p{Lu}/u.test(text.slice(t.start, t.end))) otherAt.push(i);
    });
    // Another district named and not the claim's ("a dormitory in Kyiv's Shevchenkivskyi district"): that
    // district's, unless the claim reads the place itself (a choice: "Rakivka in the Donetsk region" differs).
    if (!ownAt.length && otherAt.length) return claim.slot.type !== 'choice' && !!this.claimWords.get(claim.id)?.has('district');
    if (!ownAt.length || !otherAt.length) return false;
    const nearest = (at: number[], i: number) => Math.min(...at.map((j) => Math.abs(j - i)));
    return groups.some((hits) => hits.length > 0 && hits.every((h) => !ownAt.includes(h.from) && nearest(otherAt, h.from) < nearest(ownAt, h.from)));
  }

  /** Is the figure one expected or possible ("303 more were expected", "could rise to 20"), not one stated? */
  private expected(tokens: Token[], f: Figure): boolean {
    for (let i = Math.max(0, f.from - EXPECTATION_REACH); i <= Math.min(tokens.length - 1, f.index + EXPECTATION_REACH); i++)
      if (EXPECTATION.has(tokens[i]!.norm)) return true;
    return false;
  }

  /**
   * Is a `slot.others` value the claim's own? For a title, the name beside it says so (besideName). For a
   * speaker (`speaker: true`), only where the sentence quotes at least two of the claim's words in
   * quotation marks and names the other speaker outside them. Any other value must stand within OTHERS_GAP
   * words of a word of the claim that is not itself a value ("Rakivka in the Donetsk region", not "Rakivka,
   * and two villages in the Donetsk region").
   */
  private othersOwn(other: PhraseHit, m: Candidate, tokens: Token[], text: string): boolean {
    const { claim } = m;
    if (claim.title) return true;
    if (claim.speaker) {
      const quotes = quoteRanges(text);
      if (quotedWordCount(m.hits, tokens, quotes) < 2 || inQuotes(tokens, other.from, other.to, quotes)) return false;
      // The quote's own speaker: named right after its closing mark ('," Lammy wrote', '," said Lammy') or
      // right before its opening one ('Lammy wrote: "'), not elsewhere ('," he wrote, as Zelensky called ...').
      const start = tokens[other.from]!.start;
      const end = tokens[other.to - 1]!.end;
      const between = (from: number, to: number) => tokens.filter((t) => t.start >= from && t.end <= to && t.end > t.start);
      // Or after the speaker's title, the name then its verb ('," presidential chief of staff Andriy Yermak wrote').
      // Only words of a title between: no verb of saying, no word that opens a clause or a time ('," the
      // president posted as Yermak said', '," he posted hours before Peskov confirmed').
      const titled = (words: Token[]) =>
        words.length <= SPEAKER_TITLE_REACH && !words.some((t) => SAYING.has(t.norm) || NOT_IN_A_TITLE.has(t.norm)) &&
        !/[,;:]/.test(text.slice(words[0]?.start ?? start, start)) && SAYING.has(tokens[other.to]?.norm ?? '');
      return quotes.some(
        ([qs, qe]) => m.hits.some((h) => inQuotes(tokens, h.from, h.from + 1, [[qs, qe]])) &&
          ((start >= qe && (between(qe, start).length <= SPEAKER_REACH || titled(between(qe, start)))) || (end <= qs && between(end, qs).length <= SPEAKER_REACH)),
      );
    }
    // Anchors: the claim's words that are no value themselves ("civilians", not the "thousands" of "hundreds of thousands").
    const valueWords = new Set([...claim.slot.others, ...claim.variants.flatMap((v) => v.say ?? [])].flat());
    const anchors = m.hits.filter((h) => tokens.slice(h.from, h.to).some((t) => ![...valueWords].some((w) => wordMatches(t.norm, w))));
    return anchors.some((a) => (other.to <= a.from && a.from - other.to <= OTHERS_GAP) || (other.from >= a.to && other.from - a.to <= OTHERS_GAP));
  }

  /** "one of the biggest attacks", "two of the largest": a figure that picks from a set, not a count. */
  private partitive(tokens: Token[], f: Figure): boolean {
    if (tokens[f.index + 1]?.norm !== 'of') return false;
    if (f.value === 1) return true;
    const w = tokens[f.index + 3]?.norm ?? '';
    return tokens[f.index + 2]?.norm === 'the' && (w.endsWith('est') || w === 'most');
  }

  /**
   * Does a title phrase stand beside the name it would describe, at most TITLE_GAP words away, with no
   * other person's name nearer? Before the name, only first names (capitalised words) or "of the" may
   * stand between ("Foreign Minister Andriy Sybiha"). After it, no other name may stand between, and the
   * title must not lead straight into another name: in "Lammy echoed Deputy Foreign Minister Andrii
   * Sybiha's call" or "Lammy met Sybiha, Ukraine's foreign minister" the title is Sybiha's, not Lammy's.
   */
  private besideName(title: PhraseHit, names: PhraseHit[], tokens: readonly Token[], text: string): boolean {
    const capital = (i: number) => /^\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end));
    return names.some((n) => {
      if (title.to <= n.from && n.from - title.to <= TITLE_GAP) {
        // Not across a clause: "Peskov is the Kremlin's spokesman; Sergey Lavrov is ...".
        if (/[;:.]/.test(text.slice(tokens[title.to - 1]!.end, tokens[n.from]!.start))) return false;
        for (let i = title.to; i < n.from; i++) if (!capital(i) && !BEFORE_A_NAME.has(tokens[i]!.norm)) return false;
        return true;
      }
      if (!(title.from >= n.to && title.from - n.to <= TITLE_GAP)) return false;
      if (title.to < tokens.length && isPersonName(tokens, text, title.to) && !/[,;:()]/.test(text.slice(tokens[title.to - 1]!.end, tokens[title.to]!.start))) return false;
      for (let i = n.to; i < title.from; i++) if (isPersonName(tokens, text, i)) return false;
      // After the name, a title is the name's only as an apposition: set off by a comma, a bracket or a
      // dash, with only "the", a country's name or its adjective between ("Sybiha, Ukraine's foreign
      // minister"); not the object of a verb ("Sybiha told the defence minister"), nor a second person
      // ("Sybiha and the prime minister").
      if (title.from > n.to || n.to < tokens.length) {
        const set = /[,(\u2013\u2014-]/.test(text.slice(tokens[n.to - 1]!.end, tokens[Math.min(n.to, tokens.length - 1)]!.start));
        if (!set) return false;
        for (let i = n.to; i < title.from; i++) if (!capital(i) && !APPOSITION.has(tokens[i]!.norm) && !ADJECTIVE.test(tokens[i]!.norm)) return false;
      }
      return true;
    });
  }

  /**
   * The words a figure counts: a `near` phrase within UNIT_AFTER words after it
   * ("307 Ukrainian prisoners") or within UNIT_BEFORE before it ("prisoners: 307").
   */
  private unitOf(tokens: Token[], f: Figure, near: string[][], names: ReadonlySet<number>, countsAPart = false): PhraseHit | null {
    for (let i = f.index + 1; i <= f.index + UNIT_AFTER + (countsAPart ? 1 : 0) && i < tokens.length; i++) {
      // Another figure ends the search, unless it is part of a name ("14 KN-23 missiles"), or the whole
      // of which a claim of a part counts the figure ("seven of the 14 missiles" were shot down).
      if (tokens[i]!.digits && !names.has(i) && !(countsAPart && wholeOfAPart(tokens, f.index, i))) break;
      const p = nearAt(tokens, i, near);
      if (p) return { from: i, to: i + p.length, length: p.length };
    }
    for (let i = Math.max(0, f.from - UNIT_BEFORE); i < f.from; i++) {
      const p = nearAt(tokens, i, near);
      if (p && i + p.length <= f.from) return { from: i, to: i + p.length, length: p.length };
    }
    return this.tollOf(tokens, f, near);
  }

  /**
   * "The death toll rose to three", "the toll from the strike on the port stands at five", "a toll of 13":
   * a count of the dead, for a claim that counts them, given as a toll. "Toll of" right before the figure;
   * or a verb of the toll's change, then "to" or "at", with the toll at most TOLL_REACH words before the
   * verb and no other figure between.
   */
  private tollOf(tokens: Token[], f: Figure, near: string[][]): PhraseHit | null {
    // "The number of injured topped 12": the verb is the figure's qualifier, the toll before it.
    const qualifierVerb = f.from < f.index && TOLL_REACHES.has(tokens[f.from]!.norm);
    const link = qualifierVerb ? tokens[f.from]!.norm : (tokens[f.from - 1]?.norm ?? '');
    if (!TOLL_LINKS.has(link) && !TOLL_REACHES.has(link)) return null;
    const countsDead = near.some((p) => p.length === 1 && DEATH_WORDS.has(p[0]!));
    const toll = (at: number): PhraseHit | null => {
      // "The death toll" for a claim of the dead; "the injury toll" for a claim of the harmed.
      if (tokens[at]?.norm === 'toll' && (countsDead || (INJURY_WORDS.test(tokens[at - 1]?.norm ?? '') && near.some((p) => INJURY_WORDS.test(p[0]!)))))
        return { from: at, to: at + 1, length: 1 };
      // "the number of injured", "the count of people hurt", "his count of the injured": the claim's things, named as a number.
      if (tokens[at]?.norm !== 'of' || !NUMBER_OF.has(tokens[at - 1]?.norm ?? '')) return null;
      const from = tokens[at + 1]?.norm === 'the' ? at + 2 : at + 1;
      const p = nearAt(tokens, from, near);
      // Only a number of the harmed: "the number of prisoners Ukraine has freed" is a running total;
      // "the number of people injured" names them after the people.
      const harmed = HARM_WORDS.test(tokens[from]?.norm ?? '') || (PEOPLE.has(tokens[from]?.norm ?? '') && HARM_WORDS.test(tokens[from + 1]?.norm ?? ''));
      return p && harmed ? { from, to: from + p.length, length: p.length } : null;
    };
    if (link === 'of') return countsDead ? toll(f.from - 2) : null;
    // "Klitschko put the number of injured in the capital at 10": a verb of estimating, the toll, then "at".
    if (link === 'at' && !TOLL_CHANGES.has(tokens[f.from - 2]?.norm ?? '')) {
      for (let at = f.from - 2; at >= Math.max(1, f.from - 1 - TOLL_REACH); at--) {
        if (tokens[at]!.digits) return null;
        const hit = toll(at);
        const put = countsDead && tokens[at]?.norm === 'toll' ? at - 2 : at - 3;
        if (hit && [put, put - 1].some((j) => TOLL_ESTIMATES.has(tokens[j]?.norm ?? ''))) return hit;
      }
      return null;
    }
    // "The number of injured had reached ten": a verb of the toll's change right before the figure.
    const verb = qualifierVerb ? f.from : TOLL_REACHES.has(link) ? f.from - 1 : f.from - 2;
    if (!TOLL_CHANGES.has(tokens[verb]?.norm ?? '') && !TOLL_REACHES.has(tokens[verb]?.norm ?? '')) return null;
    for (let at = verb - 1; at >= Math.max(0, verb - TOLL_REACH); at--) {
      if (tokens[at]!.digits) return null;
      const hit = toll(at);
      if (hit) return hit;
    }
    return null;
  }

  /** "hundreds of prisoners", "dozens injured": a count given without a figure. The index of the vague word, or -1. */
  private vagueCount(tokens: Token[], near: string[][]): number {
    for (let i = 0; i < tokens.length; i++) {
      if (!VAGUE_COUNTS.has(tokens[i]!.norm)) continue;
      // The vague word counts the claim's things: they follow it ("dozens of people were injured",
      // "several residents"), or stand right before it ("injuring dozens"); not "missiles affecting multiple regions".
      if (countedAfter(tokens, i, near) >= 0) return i;
      if (near.some((p) => i - p.length >= 0 && phraseAt(tokens, i - p.length, p))) return i;
    }
    return -1;
  }

  /**
   * A figure speaks to the claim only when it stands close to the claim's
   * other words ("releasing a further 307 people each"), not in another
   * clause of a long sentence ("... leaving at least three people dead").
   */
  private closeToClaim(f: Figure, unit: PhraseHit, hits: PhraseHit[]): boolean {
    const own = (h: PhraseHit) => h.from < unit.to && h.to > unit.from;
    // "wounding eight", "10 injured": the claim's own word stands right beside the figure.
    if (hits.some(own)) return true;
    return hits.some((h) => !own(h) && Math.min(Math.abs(h.from - f.index), Math.abs(h.to - 1 - f.index)) <= MAX_FIGURE_DISTANCE);
  }

  /**
   * Why `sentence` does or does not state claim `claimId` (`npm run check -- --why`): the annotation if
   * it does, the reasons the matcher noted at its decision points, and how many of the claim's match
   * groups the sentence meets. Throws for a claim id the base does not have.
   */
  explain(sentence: SentenceSpan | string, claimId: string, contextTokens?: Token[], page: PageFacts = {}, discourse?: Discourse): Explanation {
    const claim = this.index.claims.find((c) => c.id === claimId);
    if (!claim) throw new Error(`no claim "${claimId}" in the claim base`);
    const reasons: string[] = [];
    const annotation = this.matchSentence(sentence, contextTokens, page, { claimId, note: (r) => reasons.push(r) }, discourse).find((a) => a.claimId === claimId) ?? null;
    const text = typeof sentence === 'string' ? sentence : sentence.text;
    const tokens = this.sentenceTokens(text);
    return { annotation, reasons, groupsMet: claim.all.filter((g) => hasGroup(tokens, g)).length, groups: claim.all.length };
  }

  /** A sentence's tokens as the matcher reads them: aliases resolved, names joined, a trade's unit added. */
  private sentenceTokens(text: string): Token[] {
    return withTradeUnits(this.names.apply(this.normalized(text), text));
  }

  /** The last text normalised, and its tokens: a one-sentence text is its own page's context too (matchText). */
  private lastNormalized: { text: string; tokens: Token[] } | null = null;

  /** normalizeText, once for a text asked for twice in a row. The tokens are shared: no caller changes them. */
  private normalized(text: string): Token[] {
    if (this.lastNormalized?.text !== text) this.lastNormalized = { text, tokens: normalizeText(text, this.aliases) };
    return this.lastNormalized.tokens;
  }

  /** Does the sentence name another war (`@other-wars`) and no side of this one (`@war-sides`)? */
  private otherWar(tokens: Token[]): boolean {
    return this.otherWars.names.has(tokens) && !this.otherWars.sides.has(tokens);
  }

  /** Normalised tokens of text that serves as topic context (a page's title and opening). */
  contextTokens(text: string): Token[] {
    const tokens = this.normalized(text.slice(0, CONTEXT_CHARS));
    // The page's day and night are read when a claim first asks (pageDay, otherNightPage), not for every context.
    this.contextTexts.set(tokens, text);
    return tokens;
  }

  /** The page's day and night (datelineDay, nightOfPage), read once from its context's text. */
  private pageTime(contextTokens: Token[]): { day: string | null; nights: string[] } {
    let time = this.pageTimes.get(contextTokens);
    if (!time) {
      const text = this.contextTexts.get(contextTokens);
      time = text === undefined ? { day: null, nights: [] } : { day: datelineDay(contextTokens, text), nights: nightOfPage(contextTokens, text) };
      this.pageTimes.set(contextTokens, time);
    }
    return time;
  }


  /**
   * The day a page tells its news of, as YYYY-MM-DD (the year may be unknown: "????"): its metadata's
   * publication date, else its dateline's (datelineDay, read with its context tokens).
   */
  private pageDay(contextTokens: Token[] | undefined, page: PageFacts): string | null {
    if (page.published && /^\d{4}-\d{2}-\d{2}/.test(page.published)) return page.published.slice(0, 10);
    return contextTokens ? this.pageTime(contextTokens).day : null;
  }

  /**
   * The page's day, where it is more than LATER_PAGE_MARGIN_DAYS after the last of the days the claims of
   * the claim's month name (the month's end if they name none); null otherwise. A day without a year is
   * taken to be of the claim's year only where its month is the claim's or later: "Jan 10" alone may be
   * of the next year or of the one before.
   */
  /**
   * The weekday of the page's own night, where its headline and first paragraphs (PAGE_NIGHT_WORDS) tell of a night beside weekdays
   * that none of its topic's claims name ("KYIV, May 25 (AFP) - Russia launched its largest
   * attack overnight into Sunday", for the strike of the night into Saturday); null otherwise. The topic's
   * days, not the claim's own: a page of the night into Saturday also tells of Friday's strike on Odesa.
   */
  private otherNightPage(claim: Claim, contextTokens: Token[] | undefined): string | null {
    const named = contextTokens && this.pageTime(contextTokens).nights;
    const days = this.topicDays.get(claim.topic);
    if (!named?.length || !days?.size || named.some((d) => days.has(d))) return null;
    return named[0]!;
  }

  /**
   * Does a time counted back from the page's day (YYYY-MM-DD, "????" for no year) reach the claim's
   * events? A month back must be the claim's month; a week back must come within WEEK_SLACK_DAYS of
   * one of the days the base names in it (in that month, where it names none); "last spring" (the latest gone by) or "this spring" must be
   * the spring of the claim's year, for a claim of March to May. A day without a year is of the claim's year, as laterThan reads it.
   */
  private agoReaches(ago: TimeAgo, day: string, claim: Claim): boolean {
    const period = claim.period!;
    const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
    const pageMonth = Number(day.slice(5, 7));
    const pageYear = day.startsWith('????') ? (pageMonth >= m ? y : y + 1) : Number(day.slice(0, 4));
    if (ago.unit === 'month') return pageYear * 12 + pageMonth - ago.count === y * 12 + m;
    // "Last spring" is the latest spring gone by: on a December page, that year's.
    if (ago.unit === 'spring') return m >= 3 && m <= 5 && (ago.count === 0 || pageMonth > 5 ? pageYear : pageYear - 1) === y && pageMonth >= (ago.count === 0 ? m : 1);
    const back = Date.UTC(pageYear, pageMonth - 1, Number(day.slice(8, 10))) - ago.count * 7 * 86_400_000;
    // The days the base's claims of the month name, of any topic: "agreed in Istanbul last week" on a page of
    // the swap counts back to the talks, the week before.
    const named = [...(this.periodDays.get(period) ?? [])];
    // A month whose claims name no day (the Florida talks of December): a week back within it reaches them.
    if (!named.length) {
      const at = new Date(back);
      return at.getUTCFullYear() === y && at.getUTCMonth() + 1 === m;
    }
    return named.map((d) => Date.UTC(y, m - 1, Number(d.slice(3)))).some((d) => Math.abs(d - back) <= WEEK_SLACK_DAYS * 86_400_000);
  }

  private laterPage(claim: Claim, contextTokens: Token[] | undefined, page: PageFacts): string | null {
    if (!claim.period || claim.timeless) return null;
    const day = this.pageDay(contextTokens, page);
    if (!day) return null;
    const key = `${day}|${claim.period}`;
    let later = this.laterPages.get(key);
    if (later === undefined) {
      later = this.laterThan(day, claim.period);
      // A hostile page may name a million days: the cache stops growing, the answers stay right.
      if (this.laterPages.size < LATER_PAGES_CACHED) this.laterPages.set(key, later);
    }
    return later;
  }

  /** Is `day` (YYYY-MM-DD, "????" for no year) more than LATER_PAGE_MARGIN_DAYS after the last event day of `period`? The day as the page names it, or null. */
  private laterThan(day: string, period: string): string | null {
    const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
    const year = day.startsWith('????') ? (Number(day.slice(5, 7)) >= m ? y : null) : Number(day.slice(0, 4));
    if (year === null) return null;
    const at = Date.UTC(year, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    const named = [...(this.periodDays.get(period) ?? [])].map((d) => Number(d.slice(3))).filter((d) => d >= 1 && d <= 31);
    const last = named.length ? Date.UTC(y, m - 1, Math.max(...named)) : Date.UTC(y, m, 0);
    return at > last + LATER_PAGE_MARGIN_DAYS * 86_400_000 ? day.replace('????-', '') : null;
  }


  /**
   * Split text into sentences and annotate each. The text itself (its first
   * CONTEXT_CHARS characters) and `context` (a headline, the page title) serve as
   * context for the topic check; callers that scan many blocks of one page
   * pass the page's context tokens once instead, and one `discourse` for blocks read in order.
   */
  matchText(text: string, context: string | Token[] = '', page: PageFacts = {}, discourse: Discourse = newDiscourse()): TextMatch {
    const sentences = splitSentences(text);
    const contextTokens = typeof context === 'string' ? this.contextTokens(context ? `${context}\n${text}` : text) : context;
    const annotations = sentences.flatMap((s) => this.matchSentence(s, contextTokens, page, undefined, discourse));
    return { sentences, annotations };
  }
}

/** Words that make a part's whole one named before ("266 of the drones", "45 of those missiles"). */
const DEFINITE = new Set(['the', 'those', 'these']);
/** How many sentences on a figure may still be the whole of a part ("Russia fired 298 drones. At least 12 were killed. 266 of the drones were downed."). */
const COUNT_MEMORY = 2;
/** How many words after a figure of the sentence before may name what it counted ("298 Shahed-type drones"). */
const COUNTED_WORDS = 3;

/**
 * The sentences before that gave figures (CountBefore), the last COUNT_MEMORY of them, and the discourse
 * moved on past this sentence: it too, if it has a figure, for the sentences after. Their figures are read
 * only when a part asks (partOfAnotherCount): few sentences count a part of a whole.
 */
function followCounts(discourse: Discourse, tokens: readonly Token[], text: string): readonly CountBefore[] | null {
  const before = discourse.counts;
  const own = tokens.some((t) => t.digits) ? [{ tokens, text, age: 0 }] : [];
  const kept = [...own, ...(before ?? []).map((c) => ({ ...c, age: c.age + 1 })).filter((c) => c.age < COUNT_MEMORY)];
  discourse.counts = kept.length ? kept : null;
  return before;
}

/** Each sentence's figures, each with the words right after it, read once for partOfAnotherCount. */
const countsCache = new WeakMap<readonly Token[], { value: number; words: string[] }[]>();
function countsOf(c: CountBefore): { value: number; words: string[] }[] {
  let out = countsCache.get(c.tokens);
  if (!out) {
    out = findFigures(c.tokens, c.text)
      .filter((f) => !f.joined)
      .map((f) => ({ value: f.value, words: c.tokens.slice(f.index + 1, f.index + 1 + COUNTED_WORDS).map((t) => t.norm) }));
    countsCache.set(c.tokens, out);
  }
  return out;
}

/**
 * Is the figure a part of a whole a sentence just before counted with a value no report gives ("Russia fired
 * 298 drones overnight. ... 266 of the drones were shot down")? The part is of that count, another night's
 * or place's, and differs from nothing the reports say: the whole is not the reports' (`explained`: the
 * values of the event's claims).
 */
function partOfAnotherCount(tokens: readonly Token[], f: Figure, before: readonly CountBefore[] | null | undefined, explained: readonly number[]): boolean {
  if (!before?.length || tokens[f.index + 1]?.norm !== 'of' || !DEFINITE.has(tokens[f.index + 2]?.norm ?? '')) return false;
  const whole = tokens[f.index + 3];
  if (!whole || whole.digits) return false;
  return before.some((s) => countsOf(s).some((c) => c.value >= f.value && c.words.includes(whole.norm) && !explained.includes(c.value)));
}

/**
 * The nights the sentence before named, if it named any the last NIGHT_MEMORY sentences (nightsNamed),
 * and the discourse moved on past this sentence.
 */
function followNight(discourse: Discourse, tokens: readonly Token[]): readonly string[] | null {
  const before = discourse.night && discourse.night.age < NIGHT_MEMORY ? discourse.night.days : null;
  const named = nightsNamed(tokens);
  if (named.length) discourse.night = { days: named, age: 0 };
  else if (discourse.night && ++discourse.night.age >= NIGHT_MEMORY) discourse.night = null;
  return before;
}
