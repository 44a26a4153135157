/**
 * Node-side loading of the claim base from the project's files (CLI, build,
 * tests, benchmarks). The extension never imports this: it ships the compiled
 * index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileClaimBase, type ClaimBaseInput } from './compile';
import type { ClaimIndex } from './schema';

// A path string, not `new URL(...)`: DOM test environments replace the global URL.
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REPORTS_DIR = join(PROJECT_ROOT, 'assets/reports');
export const CLAIMS_DIR = join(PROJECT_ROOT, 'assets/claims');
export const CLAIM_INDEX_PATH = join(PROJECT_ROOT, '.generated/claim-index.json');
export const TOPIC_GATE_PATH = join(PROJECT_ROOT, '.generated/topic-gate.json');

function named(path: string) {
  return { name: relative(PROJECT_ROOT, path), text: readFileSync(path, 'utf8') };
}

export function readReports(dir = REPORTS_DIR): Record<string, string> {
  const reports: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort())
    reports[basename(f, '.txt')] = readFileSync(join(dir, f), 'utf8');
  return reports;
}

export function readClaimBaseInput(): ClaimBaseInput {
  const claimFiles = readdirSync(CLAIMS_DIR)
    .filter((f) => f.endsWith('.yaml') && f !== 'aliases.yaml' && f !== 'lexicon.yaml')
    .sort()
    .map((f) => named(join(CLAIMS_DIR, f)));
  return {
    reports: readReports(),
    sources: named(join(REPORTS_DIR, 'sources.yaml')),
    aliases: named(join(CLAIMS_DIR, 'aliases.yaml')),
    lexicon: named(join(CLAIMS_DIR, 'lexicon.yaml')),
    claimFiles,
  };
}

export function loadClaimBase(): ClaimIndex {
  return compileClaimBase(readClaimBaseInput());
}
