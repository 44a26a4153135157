/**
 * The reader's settings: what to mark, how strict matching is, where
 * Crosscheck runs, and the sites it is paused on. One versioned item in
 * extension storage (`local:settings`, through @wxt-dev/storage).
 *
 * Whatever is stored, `parseSettings` gives a valid value: a corrupt, unknown
 * or partial value keeps the fields that are valid and takes the default for
 * the rest; an older version is migrated. Nothing here throws.
 */
import type { Sensitivity } from '../match/calibration';

export type MarkWhat = 'all' | 'problems';
export type RunOn = 'all' | 'list' | 'click';

export interface Settings {
  /** Everything matched, or only where the sources conflict or the page differs from every source. */
  mark: MarkWhat;
  sensitivity: Sensitivity;
  /** Every site, only the sites in `sites`, or only when the reader opens the toolbar menu on a page. */
  runOn: RunOn;
  /** Host names for `runOn: 'list'` ("example.com" also covers "www.example.com" and other subdomains). */
  sites: string[];
  /** Host names the reader paused Crosscheck on. */
  paused: string[];
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mark: 'all',
  sensitivity: 'standard',
  runOn: 'all',
  sites: [],
  paused: [],
});

const MARK_VALUES: readonly MarkWhat[] = ['all', 'problems'];
const SENSITIVITY_VALUES: readonly Sensitivity[] = ['standard', 'strict'];
const RUN_ON_VALUES: readonly RunOn[] = ['all', 'list', 'click'];

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * A host name as the reader typed it or as a URL gives it: lower case, no
 * scheme, port, path or leading "www." (kept when only a top-level domain would remain: "www.com" is a site,
 * "com" would be every .com site); null when it is not a host name.
 */
export function normalizeHost(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^\*\./, '').replace(/\.$/, '').replace(/^www\.(?=[^.]+\.)/, '');
  if (s.length > 253) return null;
  // Letters, digits and hyphens in dot-separated labels (IDN hosts come punycoded from URLs), or an IPv4 address.
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(s)) return null;
  return s;
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const v of value.slice(0, 1000)) {
    const h = normalizeHost(v);
    if (h) out.add(h);
  }
  return [...out].sort();
}

/** Any stored value to valid settings, field by field. */
export function parseSettings(value: unknown): Settings {
  const v = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return {
    mark: oneOf(v.mark, MARK_VALUES, DEFAULT_SETTINGS.mark),
    sensitivity: oneOf(v.sensitivity, SENSITIVITY_VALUES, DEFAULT_SETTINGS.sensitivity),
    runOn: oneOf(v.runOn, RUN_ON_VALUES, DEFAULT_SETTINGS.runOn),
    sites: hostList(v.sites),
    paused: hostList(v.paused),
  };
}

/**
 * Version 1 (0.1.0 never stored settings; this is the shape of the first
 * draft, kept so the migration path is exercised): `{ enabled, onlyConflicts,
 * strict, disabledSites }`.
 */
export function migrateV1(old: unknown): Settings {
  const v = old !== null && typeof old === 'object' ? (old as Record<string, unknown>) : {};
  return parseSettings({
    mark: v.onlyConflicts === true ? 'problems' : 'all',
    sensitivity: v.strict === true ? 'strict' : 'standard',
    runOn: 'all',
    paused: v.disabledSites,
  });
}

/** Does the host fall under a listed site (the site itself or a subdomain of it)? */
export function hostMatches(host: string, sites: readonly string[]): boolean {
  const h = normalizeHost(host);
  if (!h) return false;
  return sites.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Is Crosscheck to annotate pages of this host on its own (without a click)? */
export function runsAutomaticallyOn(settings: Settings, host: string): boolean {
  if (hostMatches(host, settings.paused)) return false;
  if (settings.runOn === 'all') return true;
  if (settings.runOn === 'list') return hostMatches(host, settings.sites);
  return false;
}

/** The settings without a site on the list. */
export function withoutSite(s: Pick<Settings, 'sites'>, host: string): Pick<Settings, 'sites'> {
  return { sites: s.sites.filter((h) => h !== host) };
}

/** The settings with a paused site resumed (`host` as listed). */
export function resumed(s: Pick<Settings, 'paused'>, host: string): Pick<Settings, 'paused'> {
  return { paused: s.paused.filter((h) => h !== host) };
}

/** The popup's pause button: pause the page's host, or resume every paused site it falls under. */
export function togglePaused(s: Pick<Settings, 'paused'>, host: string): Pick<Settings, 'paused'> {
  return hostMatches(host, s.paused) ? { paused: s.paused.filter((h) => !hostMatches(host, [h])) } : { paused: [...s.paused, host] };
}

/** Match patterns for the sites on a list: the site and its subdomains, http and https. */
export function sitePatterns(sites: readonly string[]): string[] {
  return sites.flatMap((s) => (/^\d+(\.\d+){3}$/.test(s) ? [`*://${s}/*`] : [`*://${s}/*`, `*://*.${s}/*`]));
}
