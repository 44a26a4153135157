/**
 * Who "he" or "she" is. Wire copy names a person once and goes on with a
 * pronoun: "Lavrov spoke on Friday. He said Moscow would send a draft once the
 * swap was over." The second sentence asserts Lavrov's words, and a reader
 * reads it so. A `Discourse` follows the sentences of a page in order and
 * remembers the one person of the base (the lexicon's `@named-men` and
 * `@named-women`) that the sentences before name, so that a claim's group
 * naming that person may be met by the pronoun.
 *
 * Only where nothing else could be meant: the sentence before names exactly
 * one such person (not counting possessives: "Trump's envoy Witkoff said" names
 * Witkoff; a possessive alone, "Lammy's own post", names its person), and the
 * sentence itself names none, or only after its subject "he" ("Then he spoke
 * to Putin"); the pronoun's gender fits; every sentence in between is one more
 * pronoun sentence or a quotation. A sentence that names no one and has no
 * pronoun, gives words to someone else ("Petrenko said", "one resident
 * said"), or names someone the base does not know ("German Foreign Minister
 * Johann Wadephul", "a marine", "Kellogg met ..."; not a credit) ends the
 * chain. Likewise "there", "the area", "the port" stand for the one place
 * named in the last two sentences (followPlace). A mark made through either
 * may agree, never warn (no ✗, no ⚠) nor give a title (Matcher.admit and
 * resolve). Pure: no DOM.
 */
import { SAYING } from '../text/saying';
import type { Token } from '../text/tokens';

/** What the sentences read so far tell the next: the one person and the one place they last named, if any. */
export interface Discourse {
  person: { name: string; gender: Gender } | null;
  /** The sentence just read names someone the base does not know ("Pope Leo has urged ...", "Kellogg met ..."). */
  stranger: boolean;
  /** The place, and how many sentences ago it was named. */
  place: { name: string; age: number } | null;
  /** The meeting the last sentence that named one set its news at, and how many sentences ago (Matcher.settle). */
  setting: Setting | null;
  /** The nights (by the weekday each runs into) the last sentence that named one named, and how many sentences ago. */
  night: { days: string[]; age: number } | null;
  /** The last sentences that gave figures: "266 of the drones" in the next may count a part of one of them. */
  counts: readonly CountBefore[] | null;
}

/** A sentence that gave figures ("298 drones and 69 missiles"): its tokens and text, read only when a part asks, and how many sentences ago. */
export interface CountBefore {
  tokens: readonly Token[];
  text: string;
  age: number;
}

/**
 * The meeting a sentence sets its news at: "Delegations met in Abu Dhabi on Thursday." The sentences after
 * it that name no meeting place of their own ("The sides agreed to swap 314 prisoners.") may tell of the
 * same, so none of them warns of a claim of another meeting. (A month or year named in passing sets
 * nothing: real coverage recalls "the last raid of comparable size, in April" and goes on with its story.)
 */
export interface Setting {
  /** It names a place of another meeting (the lexicon's `@other-venues`); the topics whose own venue it names. */
  otherVenue: boolean;
  venueTopics: readonly string[];
  age: number;
}

type Gender = 'he' | 'she';

/** A word of the sentence ("he", "there") and the person or place it stands for. */
export interface Antecedent {
  /** The person's surname or the place's name, as the matcher reads it ("lavrov", "odesa"). */
  name: string;
  /** The token index of the word: a group met by the person or place is met there. */
  at: number;
}

export interface NamedPeople {
  he: readonly string[];
  she: readonly string[];
}

export function newDiscourse(): Discourse {
  return { person: null, place: null, stranger: false, setting: null, night: null, counts: null };
}

/** How many sentences on a place stays the one a "there" stands for ("Missiles hit Odesa. ... Three were killed there."). */
const PLACE_MEMORY = 2;
/** Nouns that, after "the" or "that", stand for a place named before ("in the area", "the district's governor"). */
const PLACE_NOUNS = new Set(['area', 'district', 'region', 'neighbourhood', 'neighborhood', 'port', 'block', 'building']);
/** Words before a place's name ("flew to Tirana", "in Vilnius"). */
const TO_A_PLACE = new Set(['in', 'to', 'at', 'from', 'near', 'into', 'outside']);
/** After "there", a verb makes it the "there" of being ("there were no casualties"), not of a place. */
const EXISTENTIAL = /^(is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|s)$/;

