/**
 * Compiles the curated claim files into the index the extension ships.
 * Pure: takes file contents, returns the index or throws ClaimBaseError with
 * every problem found, each naming its file and claim. No I/O here (see
 * src/cli/build-claims.ts), so tests can feed broken files directly.
 */
import { parse, YAMLParseError } from 'yaml';
import type { ZodError } from 'zod';
import { foldForQuote } from '../text/fold';
import { monthsNamed } from '../text/dates';
import { compileAliases, normalizeText, type AliasMatcher } from '../text/normalize';
import {
  aliasesFileSchema,
  claimFileSchema,
  claimSchema,
  lexiconFileSchema,
  sourcesFileSchema,
  type Claim,
  type ClaimIndex,
  type Source,
  type SourceEntry,
} from './schema';

export interface NamedText {
  /** Path shown in messages, e.g. assets/claims/exchange.yaml */
  name: string;
  text: string;
}

export interface ClaimBaseInput {
  /** Report id (file stem) -> full text. */
  reports: Record<string, string>;
  sources: NamedText;
  aliases: NamedText;
  lexicon: NamedText;
  claimFiles: NamedText[];
}

export class ClaimBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`The claim base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ClaimBaseError';
  }
}

function zodMessages(err: ZodError): string[] {
  return err.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}

function parseYaml(file: NamedText, problems: string[]): unknown {
  try {
    return parse(file.text, { prettyErrors: true });
  } catch (e) {
    const msg = e instanceof YAMLParseError ? e.message : String(e);
    problems.push(`${file.name}: not valid YAML: ${msg}`);
    return undefined;
  }
}

/** A phrase ("releas* of prisoners") to normalised tokens; a trailing "*" on a word keeps it as a prefix. */
export function compilePhrase(phrase: string, aliases: AliasMatcher): string[] {
  const clean = phrase.replace(/\*/g, '');
  // Offsets in `clean` map back to `phrase` by counting the stars removed before them.
  const starAfter = new Set<number>();
  let removed = 0;
  for (let i = 0; i < phrase.length; i++) {
    if (phrase[i] === '*') {
      starAfter.add(i - removed);
      removed++;
    }
  }
  return normalizeText(clean, aliases).map((t) => (starAfter.has(t.end) ? `${t.norm}*` : t.norm));
}

interface SourceSpan {
  entry: SourceEntry;
  /** The source's own text, folded for quote comparison. */
  folded: string;
}

function resolveSources(input: ClaimBaseInput, problems: string[]): Map<string, SourceSpan> {
  const where = input.sources.name;
  const parsed = sourcesFileSchema.safeParse(parseYaml(input.sources, problems));
  const out = new Map<string, SourceSpan>();
  if (!parsed.success) {
    if (problems.every((p) => !p.startsWith(where))) problems.push(...zodMessages(parsed.error).map((m) => `${where}: ${m}`));
    return out;
  }
  for (const entry of parsed.data.sources) {
    const at = `${where}: source "${entry.id}"`;
    if (out.has(entry.id)) problems.push(`${at}: id repeats`);
    const text = input.reports[entry.report];
    if (text === undefined) {
      problems.push(`${at}: unknown report "${entry.report}" (no assets/reports/${entry.report}.txt)`);
      continue;
    }
    let folded = foldForQuote(text);
    if (entry.span) {
      const from = folded.indexOf(foldForQuote(entry.span.from));
      const toText = foldForQuote(entry.span.to);
      const to = folded.indexOf(toText, Math.max(from, 0));
      if (from < 0) problems.push(`${at}: span.from is not in the report: "${entry.span.from}"`);
      if (to < 0) problems.push(`${at}: span.to is not in the report after span.from: "${entry.span.to}"`);
      if (from >= 0 && to >= 0) folded = folded.slice(from, to + toText.length);
    }
    for (const key of ['outletEvidence', 'dateEvidence', 'wireEvidence'] as const) {
      const ev = entry[key];
      if (ev && !folded.includes(foldForQuote(ev))) problems.push(`${at}: ${key} is not verbatim in the source: "${ev}"`);
    }
    out.set(entry.id, { entry, folded });
  }
  return out;
}

export function compileClaimBase(input: ClaimBaseInput): ClaimIndex {
  const problems: string[] = [];
  const sources = resolveSources(input, problems);

  const aliasParsed = aliasesFileSchema.safeParse(parseYaml(input.aliases, problems));
  const aliasTable: Record<string, string> = {};
  if (aliasParsed.success) {
    for (const [canonical, spellings] of Object.entries(aliasParsed.data.aliases)) {
      for (const s of spellings) {
        if (aliasTable[s] && aliasTable[s] !== canonical)
          problems.push(`${input.aliases.name}: "${s}" is an alias of both "${aliasTable[s]}" and "${canonical}"`);
        aliasTable[s] = canonical;
      }
    }
  } else problems.push(...zodMessages(aliasParsed.error).map((m) => `${input.aliases.name}: ${m}`));
  const aliases = compileAliases(aliasTable);

  const lexParsed = lexiconFileSchema.safeParse(parseYaml(input.lexicon, problems));
  const lexicon = lexParsed.success ? lexParsed.data.groups : {};
  if (!lexParsed.success) problems.push(...zodMessages(lexParsed.error).map((m) => `${input.lexicon.name}: ${m}`));
  // A group names its phrases; it cannot name another group (an "@x" there would be read as the words "x").
  for (const [name, phrases] of Object.entries(lexicon))
    for (const p of phrases) if (p.startsWith('@')) problems.push(`${input.lexicon.name}: ${name}: "${p}" names a group inside a group; write its phrases out`);

  const expand = (phrases: string[], at: string): string[][] =>
    phrases.flatMap((p) => {
      if (!p.startsWith('@')) return [compilePhrase(p, aliases)];
      const group = lexicon[p.slice(1)];
      if (!group) {
        problems.push(`${at}: unknown lexicon group "${p}"`);
        return [];
      }
      return group.map((g) => compilePhrase(g, aliases));
    }).filter((words) => words.length > 0);

  // A claim's place, and every other place of the lexicon's `@places` (a sentence naming one is about it).
  const places = lexicon.places ? expand(['@places'], `${input.lexicon.name}: places`) : [];
  const placesOf = (where: string[][]) => {
    const own = new Set(where.map((p) => p.join(' ')));
    return { where, elsewhere: where.length ? places.filter((p) => !own.has(p.join(' '))) : [] };
  };

  // The people a later sentence's "he" or "she" may stand for: one surname each, as the matcher reads it.
  const namedOf = (group: string) => {
    const at = `${input.lexicon.name}: ${group}`;
    const phrases = lexicon[group] ? expand([`@${group}`], at) : [];
    for (const p of phrases) if (p.length !== 1 || p[0]!.endsWith('*')) problems.push(`${at}: "${p.join(' ')}" is not one surname`);
    return phrases.filter((p) => p.length === 1).map((p) => p[0]!);
  };
  const people = { he: namedOf('named-men'), she: namedOf('named-women') };
  // Other wars, and the sides of this one: a sentence naming the first and none of the second is of another war.
  const otherWars = {
    names: lexicon['other-wars'] ? expand(['@other-wars'], `${input.lexicon.name}: other-wars`) : [],
    sides: lexicon['war-sides'] ? expand(['@war-sides'], `${input.lexicon.name}: war-sides`) : [],
  };
  const otherVenues = lexicon['other-venues'] ? expand(['@other-venues'], `${input.lexicon.name}: other-venues`) : [];

  const claims: Claim[] = [];
  const topics: ClaimIndex['topics'] = [];
  const seenClaims = new Map<string, string>();
  for (const file of input.claimFiles) {
    const raw = parseYaml(file, problems);
    if (raw === undefined) continue;
    const head = claimFileSchema.safeParse(raw);
    if (!head.success) {
      problems.push(...zodMessages(head.error).map((m) => `${file.name}: ${m}`));
      continue;
    }
    const { topic, title } = head.data;
    const context = expand(head.data.context, `${file.name}: context`);
    let count = 0;
    head.data.claims.forEach((rawClaim, index) => {
      const idHint = (rawClaim as { id?: unknown } | null)?.id;
      const at = `${file.name}: claim ${typeof idHint === 'string' ? `"${idHint}"` : `#${index + 1}`}`;
      const parsed = claimSchema.safeParse(rawClaim);
      if (!parsed.success) {
        problems.push(...zodMessages(parsed.error).map((m) => `${at}: ${m}`));
        return;
      }
      const c = parsed.data;
      if (!c.id.startsWith(`${topic}.`)) problems.push(`${at}: id must start with the file's topic "${topic}."`);
      const first = seenClaims.get(c.id);
      if (first) problems.push(`${at}: id repeats (first in ${first})`);
      seenClaims.set(c.id, file.name);

      const variants = c.variants.map((v) => ({
        id: v.id,
        statement: v.statement,
        ...(v.value !== undefined ? { value: v.value } : {}),
        ...(v.say ? { say: expand(v.say, `${at}: variant "${v.id}" say`) } : {}),
        sources: v.sources.map((s) => {
          const src = sources.get(s.source);
          const vat = `${at}: variant "${v.id}", source "${s.source}"`;
          if (!src) problems.push(`${vat}: unknown source id (see ${input.sources.name})`);
          else if (!src.folded.includes(foldForQuote(s.quote)))
            problems.push(`${vat}: quote is not verbatim in the source's text: "${s.quote}"`);
          return { source: s.source, report: src?.entry.report ?? s.source, quote: s.quote };
        }),
      }));
      const seenSources = new Set<string>();
      for (const v of variants)
        for (const s of v.sources) {
          if (seenSources.has(s.source)) problems.push(`${at}: source "${s.source}" backs more than one variant`);
          seenSources.add(s.source);
        }
      claims.push({
        id: c.id,
        topic,
        question: c.question,
        all: c.match.all.map((g, gi) => expand(g, `${at}: match.all[${gi}]`)),
        none: expand(c.match.none ?? [], `${at}: match.none`),
        ...placesOf(expand(c.match.where ?? [], `${at}: match.where`)),
        context: c.context ? expand(c.context, `${at}: context`) : context,
        slot: {
          type: c.slot.type,
          near: expand(c.slot.near ?? [], `${at}: slot.near`),
          others: expand(c.slot.others ?? [], `${at}: slot.others`),
        },
        negated: c.negated ?? false,
        title: c.title ?? false,
        speaker: c.speaker ?? false,
        ...(c.timeless ? { timeless: true } : {}),
        ...(head.data.period ? { period: head.data.period } : {}),
        months: monthsNamed([c.question, ...c.variants.flatMap((v) => [v.statement, ...v.sources.map((s) => s.quote)])].join(' ')),
        ...(c.conflict ? { conflict: c.conflict } : {}),
        ...(c.detail ? { detail: c.detail } : {}),
        variants,
      });
      count++;
    });
    topics.push({ id: topic, title, claims: count, ...(head.data.venue ? { venue: expand(head.data.venue, `${file.name}: venue`) } : {}) });
  }

  if (problems.length) throw new ClaimBaseError(problems);

  const sourceList: Source[] = [...sources.values()].map(({ entry }) => ({
    id: entry.id,
    report: entry.report,
    outlet: entry.outlet,
    date: entry.date,
    headline: entry.headline,
    wire: entry.wire,
    ...(entry.notes ? { notes: entry.notes } : {}),
  }));
  return { version: 1, topics, sources: sourceList, aliases: aliasTable, places, people, otherWars, otherVenues, claims };
}
