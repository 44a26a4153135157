/**
 * Vitest setup: WXT's fake browser does not implement `i18n.getMessage`, so
 * give it the real English messages, generated from assets/locales/en.yml by
 * @wxt-dev/i18n's own build functions (the same ones the extension build
 * uses), with Chrome's `$1`..`$9` substitution rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(parseMessagesText(readFileSync(resolve(import.meta.dirname, '../../assets/locales/en.yml'), 'utf8'), 'YAML'));

function getMessage(key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let text = m.message;
  for (const [name, p] of Object.entries(m.placeholders ?? {})) text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), p.content);
  return text.replace(/\$(\d)/g, (_, i: string) => list[Number(i) - 1] ?? '').replace(/\$\$/g, '$');
}

(fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
