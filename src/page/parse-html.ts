/**
 * HTML in Node, through happy-dom, with the same block walker, reading order
 * and topic context the content script uses on the live page, so what the
 * CLI reports for a saved page is what the extension marks on it.
 *
 * A saved page is only read, never loaded: scripts never run, and nothing is
 * fetched or preloaded (no stylesheet, script, image, iframe, module or
 * `<link rel=preload>`), nor is any navigation followed: every request
 * happy-dom would make is answered here, without the network, with an empty
 * 204. The page's own `<style>` rules still apply (the walker skips what they
 * hide), as the page's CSS does in the browser.
 */
import { PropertySymbol, Window, type IFetchInterceptor, type IOptionalBrowserSettings } from 'happy-dom';
import type { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { verdictsBySentence, type SentenceVerdict } from '../verdict/verdict';
import { splitSentences } from '../text/sentences';
import { blocksToText, collectBlocks, type TextBlock } from './blocks';
import { publishedDate } from './published';
import { blockTextForMatching, blocksInPriorityOrder, discourseByRun, pageContextText } from './scan';

/** Every request happy-dom would send, answered at once with an empty 204: nothing reaches the network. */
const NO_NETWORK: IFetchInterceptor = {
  beforeAsyncRequest: async ({ window }) => new window.Response(null, { status: 204 }),
  beforeSyncRequest: ({ request, window }) => ({
    status: 204,
    statusText: 'No Content',
    ok: true,
    url: request.url,
    redirected: false,
    headers: new window.Headers(),
    body: null,
  }),
};

const SETTINGS: IOptionalBrowserSettings = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  enableCSSFileLoading: false,
  disableCSSFileLoading: true,
  enableImageFileLoading: false,
  enableIframePageLoading: false,
  disableIframePageLoading: true,
  // A skipped stylesheet or script is a success, not an error event and a console message.
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
  fetch: { interceptor: NO_NETWORK, virtualServers: null, requestHeaders: null },
};

/**
 * The page's address as happy-dom sees it. A relative URL in the page (a `<link rel=preload as=fetch>`
 * happy-dom preloads whatever the settings) must resolve against a real URL: against about:blank it throws
 * asynchronously, an unhandled rejection that ends the process (Mozilla Readability's topicseed-1 page).
 * `.invalid` is reserved (RFC 2606) and never resolves; no request is sent anyway (NO_NETWORK).
 */
const PAGE_URL = 'https://saved-page.invalid/';

/**
 * The walker asks the computed style only whether an element is hidden (blocks.ts isSkipped: display,
 * visibility, content-visibility). happy-dom matches every rule of every `<style>` against every element it
 * is asked about, which takes minutes on a page with a large stylesheet (breitbart: 1,500 elements, 32
 * sheets, 40 s), so the rules that cannot change those properties are dropped first: what is left gives
 * the same answer. Kept: rules that set them, `all`, or a custom property (a `var()` may carry the value).
 */
const MAY_HIDE = /(?:^|[\s;{])(?:display|visibility|content-visibility|all|--[^\s:;]*)\s*:/i;
// CSSRule type numbers (no DOM globals in the CLI's plain Node).
const STYLE_RULE = 1;
const FONT_FACE_RULE = 5;
const KEYFRAMES_RULE = 7;

interface RuleList {
  readonly cssRules: ArrayLike<CSSRule>;
  deleteRule(index: number): void;
}

function pruneRules(list: RuleList): void {
  for (let i = list.cssRules.length - 1; i >= 0; i--) {
    const rule = list.cssRules[i]!;
    if (rule.type === STYLE_RULE) {
      const declarations = (rule as unknown as Record<symbol, unknown>)[PropertySymbol.cssText];
      if (!MAY_HIDE.test(typeof declarations === 'string' ? declarations : (rule as CSSStyleRule).style.cssText)) list.deleteRule(i);
    } else if (rule.type === KEYFRAMES_RULE || rule.type === FONT_FACE_RULE) {
      list.deleteRule(i);
    } else if ('cssRules' in rule && 'deleteRule' in rule) {
      // @media, @supports, @container, @scope: their own rules, and the group itself once it is empty.
      pruneRules(rule as unknown as RuleList);
      if (!(rule as unknown as RuleList).cssRules.length) list.deleteRule(i);
    }
    // Anything else is kept as it is.
  }
}

function pruneStyleSheets(doc: Document): void {
  let styles: Iterable<HTMLStyleElement>;
  try {
    styles = doc.querySelectorAll('style');
  } catch {
    // happy-dom's selector search recurses: it overflows on a page nested thousands deep, where its
    // computed style fails the same way and the walker reads all text as visible. Nothing to prune then.
    return;
  }
  for (const style of styles) {
    const sheet = style.sheet;
    if (sheet) pruneRules(sheet);
  }
}

type HappyWindow = InstanceType<typeof Window>;

function openDocument(html: string): { window: HappyWindow; doc: Document } {
  const window = new Window({ url: PAGE_URL, settings: SETTINGS });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return { window, doc };
  } catch (e) {
    void closeWindow(window);
    throw e;
  }
}

