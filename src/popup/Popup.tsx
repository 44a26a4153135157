/**
 * The toolbar popup: what Crosscheck found on this page (counts by kind and
 * the matched sentences, each opening its card on the page), pause or resume
 * on this site, rescan, check a page it does not run on by itself (on-click
 * mode: opening the popup is the click), and the site access it needs.
 */
import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import base from '../../.generated/topic-gate.json';
import type { Message, TabState } from '../messages/protocol';
import { hasHostAccess, originsFor, requestHostAccess, watchHostAccess } from '../permissions/host-access';
import { hostMatches, normalizeHost, runsAutomaticallyOn, togglePaused, type Settings } from '../settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../settings/store';
import type { Verdict } from '../verdict/verdict';
import { verdictText } from '../verdict/words';
import { popupView, type PopupView, type StatusLine, type TabInfo } from './view';

/** The counts, calm first. */
const KINDS: Verdict[] = ['agree', 'dispute', 'differs', 'single'];

async function findTab(tabId?: number): Promise<TabInfo | null> {
  const tab = tabId !== undefined ? await browser.tabs.get(tabId).catch(() => null) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  // Without host access the tab's URL is hidden until the popup's click grants activeTab; it is there now.
  const url = tab.url ?? '';
  return { id: tab.id, url, host: normalizeHost(url) ?? '', readable: /^(https?|file):/.test(url) };
}

const send = (msg: Message) => browser.runtime.sendMessage(msg);

/**
 * What the popup knows, kept up to date while it is open: the tab, the settings, the tab's summary (from
 * storage.session), site access, and whether it asked for a check (on-click mode: opening the popup on a
 * page is the reader's request to check it).
 */
