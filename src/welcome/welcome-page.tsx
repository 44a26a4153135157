/**
 * The first-run page: what Crosscheck reads and stores (and that nothing
 * leaves the browser), where it should run, and the host access that choice
 * needs, asked for from a button, with the outcome: ready, or what still works
 * without it and how to grant it later by hand.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { originsFor } from '../permissions/host-access';
import { withoutSite, type RunOn } from '../settings/settings';
import { accessView, type AccessView } from '../options/access';
import { GrantByHand, PageLinks, RadioGroup, runOnOptions, SiteListEditor } from '../options/components';
import { useAccessRequest, useHostAccess, useSettings } from '../options/hooks';

export function WelcomePage() {
  const state = useSettings();
  const { settings, save, status } = state;
  const origins = settings ? originsFor(settings) : null;
  const { access, recheck } = useHostAccess(origins);
  // Choosing every site, or adding a site to the list, is the moment of the request (in the same gesture).
  const { refused, ask, chooseRunOn, addSite } = useAccessRequest(state, recheck);
  const onAsk = () => settings && ask(originsFor(settings));

  const view = settings ? accessView(settings, access) : 'checking';

  return (
    <main class="page welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p class="lead">{i18n.t('welcome.intro')}</p>

      <Privacy />

      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>
      {!settings ? (
        <p>{i18n.t('options.loading')}</p>
      ) : (
        <>
          <RadioGroup<RunOn>
            name="runOn"
            legend={i18n.t('welcome.choose.heading')}
            value={settings.runOn}
            options={runOnOptions()}
            onChange={chooseRunOn}
          >
            {settings.runOn === 'list' && (
              <SiteListEditor
                sites={settings.sites}
                onAdd={addSite}
                onRemove={(host) => void save((s) => withoutSite(s, host), i18n.t('options.sites.removed', [host]))}
              />
            )}
            <p class="help muted">{i18n.t('welcome.choose.help')}</p>
          </RadioGroup>

          <AccessSection view={view} refused={refused} onAsk={onAsk} onUseClick={() => void save({ runOn: 'click' })} />
        </>
      )}

      <PageLinks
        label={i18n.t('welcome.links.label')}
        links={[
          { href: browser.runtime.getURL('/options.html'), text: i18n.t('welcome.links.options') },
          { href: browser.runtime.getURL('/explorer.html'), text: i18n.t('welcome.links.explorer') },
        ]}
      />
    </main>
  );
}

/** What Crosscheck reads, stores and never sends. */
function Privacy() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{i18n.t('welcome.privacy.heading')}</h2>
      <ul class="privacy">
        <li>{i18n.t('welcome.privacy.reads')}</li>
        <li>{i18n.t('welcome.privacy.stores')}</li>
        <li>{i18n.t('welcome.privacy.neverSent')}</li>
        <li>{i18n.t('welcome.privacy.noNetwork')}</li>
      </ul>
    </section>
  );
}

/** Site access for the reader's choice (accessView): ready, not needed, or to ask for, and what to do when refused. */
function AccessSection({ view, refused, onAsk, onUseClick }: { view: AccessView; refused: boolean; onAsk: () => void; onUseClick: () => void }) {
  return (
    <section class="access" aria-labelledby="access-heading">
      <h2 id="access-heading">{i18n.t('welcome.access.heading')}</h2>
      <div class="outcome" aria-live="polite" data-access={view}>
        {view === 'none-click' && (
          <p class="ready">
            <span aria-hidden="true">✓ </span>
            {i18n.t('welcome.access.readyClick')}
          </p>
        )}
        {view === 'none-list' && <p>{i18n.t('welcome.access.listEmpty')}</p>}
        {view === 'granted' && (
          <p class="ready">
            <span aria-hidden="true">✓ </span>
            {i18n.t('welcome.access.ready')}
          </p>
        )}
        {view === 'checking' && <p>{i18n.t('options.access.checking')}</p>}
        {view === 'missing' && refused && (
          <>
            <p class="error">
              <span aria-hidden="true">✗ </span>
              {i18n.t('welcome.access.refused')}
            </p>
            <p>{i18n.t('welcome.access.stillWorks')}</p>
          </>
        )}
      </div>
      {view === 'missing' && (
        <>
          <p>
            <button type="button" class="primary" aria-describedby="ask-help" onClick={onAsk}>
              {i18n.t('welcome.access.ask')}
            </button>{' '}
            {refused && (
              <button type="button" onClick={onUseClick}>
                {i18n.t('welcome.access.useClick')}
              </button>
            )}
          </p>
          <p id="ask-help" class="help muted">
            {i18n.t('welcome.access.askHelp')}
          </p>
          {refused && <GrantByHand intro={i18n.t('welcome.access.later')} />}
        </>
      )}
    </section>
  );
}

/** Page language and title from the locale; the element to render. */
export function mountWelcomePage(doc: Document) {
  doc.documentElement.lang = i18n.t('welcome.lang') || 'en';
  doc.title = i18n.t('welcome.title');
  return <WelcomePage />;
}