/** Stop whatever happy-dom still has under way for the page (timers, requests) and close it; never rejects. */
async function closeWindow(window: HappyWindow): Promise<void> {
  try {
    await window.happyDOM.abort();
  } catch {
    // Closing below stops it anyway.
  }
  try {
    await window.happyDOM.close();
  } catch {
    // A page that cannot be closed cleanly is dropped all the same: nothing of it is used any more.
  }
}

function withDocument<T>(html: string, use: (doc: Document) => T): T {
  const { window, doc } = openDocument(html);
  try {
    return use(doc);
  } finally {
    void closeWindow(window);
  }
}

/** As withDocument, and resolved only once the page's window is closed: what the CLI uses, one file after another. */
async function withDocumentClosed<T>(html: string, use: (doc: Document) => T): Promise<T> {
  const { window, doc } = openDocument(html);
  try {
    return use(doc);
  } finally {
    await closeWindow(window);
  }
}

export function htmlToText(html: string): string {
  return withDocument(html, (doc) => blocksToText(collectBlocks(doc.body as Node)));
}

export interface HtmlMatch {
  sentences: number;
  annotations: Annotation[];
  marked: SentenceVerdict[];
}

function matchDocument(doc: Document, matcher: Matcher): HtmlMatch {
  // The walk below asks the computed style of every element it reads.
  pruneStyleSheets(doc);
  const blocks: TextBlock[] = [...blocksInPriorityOrder(doc)];
  const context = matcher.contextTokens(pageContextText(doc.title, blocks));
  const page = { published: publishedDate(doc) };
  let sentences = 0;
  const annotations: Annotation[] = [];
  const marked: SentenceVerdict[] = [];
  const discourseOf = discourseByRun();
  for (const b of blocks) {
    const discourse = discourseOf(b);
    const text = blockTextForMatching(b.text);
    sentences += splitSentences(text).length;
    const found = matcher.matchText(text, context, page, discourse).annotations;
    annotations.push(...found);
    // Offsets are the block's own: sentences are told apart within it.
    marked.push(...verdictsBySentence(found));
  }
  return { sentences, annotations, marked };
}

/**
 * Match a page the way the content script does: blocks in reading order, each matched with the page's
 * title and opening as context. `marked` has one entry per marked sentence, as the page shows them.
 */
export function matchHtml(html: string, matcher: Matcher): HtmlMatch {
  return withDocument(html, (doc) => matchDocument(doc, matcher));
}

/**
 * matchHtml for a saved file, as `npm run check` reads one: resolves once happy-dom has stopped and closed
 * the page, so nothing of it is left running when the next file is read; rejects if the page cannot be read.
 */
export function matchHtmlFile(html: string, matcher: Matcher): Promise<HtmlMatch> {
  return withDocumentClosed(html, (doc) => matchDocument(doc, matcher));
}

/**
 * A saved page as the annotator reads it, for `npm run check -- --why`: the text of each block in reading
 * order (as matched), the page's topic context (title and opening) and what it says of itself.
 */
export function readHtmlFile(html: string): Promise<{ blocks: string[]; context: string; page: { published: string | null } }> {
  return withDocumentClosed(html, (doc) => {
    pruneStyleSheets(doc);
    const blocks: TextBlock[] = [...blocksInPriorityOrder(doc)];
    return { blocks: blocks.map((b) => blockTextForMatching(b.text)), context: pageContextText(doc.title, blocks), page: { published: publishedDate(doc) } };
  });
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<body|<head|<p[\s>]|<div[\s>]|<article[\s>])/i.test(text);
}
