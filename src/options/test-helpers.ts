/** Helpers for the DOM tests of the settings and welcome pages (happy-dom + WXT's fake browser). */
import { render, type VNode } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Retry `check` until it stops throwing (rendering and storage are asynchronous). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 2000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

export function mount(vnode: VNode) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(vnode, root);
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/**
 * Stub permissions (the fake browser does not implement them; prompts cannot run in tests): `granted` is the
 * set of origins held; `answer` decides what a prompt returns (and grants them when true).
 */
export function stubPermissions(opts: { granted?: string[]; answer?: boolean | Error } = {}) {
  const granted = new Set(opts.granted ?? []);
  const listeners = new Set<() => void>();
  const event = { addListener: (l: () => void) => listeners.add(l), removeListener: (l: () => void) => listeners.delete(l), hasListener: () => false };
  const contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o) || granted.has('<all_urls>')));
  const request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    const answer = opts.answer ?? false;
    if (answer instanceof Error) throw answer;
    if (answer) {
      origins.forEach((o) => granted.add(o));
      listeners.forEach((l) => l());
    }
    return answer;
  });
  Object.assign(fakeBrowser.permissions, { contains, request, onAdded: event, onRemoved: event });
  return {
    contains,
    request,
    /** Grant or withdraw from outside (the browser's own settings), firing the events. */
    set(origins: string[], on: boolean) {
      origins.forEach((o) => (on ? granted.add(o) : granted.delete(o)));
      listeners.forEach((l) => l());
    },
  };
}

export const storedSettings = async () => (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown> | undefined;

export function radio(root: HTMLElement, name: string, value: string): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`);
  if (!el) throw new Error(`no radio ${name}=${value}`);
  return el;
}

export function byText<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string, text: string | RegExp): T {
  const el = [...root.querySelectorAll<T>(selector)].find((e) => (typeof text === 'string' ? e.textContent?.trim() === text : text.test(e.textContent ?? '')));
  if (!el) throw new Error(`no ${selector} with text ${String(text)}`);
  return el;
}

export function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