function usePopupState(tabId: number | undefined) {
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [access, setAccess] = useState<boolean | null>(null);
  const [running, setRunning] = useState(false);

  const refresh = useCallback(async (t: TabInfo): Promise<TabState | null> => {
    const next = ((await send({ type: 'cc:tab-state', tabId: t.id })) as TabState | null) ?? null;
    setState(next);
    return next;
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [t, s] = await Promise.all([findTab(tabId), loadSettings()]);
      if (!live) return;
      setTab(t);
      setSettings(s);
      if (!t) return;
      const current = await refresh(t);
      // On-click mode: opening the popup on a page is the reader's request to check it.
      if (t.readable && s.runOn === 'click' && !hostMatches(t.host, s.paused) && !current) {
        setRunning(true);
        await send({ type: 'cc:run-here', tabId: t.id });
      }
    })();
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId, refresh]);

  // The tab's summary lives in storage.session: follow it while the popup is open.
  useEffect(() => {
    if (!tab) return;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab:${tab.id}` in changes) void refresh(tab);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tab, refresh]);

  useEffect(() => {
    if (!settings) return;
    const check = () => void hasHostAccess(originsFor(settings)).then(setAccess);
    check();
    return watchHostAccess(check);
  }, [settings]);

  return { tab, settings, state, access, setAccess, running, setRunning };
}

export function Popup({ tabId }: { tabId?: number }): JSX.Element {
  const { tab, settings, state, access, setAccess, running, setRunning } = usePopupState(tabId);
  const [note, setNote] = useState('');

  if (tab === undefined || !settings) return <main aria-busy="true" />;
  const title = <h1>{i18n.t('extName')}</h1>;
  if (!tab || !tab.readable)
    return (
      <main>
        {title}
        <p>{i18n.t('popup.unreadable')}</p>
        <Links />
      </main>
    );

  const view = popupView(tab, settings, state, access, running);
  const { paused, status } = view;

  const togglePause = async () => {
    const host = tab.host;
    await updateSettings((s) => togglePaused(s, host));
    setNote(paused ? i18n.t('popup.resumed', [host]) : i18n.t('popup.pausedNote', [host]));
    // Resuming a site this mode does not run on by itself (on click, not on the list): check this page now.
    if (paused && !runsAutomaticallyOn({ ...settings, paused: [] }, host)) await send({ type: 'cc:run-here', tabId: tab.id });
  };
  const rescan = async () => {
    setNote(i18n.t('popup.rescanning'));
    if (status === 'none' || status === 'off') await send({ type: 'cc:run-here', tabId: tab.id });
    else await browser.tabs.sendMessage(tab.id, { type: 'cc:rescan' } satisfies Message).catch(() => send({ type: 'cc:run-here', tabId: tab.id }));
  };
  const checkHere = async () => {
    setRunning(true);
    await send({ type: 'cc:run-here', tabId: tab.id });
  };
  const focus = async (index: number, frameId: number) => {
    await browser.tabs.sendMessage(tab.id, { type: 'cc:focus', index } satisfies Message, { frameId }).catch(() => {});
    if (tabId === undefined) window.close();
  };
  const grant = () => {
    // Straight from the click: the browser shows its prompt only during the reader's gesture.
    void requestHostAccess(originsFor(settings)).then(setAccess);
  };

  return (
    <main>
      {title}
      <p class="host muted">{tab.host}</p>
      {view.askAccess && <AccessNotice onGrant={grant} />}
      <p id="status" role="status">
        {statusText(view.statusLine)}
      </p>
      {view.sentences > 0 && <Counts view={view} />}
      <div class="actions">
        <button type="button" onClick={togglePause} aria-pressed={paused}>
          {paused ? i18n.t('popup.resume') : i18n.t('popup.pause')}
        </button>
        {view.action === 'rescan' && (
          <button type="button" onClick={rescan}>
            {i18n.t('popup.rescan')}
          </button>
        )}
        {view.action === 'check' && (
          <button type="button" class="primary" onClick={checkHere} disabled={running}>
            {i18n.t('popup.checkHere')}
          </button>
        )}
      </div>
      {note && <p class="muted" role="status">{note}</p>}
      {view.items.length > 0 && <Items items={view.items} onFocus={focus} />}
      {view.empty && <p class="empty">{i18n.t('popup.empty', [String(base.claims), String(base.reports)])}</p>}
      <Links />
    </main>
  );
}

function statusText(line: StatusLine): string {
  return line.key === 'found' ? i18n.t('popup.status.found', [String(line.count)]) : i18n.t(`popup.status.${line.key}`);
}

function AccessNotice({ onGrant }: { onGrant: () => void }): JSX.Element {
  return (
    <div class="notice" role="note">
      <p>{i18n.t('popup.access.missing')}</p>
      <p>
        <button type="button" class="primary" onClick={onGrant}>
          {i18n.t('popup.access.grant')}
        </button>
      </p>
      <p class="muted">{i18n.t('popup.access.byHand')}</p>
    </div>
  );
}

function Counts({ view }: { view: PopupView }): JSX.Element {
  return (
    <dl class="counts" aria-label={i18n.t('popup.countsLabel')}>
      <dt>{i18n.t('popup.count.sentences')}</dt>
      <dd>{view.sentences}</dd>
      <dt class="claims">{i18n.t('popup.count.claims')}</dt>
      <dd class="claims">{view.claims}</dd>
      {KINDS.map((k) => (
        <>
          <dt>
            <span class={`glyph k-${k}`} aria-hidden="true">
              {verdictText(k).glyph}
            </span>
            {i18n.t(`popup.count.${k}`)}
          </dt>
          <dd data-kind={k}>{view.counts[k]}</dd>
        </>
      ))}
    </dl>
  );
}

function Items({ items, onFocus }: { items: PopupView['items']; onFocus: (index: number, frameId: number) => Promise<void> }): JSX.Element {
  return (
    <section aria-labelledby="matched">
      <h2 id="matched">{i18n.t('popup.listHeading')}</h2>
      <ol class="items">
        {items.map((it) => (
          <li key={`${it.frameId}:${it.index}`}>
            <button type="button" onClick={() => void onFocus(it.index, it.frameId)} data-claims={it.claimIds.join(' ')}>
              <span class="sentence">
                <span class={`glyph k-${it.kind}`} aria-hidden="true">
                  {verdictText(it.kind).glyph}
                </span>
                <span class="visually-hidden">{verdictText(it.kind).short}: </span>
                {it.sentence}
              </span>
              <span class="question">{it.question}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Links(): JSX.Element {
  return (
    <footer>
      <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/explorer.html') })}>
        {i18n.t('popup.explorer')}
      </button>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.options')}
      </button>
    </footer>
  );
}
