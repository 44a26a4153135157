/**
 * HTML to text blocks in Node, through happy-dom, with the same block walker
 * the content script uses on the live page. Scripts never run.
 */
import { Window } from 'happy-dom';
import { blocksToText, collectBlocks } from './blocks';

export function htmlToText(html: string): string {
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
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return blocksToText(collectBlocks(doc.body as unknown as Node));
  } finally {
    void window.happyDOM.close();
  }
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<body|<head|<p[\s>]|<div[\s>]|<article[\s>])/i.test(text);
}
