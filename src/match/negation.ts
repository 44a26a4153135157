/**
 * Negation and its scope: does a sentence deny the claim's words, say "no" near them, report someone's
 * denial, or state them only as a condition? Pure functions of a sentence's tokens and the claim's hits
 * (./phrases.ts), as the matcher reads them.
 */
import { SAYING } from '../text/saying';
import type { Token } from '../text/tokens';
import { extentOf, type PhraseHit } from './phrases';

const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor']);
/** The page itself says a claim is wrong. */
const DENIALS = new Set(['false', 'untrue']);
/** Someone the page quotes denies it: the page reports the denial, and neither asserts nor negates the claim. */
const REPORTED_DENIALS = new Set(['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'rejected', 'rejects', 'dismissed', 'dismisses']);
/** How far before the claim's words a reported denial still governs them ("Moscow denied that it had fired ..."). */
const DENIAL_REACH = 8;

/**
 * How many words before a claim's word a negation may stand and still negate it ("has not yet been
 * agreed"): only auxiliaries and adverbs between. Trade-off: a negation further away, or across another
 * word, more often negates something else ("no ceasefire was agreed").
 */
const NEGATION_REACH = 4;
/** Words that may stand between a negation and the word it negates. */
const NEGATION_FILLER = new Set([
  'be', 'been', 'being', 'is', 'was', 'were', 'are', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'yet', 'ever', 'the', 'a', 'an',
  'any', 'so', 'also', 'even', 'still', 'more', 'further', 'other', 'longer', 'again', 'all', 'fully', 'really', 'actually', 'formally',
  'officially', 'publicly', 'immediately', 'to', 'get', 'got', 'single',
]);
/** Negations of a verb ("not", "never"): they may stand before the verb whose object is the claim's word ("did not produce a deal"). "No" negates only its own noun ("no ceasefire was agreed"). */
const VERB_NEGATORS = new Set(['not', 'never']);
/** "Not ... until": the thing happened, later (negates, `until`). */
const UNTIL = new Set(['until', 'till']);
/** Verbs of preventing or spoiling: "did not derail the swap", "has not stopped the exchange" affirm it. */
const PREVENTING = /^(derail|stop|prevent|halt|block|disrupt|delay|affect|jeopardi[sz]|cancel|overshadow|interrupt|hamper|hinder|postpon|scupper|thwart|undermin|sabotag|spoil|dampen|deter)/;
/** Words of a relation: "not linked to the attack" denies the link, not the attack. */
const RELATION_WORDS = new Set(['linked', 'related', 'connected', 'tied', 'part', 'due', 'aimed', 'intended', 'meant', 'designed', 'responsible', 'response', 'retaliation', 'comparable', 'similar', 'like', 'unlike', 'only']);
/** Words of a sentence that speaks of what may, must or will happen, or asks: it states no fact that a claim of "nothing happened" contradicts. */
const NOT_A_STATEMENT = new Set([
  'will', 'would', 'could', 'should', 'must', 'may', 'might', 'can', 'if', 'unless', 'until', 'once', 'whether', 'soon', 'expected',
  'expects', 'hope', 'hopes', 'hoped', 'urged', 'urges', 'demanded', 'demands', 'wants', 'want', 'asked', 'plans', 'planned', 'ready', 'willing',
]);
/** How far before the claim's words "no" or "little" still counts for a claim that is itself a negation ("Russia showed no interest"). */
const LOOSE_NEGATION_REACH = 3;
/** How far after the claim's last word, in its clause, a negation still counts for such a claim ("the memorandum ... had still not arrived"). */
const LOOSE_NEGATION_AFTER = 8;
/** How far before the claim's words "instead of" or "rather than" still says the thing did not happen. */
const CONTRAST_REACH = 6;
/** Negations after which the words are not denied ("not only", "no doubt", "no later than", "no fewer than"). */
const NOT_NEGATING_AFTER: Record<string, Set<string>> = { not: new Set(['only', 'just']), no: new Set(['doubt', 'later', 'fewer', 'less', 'more']) };
/**
 * Words that say "little or none", or that the thing is still awaited or was replaced by another: enough
 * to agree with a claim that is itself a negation ("Russia showed scant interest", "the memorandum is
 * still awaited", "Russia sent drones instead").
 */
const SOFT_NEGATORS = new Set([
  'little', 'scant', 'without', 'unable', 'unwilling', 'nothing', 'none', 'nobody', 'yet',
  'instead', 'await', 'awaits', 'awaited', 'awaiting', 'waiting', 'pending', 'overdue', 'absence', 'absent',
]);
/**
 * Words that say a thing is still not decided ("the venue remains undecided"): for a claim that nothing was
 * agreed, they are the negation, where they alone meet one of its groups (not "a venue was agreed, and only
 * the date is undecided").
 */
const UNDECIDED = new Set(['undecided', 'unresolved', 'unsettled', 'undetermined']);

/** Does a group of the claim stand only in words of not deciding ("the next venue remains undecided")? */
export function undecided(tokens: readonly Token[], groups: readonly (readonly PhraseHit[])[]): boolean {
  return groups.some((g) => g.length > 0 && g.every((h) => h.to - h.from === 1 && UNDECIDED.has(tokens[h.from]!.norm)));
}
/** Verbs of not doing, in any form ("failing to deliver", "refused", "declines", "lacked"). */
const NOT_DOING = /^(fail|refus|declin|lack|neglect)/;
/** Words that open a clause of their own: a negation in one does not deny what the other states. */
const CLAUSE_OPENERS = new Set(['but', 'though', 'although', 'while', 'whereas', 'however', 'whilst', 'if', 'unless']);

/** Words that open a condition: what follows is not asserted ("if Zelensky did not cede the regions"). */
const CONDITIONS = new Set(['if', 'unless']);

/** Each sentence's clauses, computed once: every candidate claim of the sentence asks for them. */
const clauseCache = new WeakMap<readonly Token[], Uint16Array>();

/** Words that join two clauses after a comma (", and Russia showed no interest"): not before a figure (", and 307 on Saturday"). */
const COORDINATORS = new Set(['and', 'or', 'yet', 'so']);

/**
 * Clause numbers of the tokens: a new clause at ";", ":", a dash, a word that opens one ("but", "though"),
 * ", not", or a comma and a word that joins clauses (", and Russia showed ...").
 */
export function clausesOf(tokens: readonly Token[], text: string): Uint16Array {
  const cached = clauseCache.get(tokens);
  if (cached) return cached;
  const out = new Uint16Array(tokens.length);
  let clause = 0;
  for (let i = 1; i < tokens.length; i++) {
    const between = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    // ", not ..." sets what it negates against what came before ("1,000 per side, not 1,000 in all").
    const contrast = tokens[i]!.norm === 'not' && between.includes(',');
    const joined = COORDINATORS.has(tokens[i]!.norm) && between.includes(',') && !tokens[i + 1]?.digits;
    if (joined || /[;:\u2013\u2014]|\s-\s/.test(between) || CLAUSE_OPENERS.has(tokens[i]!.norm) || contrast) clause++;
    out[i] = clause;
  }
  clauseCache.set(tokens, out);
  return out;
}

/**
 * Is the claim stated only as a condition: do all the words of one of its groups stand in a clause that
 * "if" or "unless" opens ("... threatened to invade if Kyiv did not cede the regions")? What follows a
 * condition depends on it, so the sentence asserts neither.
 */
export function conditional(tokens: Token[], groups: readonly (readonly PhraseHit[])[], text: string): boolean {
  // "Had Trump tightened sanctions, the Kremlin might have thought twice": a condition by inversion, to its comma.
  const inverted = INVERTED_CONDITION.test(text) && !asks(text);
  if (!inverted && !tokens.some((t) => CONDITIONS.has(t.norm))) return false;
  const clause = clausesOf(tokens, text);
  const opener = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) if (!opener.has(clause[i]!)) opener.set(clause[i]!, tokens[i]!.norm);
  const firstComma = text.indexOf(',');
  const inCondition = (h: PhraseHit) => CONDITIONS.has(opener.get(clause[h.from]!) ?? '') || (inverted && firstComma > 0 && tokens[h.to - 1]!.end <= firstComma);
  return groups.some((hits) => hits.length > 0 && hits.every(inCondition));
}

/** A sentence that opens with "Had", "Were" or "Should" and a subject states a condition ("Had Trump tightened sanctions, ..."). */
const INVERTED_CONDITION = /^\s*(Had|Were|Should)\s+(?!(?:been|not)\b)\S/;

/** Adverbs of what happens again and again: background on a person or a war, not one event's news. */
const HABITUAL = new Set(['repeatedly', 'often', 'frequently', 'consistently', 'routinely', 'regularly', 'constantly', 'habitually', 'persistently']);
/**
 * Adverbs of what happens as a rule, in any tense: they govern the rest of their clause ("Exchanges usually
 * take place on the Belarusian border"). So does what a rule grants ("every freed serviceman is entitled to
 * rehabilitation"), which tells of no one event.
 */
const GENERIC = new Set(['usually', 'normally', 'typically', 'generally', 'traditionally', 'customarily', 'commonly', 'invariably', 'entitled']);
/** Verbs of saying after a habitual adverb, and of calling for or finding: the habit governs what is said. */
const HABITUAL_SAYING = (w: string) => SAYING.has(w) || /^(called|urged|found|documented|described)$/.test(w);
/** How far before one of the claim's words a habitual adverb still governs it ("has long argued for tougher sanctions"). */
const HABITUAL_REACH = 4;

/** Relative pronouns: a perfect after one is the clause's, not the sentence's. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Words before "times" that count repeats ("several times this year"). */
const REPEATS = new Set(['several', 'many', 'multiple', 'numerous', 'countless', 'dozens']);

/** Words that tie a sentence to one time, the event's or another: a habit beside them is background. */
const ONE_TIME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|yesterday)$/;

