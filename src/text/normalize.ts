/**
 * Text to normalised tokens: tokenise, merge number words into figures, and
 * resolve spelling variants to their canonical form (Kiev -> kyiv). Used on
 * claim phrases at build time and on page sentences at match time, so both
 * sides are compared in the same form.
 */
import { mergeNumberWords } from './numbers';
import { tokenize, type Token } from './tokens';

/** Alias spellings (lower case, possibly several words) to canonical forms. */
export type AliasTable = Record<string, string>;

export interface AliasMatcher {
  /** First word of an alias spelling -> the spellings starting with it, longest first. */
  byFirst: Map<string, { words: string[]; canonical: string[] }[]>;
}

export function compileAliases(table: AliasTable): AliasMatcher {
  const byFirst = new Map<string, { words: string[]; canonical: string[] }[]>();
  for (const [spelling, canonical] of Object.entries(table)) {
    const words = tokenize(spelling).map((t) => t.norm);
    if (!words.length) continue;
    const entry = { words, canonical: tokenize(canonical).map((t) => t.norm) };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  }
  return { byFirst };
}

export function applyAliases(tokens: Token[], aliases: AliasMatcher): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const candidates = aliases.byFirst.get(t.norm);
    const hit = candidates?.find((c) => c.words.every((w, k) => tokens[i + k]?.norm === w));
    if (!hit) {
      out.push(t);
      continue;
    }
    const last = tokens[i + hit.words.length - 1]!;
    hit.canonical.forEach((norm, k) =>
      out.push({ norm, start: k === 0 ? t.start : last.end, end: last.end, digits: false }),
    );
    i += hit.words.length - 1;
  }
  return out;
}

export function normalizeText(text: string, aliases: AliasMatcher): Token[] {
  return applyAliases(mergeNumberWords(tokenize(text), text), aliases);
}
