/**
 * Which words of a source's quote carry the disputed value, so the card can
 * emphasise them: the figure for number claims, the chosen words for choice
 * claims. Pure string work; the quote itself is never altered.
 */
import type { Claim, Variant } from '../claims/schema';

export interface QuotePart {
  text: string;
  em: boolean;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsFor(claim: Claim, variant: Variant): RegExp[] {
  if (claim.slot.type === 'number' && variant.value !== undefined) {
    const v = variant.value;
    const forms = [String(v), v.toLocaleString('en-US')];
    if (Number.isInteger(v) && v <= 20) forms.push(SMALL[v]!);
    return [new RegExp(`(?<![\\d,.])(?:${[...new Set(forms)].map(escape).join('|')})(?![\\d,])`, 'i')];
  }
  if (claim.slot.type === 'choice')
    return (variant.say ?? [])
      .slice()
      .sort((a, b) => b.length - a.length)
      .map((words) => new RegExp(`\\b${words.map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}\\w*` : `${escape(w)}\\w{0,2}`)).join('[\\s\\-]+')}\\b`, 'i'));
  return [];
}

export function emphasise(quote: string, claim: Claim, variant: Variant): QuotePart[] {
  for (const re of patternsFor(claim, variant)) {
    const m = re.exec(quote);
    if (m) {
      const parts: QuotePart[] = [];
      if (m.index > 0) parts.push({ text: quote.slice(0, m.index), em: false });
      parts.push({ text: m[0], em: true });
      if (m.index + m[0].length < quote.length) parts.push({ text: quote.slice(m.index + m[0].length), em: false });
      return parts;
    }
  }
  return [{ text: quote, em: false }];
}