/**
 * Does the sentence tell of a habit rather than the event: does a habitual adverb in a present perfect
 * ("has repeatedly", "have often", "has long") govern one of the claim's words, with every other one
 * either governed too or standing before it (its subject), and no day named ("Sybiha has long argued for
 * tougher sanctions", "the ministry has repeatedly said Kiev uses merchant ships for weapons")? It governs
 * a word at most HABITUAL_REACH words after it, or anything a verb of saying right after it says, in its
 * clause and up to a comma. The sentence states what someone does, not what they said or did then.
 * "Sybiha, who has repeatedly called for sanctions, said Saturday's attack showed the need for more
 * sanctions" still tells of the event, as do "Klitschko had repeatedly urged residents" (a narrative's
 * past perfect) and "Klitschko repeatedly warned residents overnight" (no perfect). So does a present
 * perfect that counts times ("the plant has been targeted several times this year"). An adverb of what
 * happens as a rule ("usually", "normally") makes a habit in any tense, of the rest of its clause.
 */
export function habitual(tokens: readonly Token[], groups: readonly (readonly PhraseHit[])[], text: string): boolean {
  // A present perfect: "had repeatedly urged" in a narrative tells of that night.
  const marks: number[] = [];
  const generic = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const before = tokens[i - 1]!.norm;
    if ((HABITUAL.has(w) || w === 'long') && (before === 'has' || before === 'have')) marks.push(i);
    if (GENERIC.has(w)) {
      marks.push(i);
      generic.add(i);
    }
  }
  for (const t of tokens) if (ONE_TIME.test(t.norm)) return false;
  // "The plant has been targeted by drones several times this year", "the sides have swapped prisoners
  // dozens of times": a present perfect counting times tells of the events before, whatever its words;
  // not one in a relative clause ("Zelensky, who has visited the front several times, confirmed the swap").
  const perfect = tokens.findIndex((t, i) => (t.norm === 'has' || t.norm === 'have') && tokens[i + 1]?.norm !== 'to' && !RELATIVES.has(tokens[i - 1]?.norm ?? ''));
  if (perfect >= 0 && tokens.some((t, i) => i > perfect && t.norm === 'times' && (REPEATS.has(tokens[i - 1]?.norm ?? '') || Number(tokens[i - 1]?.norm) > 1))) return true;
  if (!marks.length) return false;
  const clause = clausesOf(tokens, text);
  // A habit of saying governs all it says, to the end of its clause ("the ministry has repeatedly said Kiev
  // uses merchant ships to bring in weapons").
  const ofSaying = (i: number) => [1, 2].some((d) => HABITUAL_SAYING(tokens[i + d]?.norm ?? ''));
  // Up to a comma: "the mayor, who has repeatedly warned of drones, said 15 were injured" tells of the night.
  const noComma = (i: number, h: PhraseHit) => !text.slice(tokens[i]!.end, tokens[h.from]!.start).includes(',');
  const governs = (i: number, h: PhraseHit) => i < h.from && clause[i] === clause[h.from] && noComma(i, h) && (h.from - i <= HABITUAL_REACH || ofSaying(i) || generic.has(i));
  // Each of the claim's words is the habit's or stands before it (its subject), and one is the habit's:
  // "have regularly exchanged prisoners, and in Istanbul agreed to swap 1,000 each" still tells of the deal.
  const hits = groups.flat();
  return marks.some((i) => hits.some((h) => governs(i, h)) && hits.every((h) => h.to <= i || governs(i, h)));
}

