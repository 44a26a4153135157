// Types of scripts/browsers.mjs's pure functions, for scripts/browsers.test.ts.
export interface Browser {
  key: 'chromium' | 'firefox';
  name: string;
  env: string;
  path: string;
  pkg: string;
}
export type System = 'debian' | 'ubuntu' | 'fedora' | 'arch' | 'macos' | 'other';
export const BROWSERS: Browser[];
export function parseOsRelease(text: string): Record<string, string>;
export function systemOf(platform: string, os: Record<string, string | undefined>): System;
export function installAdvice(system: System, missing: Browser[]): string;
export function autoInstallable(system: System, missing: Browser[], chromiumIsDeb?: () => boolean): Browser[];
export function failureLine(system: System, missing: Browser[], where: (b: Browser) => string, reason?: string | null): string;