/** Pronouns that are a clause's subject: "he spoke to Putin" is the person named before speaking to Putin. */
const SUBJECTS = new Set(['he', 'she']);
const PRONOUNS = new Map<string, Gender>([
  ['he', 'he'], ['his', 'he'], ['him', 'he'], ['himself', 'he'],
  ['she', 'she'], ['her', 'she'], ['hers', 'she'], ['herself', 'she'],
]);

/** Verbs that give words to their subject or object ("Marchenko said", "said a resident", "according to Petrenko"). */
const GIVES_WORDS = (w: string) => SAYING.has(w) || w === 'according';
/** Nouns of a person: after "a", "an" or "one", someone new ("a marine", "an official"). */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'men', 'women', 'soldier', 'soldiers', 'marine', 'serviceman', 'servicewoman', 'resident', 'residents', 'official', 'officials',
  'officer', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'source', 'minister', 'envoy', 'adviser', 'advisor', 'aide',
  'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'boy', 'girl', 'doctor', 'nurse', 'driver', 'volunteer',
  'veteran', 'prisoner', 'prisoners', 'journalist', 'reporter', 'pensioner', 'student', 'teacher', 'worker', 'survivor', 'witness', 'neighbour',
  'neighbor', 'lawmaker', 'senator', 'analyst', 'expert', 'priest', 'member',
]);
/** Words before a name that make it a credit, not a person of the story. */
const CREDIT = new Set(['by', 'photographer', 'correspondent', 'reporter', 'editor', 'writer', 'credit', 'courtesy', 'byline']);
/** Verbs right after a sentence's first word that make it the sentence's subject, a person's name if the base does not know it. */
const SUBJECT_VERB = /^(met|said|says|told|tells|spoke|speaks|urged|urges|warned|warns|wrote|writes|added|called|visited|arrived|praised|thanked|insisted|argued|claimed|stressed|noted|announced|confirmed|denied|held|had|has|was|is|will|would)$/;
/** Capitalised words that open sentences and name no one. */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'there', 'here', 'what', 'who', 'which', 'one', 'officials', 'residents', 'police', 'witnesses', 'authorities']);
/** Words before "a" that make it say what someone is, not bring someone in ("he is a former senator"). */
const PREDICATE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'remains', 'remained', 'as']);
/** How far after "a" its person noun may stand ("a senior State Department official"). */
const STRANGER_REACH = 4;
/** Capitalised words that name no one: weekdays and months. */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Words that bring in someone unnamed ("a soldier", "one resident"; "one" reads as the figure 1 once number words are digits). */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', '1', 'another']);

export class Antecedents {
  private readonly gender = new Map<string, Gender>();

  /** `known`: is the word one the claim base uses? Two capitalised words outside it are someone else's name ("Johann Wadephul"). */
  constructor(people: NamedPeople, private readonly known: (word: string) => boolean = () => false) {
    for (const n of people.he) this.gender.set(n, 'he');
    for (const n of people.she) this.gender.set(n, 'she');
  }