/**
 * Is the sentence a question of its own ("So were 15 or 10 people injured?", "Is this the largest swap
 * yet?")? A question asserts nothing. A question quoted inside a statement ('"Where is the memorandum?"
 * Sybiha asked.') ends in the statement's stop, and one closing a quotation ('He asked: "Why now?"')
 * reports that it was asked: both are statements.
 */
export function asks(text: string): boolean {
  return /\?\s*$/u.test(text) && !/\?\s*[\u201D"\u2019')\]]\s*$/u.test(text);
}

/** Does a denial the page reports ("Moscow denied ...", "... , Kyiv rejected") stand before or among the claim's words? */
export function reportedDenial(tokens: readonly Token[], hits: readonly PhraseHit[]): boolean {
  const { first, last } = extentOf(hits);
  for (let i = Math.max(0, first - DENIAL_REACH); i < Math.min(tokens.length, last + 1); i++) if (REPORTED_DENIALS.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * Does the sentence say "no" or "little" anywhere near the claim's words? Enough to agree with a claim
 * that is itself a negation: a negating word before or among them ("Russia showed no interest", "the
 * memorandum has yet to be delivered"), or just after them in their clause ("the memorandum Moscow had
 * promised had still not arrived"), or "instead of" or "rather than" before them in their clause
 * ("instead of a peace memorandum, Russia is sending drones"); not one inside the claim's own phrases
 * ("no greater joy").
 */
export function negatedLoosely(tokens: Token[], hits: PhraseHit[], text: string): boolean {
  const inHit = new Uint8Array(tokens.length);
  for (const h of hits) inHit.fill(1, h.from, h.to);
  const { first, last } = extentOf(hits);
  const clause = clausesOf(tokens, text);
  const negating = (i: number) => {
    const w = tokens[i]!.norm;
    if (inHit[i]) return false;
    if (DENIALS.has(w) || SOFT_NEGATORS.has(w) || NOT_DOING.test(w)) return true;
    // "Zero compromise": number words are digits by now.
    if (w === '0' && tokens[i]!.digits) return true;
    // "The memorandum was nowhere to be seen" (not "a date was nowhere near settled", which denies the date).
    if (w === 'nowhere' && tokens[i + 1]?.norm === 'to' && tokens[i + 2]?.norm === 'be') return true;
    return NEGATORS.has(w) && !NOT_NEGATING_AFTER[w]?.has(tokens[i + 1]?.norm ?? '');
  };
  for (let i = Math.max(0, first - LOOSE_NEGATION_REACH); i < Math.min(tokens.length, last); i++) if (negating(i)) return true;
  for (let i = last; i < Math.min(tokens.length, last + LOOSE_NEGATION_AFTER) && clause[i] === clause[last - 1]; i++) if (negating(i)) return true;
  for (let i = Math.max(0, first - CONTRAST_REACH); i < first; i++) {
    const pair = `${tokens[i]!.norm} ${tokens[i + 1]?.norm ?? ''}`;
    if ((pair === 'instead of' || pair === 'rather than') && clause[i] === clause[first]) return true;
  }
  return false;
}

/**
 * Does the sentence negate the claim? A negation must govern one of the claim's words: stand at most
 * NEGATION_REACH words before it, with only auxiliaries and adverbs between ("did not release", "no
 * prisoners were freed", "has not yet been agreed"), or, for "not" and "never", the verb right after
 * it ("did not produce a deal", "were not taken to Belarus"), in the same clause; or the page calls the claim
 * "false" in that clause. Where one clause states the whole claim (a word of every group), the claim is
 * negated only if every such clause is ("It was not the largest swap of the war, but it was the largest
 * involving civilians" denies the first claim, not the second); where none does, only if every word of
 * some group is governed. Words inside the claim's own phrases ("no greater joy") negate nothing.
 * `until`: count a negation "until" a later time too ("did not confirm the numbers until late in the
 * afternoon"), which by default denies nothing: it happened then. A caller that found no denial asks with
 * it to tell such a sentence apart.
 */
export function negates(tokens: Token[], groups: readonly (readonly PhraseHit[])[], text: string, { until = false } = {}): boolean {
  const clause = clausesOf(tokens, text);
  const inHit = new Uint8Array(tokens.length);
  for (const g of groups) for (const h of g) inHit.fill(1, h.from, h.to);
  /** The negation that governs the hit, as its token's index, or -1. */
  const negatorOf = (h: PhraseHit): number => {
    // At most one other word between, and only the verb a "not" negates ("did not produce a deal").
    let verb = -1;
    for (let j = h.from - 1; j >= Math.max(0, h.from - NEGATION_REACH) && clause[j] === clause[h.from]; j--) {
      const w = tokens[j]!.norm;
      if (inHit[j] || tokens[j]!.digits) return -1;
      if (NEGATORS.has(w)) return (verb < 0 || (VERB_NEGATORS.has(w) && verb === j + 1)) && !NOT_NEGATING_AFTER[w]?.has(tokens[j + 1]?.norm ?? '') ? j : -1;
      if (NEGATION_FILLER.has(w) || /(ian|ese|ish)$/.test(w)) continue;
      // "did not derail the second round": not preventing a thing affirms it.
      if (verb >= 0 || RELATION_WORDS.has(w) || PREVENTING.test(w)) return -1;
      verb = j;
    }
    return -1;
  };
  const governed = (h: PhraseHit) => negatorOf(h) >= 0;
  // "Did not confirm the numbers until late in the afternoon": not until then, and then it did.
  const notUntil = (h: PhraseHit) => {
    for (let j = h.to; j < tokens.length && clause[j] === clause[h.from]; j++) if (UNTIL.has(tokens[j]!.norm)) return true;
    return false;
  };
  const governedNow = (h: PhraseHit) => governed(h) && (until || !notUntil(h));
  const calledFalse = (c: number) => tokens.some((t, i) => clause[i] === c && !inHit[i] && DENIALS.has(t.norm));
  const clauses = new Set<number>();
  for (let i = 0; i < tokens.length; i++) clauses.add(clause[i]!);
  const full = [...clauses].filter((c) => groups.every((g) => g.some((h) => clause[h.from] === c)));
  if (full.length) {
    const negatedIn = (c: number) => calledFalse(c) || groups.some((g) => g.some((h) => clause[h.from] === c && governedNow(h)));
    return full.every(negatedIn);
  }
  // No clause states the whole claim: a group wholly negated denies it, unless the words negated are only
  // a name ("Ukraine's team, at least not alongside Dmitriev - a sit-down was off the table"), which a
  // contrast negates as often as the claim.
  const named = (h: PhraseHit) => /^\p{Lu}/u.test(text.slice(tokens[h.from]!.start, tokens[h.from]!.end));
  // How many of the claim's groups a clause holds, and whether a negation governs any of its words there.
  const held = (c: number) => groups.filter((g) => g.some((h) => clause[h.from] === c)).length;
  const negatedHere = (c: number) => groups.some((g) => g.some((h) => clause[h.from] === c && governedNow(h)));
  const most = Math.max(...[...clauses].map(held));
  // The clause holding most of the claim states it: a thing that "no" denies in a clause holding fewer is
  // another mention of it ("No ceasefire was agreed there, and Russia showed no interest in Ukraine's proposal
  // for a temporary one" states the proposal). A verb negated there still denies ("Zelensky hailed the return
  // of the prisoners, although he did not confirm the number").
  const stated = [...clauses].some((c) => held(c) === most && !negatedHere(c));
  const outweighed = (g: readonly PhraseHit[]) => stated && g.every((h) => held(clause[h.from]!) < most && tokens[negatorOf(h)]?.norm === 'no');
  return groups.some((g) => g.length > 0 && g.every(governedNow) && !g.every(named) && !outweighed(g));
}

/** Pronouns that stress who did something themself ("she had not seen him herself"). */
const EMPHATIC_SELF = new Set(['herself', 'himself', 'themselves', 'myself', 'itself', 'ourselves', 'yourself']);
/** How far after the negated words such a pronoun still stresses their subject. */
const SELF_REACH = 4;

/**
 * Does a negation deny only what its subject did themself ("even though she had not seen her father
 * herself, knowing that someone had ...")? An emphatic pronoun right after the negated words, in their
 * clause, says someone else may have: the sentence neither states nor denies the claim.
 */
export function deniesOnlyOfSelf(tokens: readonly Token[], text: string): boolean {
  const clause = clausesOf(tokens, text);
  for (let i = 0; i < tokens.length; i++) {
    if (!EMPHATIC_SELF.has(tokens[i]!.norm)) continue;
    for (let j = i - 1; j >= Math.max(0, i - SELF_REACH - NEGATION_REACH) && clause[j] === clause[i]; j--) if (VERB_NEGATORS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** Does the sentence ask, or speak of what may, must or will happen ("the venue would be agreed soon")? It then states no fact that a claim of "nothing happened" contradicts. */
export function speaksOfWhatMayHappen(tokens: readonly Token[], text: string): boolean {
  return text.includes('?') || tokens.some((t) => NOT_A_STATEMENT.has(t.norm));
}
