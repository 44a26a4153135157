/**
 * HTML in Node, through happy-dom, with the same block walker, reading order
 * and topic context the content script uses on the live page, so what the
 * CLI reports for a saved page is what the extension marks on it. Scripts
 * never run.
 */
import { Window } from 'happy-dom';
import type { Matcher } from '../match/matcher';
import type { Annotation } from '../match/types';
import { verdictsBySentence, type SentenceVerdict } from '../match/verdict';
import { splitSentences } from '../text/sentences';
import { blocksToText, collectBlocks, type TextBlock } from './blocks';
import { blockTextForMatching, blocksInPriorityOrder, pageContextText } from './scan';

function withDocument<T>(html: string, use: (doc: Document) => T): T {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

export function htmlToText(html: string): string {
  return withDocument(html, (doc) => blocksToText(collectBlocks(doc.body as Node)));
}

/**
 * Match a page the way the content script does: blocks in reading order, each matched with the page's
 * title and opening as context. `marked` has one entry per marked sentence, as the page shows them.
 */
export function matchHtml(html: string, matcher: Matcher): { sentences: number; annotations: Annotation[]; marked: SentenceVerdict[] } {
  return withDocument(html, (doc) => {
    const blocks: TextBlock[] = [...blocksInPriorityOrder(doc)];
    const context = matcher.contextTokens(pageContextText(doc.title, blocks));
    let sentences = 0;
    const annotations: Annotation[] = [];
    const marked: SentenceVerdict[] = [];
    for (const b of blocks) {
      const text = blockTextForMatching(b.text);
      sentences += splitSentences(text).length;
      const found = matcher.matchText(text, context).annotations;
      annotations.push(...found);
      // Offsets are the block's own: sentences are told apart within it.
      marked.push(...verdictsBySentence(found));
    }
    return { sentences, annotations, marked };
  });
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<body|<head|<p[\s>]|<div[\s>]|<article[\s>])/i.test(text);
}