  /** The person this sentence's pronoun stands for, if any; `discourse` moves on past the sentence. */
  follow(discourse: Discourse, tokens: readonly Token[], text: string): Antecedent | null {
    const named = new Map<string, Gender>();
    const whose = new Map<string, Gender>();
    let firstMention = -1;
    for (const [i, t] of tokens.entries()) {
      const g = this.gender.get(t.norm);
      if (!g) continue;
      if (firstMention < 0) firstMention = i;
      // "Trump's envoy": a possessive names whose, not who.
      if (!/['’]s$/u.test(text.slice(t.start, t.end)) && !/^['’]s\b/u.test(text.slice(t.end, t.end + 3))) named.set(t.norm, g);
      // "Lammy's own post", not "Trump's special envoy": the possessed is no person.
      else if (!tokens.slice(i + 1, i + 1 + STRANGER_REACH).some((w) => PERSON_NOUNS.has(w.norm))) whose.set(t.norm, g);
      else whose.set(`-${t.norm}`, g);
    }
    // Only a possessive ("Lammy's own post was blunter"): the one person it names is the one a "he" next stands for.
    if (!named.size && whose.size === 1) for (const [n, g] of whose) if (!n.startsWith('-')) named.set(n, g);
    const at = tokens.findIndex((t) => PRONOUNS.has(t.norm));
    const person = discourse.person;
    const fits = at >= 0 && !!person && person.gender === PRONOUNS.get(tokens[at]!.norm);
    // Someone the base does not know ("German Foreign Minister Johann Wadephul", "a marine"): the sentence's
    // pronouns, and the next sentence's, may be theirs. A subject "he" before them goes on ("He met Mark Rutte").
    const stranger = this.strangerAt(tokens, text);
    discourse.stranger = stranger >= 0;
    if (stranger >= 0) {
      // "Zelensky said he had called a minister": the base's person, named first, is the subject.
      const [only] = named;
      if (firstMention >= 0 && firstMention < stranger && named.size === 1 && only) {
        discourse.person = { name: only[0], gender: only[1] };
        return null;
      }
      discourse.person = null;
      return fits && at < stranger && SUBJECTS.has(tokens[at]!.norm) && !this.someoneElseSpeaks(tokens, text) ? { name: person!.name, at } : null;
    }
    if (firstMention >= 0) {
      // "Then he spoke to Putin": the subject before any name goes on; the person stays the one named before.
      if (fits && at < firstMention && SUBJECTS.has(tokens[at]!.norm) && !this.someoneElseSpeaks(tokens, text)) return { name: person!.name, at };
      const [only] = named;
      discourse.person = named.size === 1 && only ? { name: only[0], gender: only[1] } : null;
      return null;
    }
    if (this.someoneElseSpeaks(tokens, text)) {
      discourse.person = null;
      return null;
    }
    if (at < 0) {
      // A quotation between ('"Every one of them matters."') carries the chain; anything else ends it.
      if (!/^\s*["“”«„]/u.test(text)) discourse.person = null;
      return null;
    }
    if (!fits) {
      discourse.person = null;
      return null;
    }
    return { name: person!.name, at };
  }

  /**
   * The place this sentence's "there" or "the area" stands for, if any; `discourse` moves on past the
   * sentence. The place is the one the sentences before named (of `places`, the specific one where a
   * sentence names a city and its district: "Kyiv's Obolon district" names Obolon), for at most
   * PLACE_MEMORY sentences; a sentence that names a place itself has no "there" to resolve.
   */
  followPlace(discourse: Discourse, tokens: readonly Token[], text: string, places: ReadonlySet<string>, specific: ReadonlySet<string>): Antecedent | null {
    // Not a place that speaks for its government ("Moscow, for its part, claimed ...", "Kyiv says ..."): no scene.
    const named = new Set(tokens.filter((t, i) => (places.has(t.norm) || specific.has(t.norm)) && !speaksAsGovernment(tokens, i)).map((t) => t.norm));
    // A place the base does not know ("flew to Tirana"): a "there" after it is that place.
    const elsewhere = tokens.some((t, i) => i > 0 && TO_A_PLACE.has(tokens[i - 1]!.norm) && tokens[i - 2]?.norm !== 'according' && capitalised(text, t) && !places.has(t.norm) && !specific.has(t.norm) && !this.known(t.norm) && !CALENDAR.test(t.norm));
    if (elsewhere && !named.size) {
      discourse.place = null;
      return null;
    }
    if (named.size) {
      const narrow = [...named].filter((n) => specific.has(n));
      const one = narrow.length === 1 ? narrow[0] : named.size === 1 ? [...named][0] : undefined;
      discourse.place = one ? { name: one, age: 0 } : null;
      return null;
    }
    const place = discourse.place;
    if (!place) return null;
    if (++place.age > PLACE_MEMORY) {
      discourse.place = null;
      return null;
    }
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.norm;
      if (w === 'there' && i > 0 && !EXISTENTIAL.test(tokens[i + 1]?.norm ?? '') && !/^\p{Lu}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end))) return { name: place.name, at: i };
      if (PLACE_NOUNS.has(w) && (tokens[i - 1]?.norm === 'the' || tokens[i - 1]?.norm === 'that')) return { name: place.name, at: i };
    }
    return null;
  }

  /**
   * Where the sentence names a person the base does not know: two capitalised words in a row, the second
   * outside the base's words ("Johann Wadephul", "Petr Pavel"), or an indefinite person ("a marine", "one
   * of the soldiers", "a senior State Department official"). The token index, or -1.
   */
  private strangerAt(tokens: readonly Token[], text: string): number {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      // Not a credit ("a photo by AP photographer Efrem Lukatsky"): no one who speaks in the story.
      if (CREDIT.has(tokens[i - 1]?.norm ?? '')) continue;
      // Not a base person's first name ("President Volodymyr Zelensky"), nor letters ("U.S.").
      if (next && t.end - t.start >= 2 && next.end - next.start >= 3 && capitalised(text, t) && capitalised(text, next) && !this.gender.has(next.norm) && !this.gender.has(tokens[i + 2]?.norm ?? '')
        && !this.known(next.norm) && !CALENDAR.test(next.norm)
        && !/[,;:.]/.test(text.slice(t.end, next.start))) return i;
      // A name the base does not know opening the sentence, a verb after it ("Kellogg met Zelensky").
      if (i === 0 && next && capitalised(text, t) && !capitalised(text, next) && !this.gender.has(t.norm) && !this.known(t.norm) && !CALENDAR.test(t.norm)
        && !OPENERS.has(t.norm) && SUBJECT_VERB.test(next.norm)) return i;
      // Not after a copula or "as": "he is a former senator", "served as an envoy" say what he is.
      if (INDEFINITE.has(t.norm) && !PREDICATE.has(tokens[i - 1]?.norm ?? '') && tokens.slice(i + 1, i + 1 + STRANGER_REACH).some((w) => PERSON_NOUNS.has(w.norm))) return i;
    }
    return -1;
  }

  /**
   * Does the sentence give words to someone not of the base: a capitalised word before a verb of saying
   * ("Petrenko said", "Officials told Reuters"), or right after "said" ("said Petrenko"), or an indefinite
   * subject ("one resident said", "a soldier told AFP")?
   */
  private someoneElseSpeaks(tokens: readonly Token[], text: string): boolean {
    for (let i = 1; i < tokens.length; i++) {
      const verb = tokens[i]!.norm;
      if (!GIVES_WORDS(verb)) continue;
      // "Petrenko said", "Officials said", "Moscow said": not the person named before.
      if (capitalised(text, tokens[i - 1]!)) return true;
      const after = tokens[i + 1];
      if ((verb === 'said' || verb === 'says') && after && capitalised(text, after)) return true;
      // The subject: the words before the verb back to a pronoun, a comma or four words.
      for (let j = i - 1; j >= Math.max(0, i - 4) && !PRONOUNS.has(tokens[j]!.norm) && !text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes(','); j--)
        if (INDEFINITE.has(tokens[j]!.norm)) return true;
    }
    return false;
  }
}

/** How far after a place named its verb of saying may stand and make it its government ("Moscow, for its part, claimed"). */
const GOVERNMENT_REACH = 4;

/** Is the place at i its government speaking: a verb of saying after it, and not after a word of place ("people in Obolon said")? */
function speaksAsGovernment(tokens: readonly Token[], i: number): boolean {
  if (TO_A_PLACE.has(tokens[i - 1]?.norm ?? '') || tokens[i - 1]?.norm === 'of') return false;
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + GOVERNMENT_REACH); j++) if (SAYING.has(tokens[j]!.norm)) return true;
  return false;
}

function capitalised(text: string, t: Token): boolean {
  if (t.digits) return false;
  const c = text.charCodeAt(t.start);
  // ASCII at once (most words); other letters by their Unicode category.
  const upper = c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[t.start]!);
  return upper && !PRONOUNS.has(t.norm);
}
