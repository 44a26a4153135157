/**
 * The settings page: what to mark, sensitivity, where to run (with the list
 * of sites), the paused sites, and whether Crosscheck holds the site access
 * the chosen mode needs. Every change is stored at once and said in a polite
 * live region; changes made elsewhere (a site paused from the popup) show up
 * without a reload.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { originsFor } from '../permissions/host-access';
import { resumed, withoutSite, type MarkWhat, type RunOn } from '../settings/settings';
import type { Sensitivity } from '../match/calibration';
import { AccessStatus } from './access';
import { HostList, PageLinks, RadioGroup, runOnOptions, SiteListEditor } from './components';
import { useAccessRequest, useHostAccess, useSettings } from './hooks';

export function OptionsPage() {
  const state = useSettings();
  const { settings, save, status } = state;
  const origins = settings ? originsFor(settings) : null;
  const { access, recheck } = useHostAccess(origins);
  const { refused, ask, chooseRunOn: onRunOn, addSite: onAddSite } = useAccessRequest(state, recheck);

  return (
    <main class="page options">
      <h1>{i18n.t('options.title')}</h1>
      <p class="muted">{i18n.t('options.intro')}</p>
      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>
      {!settings ? (
        <p>{i18n.t('options.loading')}</p>
      ) : (
        <>
          <RadioGroup<MarkWhat>
            name="mark"
            legend={i18n.t('options.mark.legend')}
            value={settings.mark}
            options={[
              { value: 'all', label: i18n.t('options.mark.all'), help: i18n.t('options.mark.allHelp') },
              { value: 'problems', label: i18n.t('options.mark.problems'), help: i18n.t('options.mark.problemsHelp') },
            ]}
            onChange={(mark) => void save({ mark })}
          />
          <RadioGroup<Sensitivity>
            name="sensitivity"
            legend={i18n.t('options.sensitivity.legend')}
            value={settings.sensitivity}
            options={[
              { value: 'standard', label: i18n.t('options.sensitivity.standard'), help: i18n.t('options.sensitivity.standardHelp') },
              { value: 'strict', label: i18n.t('options.sensitivity.strict'), help: i18n.t('options.sensitivity.strictHelp') },
            ]}
            onChange={(sensitivity) => void save({ sensitivity })}
          />
          <RadioGroup<RunOn> name="runOn" legend={i18n.t('options.runOn.legend')} value={settings.runOn} options={runOnOptions()} onChange={onRunOn}>
            {settings.runOn === 'list' && (
              <SiteListEditor
                sites={settings.sites}
                onAdd={onAddSite}
                onRemove={(host) => void save((s) => withoutSite(s, host), i18n.t('options.sites.removed', [host]))}
              />
            )}
          </RadioGroup>
          <PausedSites hosts={settings.paused} onResume={(host) => void save((s) => resumed(s, host), i18n.t('options.paused.resumed', [host]))} />
          <AccessStatus settings={settings} access={access} refused={refused} headingId="access-heading" onAllow={() => ask(originsFor(settings))} />
        </>
      )}
      <PageLinks
        label={i18n.t('options.links.label')}
        links={[
          { href: browser.runtime.getURL('/explorer.html'), text: i18n.t('options.links.explorer') },
          { href: browser.runtime.getURL('/welcome.html'), text: i18n.t('options.links.welcome') },
        ]}
      />
    </main>
  );
}

/** The sites the reader paused Crosscheck on, each with its "resume" button. */
function PausedSites({ hosts, onResume }: { hosts: string[]; onResume: (host: string) => void }) {
  return (
    <section class="paused" aria-labelledby="paused-heading">
      <h2 id="paused-heading" tabIndex={-1}>{i18n.t('options.paused.heading')}</h2>
      <p class="help muted">{i18n.t('options.paused.help')}</p>
      <HostList
        hosts={hosts}
        labelledBy="paused-heading"
        empty={i18n.t('options.paused.empty')}
        buttonText={i18n.t('options.paused.resumeButton')}
        buttonLabel={(host) => i18n.t('options.paused.resumeLabel', [host])}
        onAction={onResume}
      />
    </section>
  );
}

/** Page language and title from the locale; the element to render. */
export function mountOptionsPage(doc: Document) {
  doc.documentElement.lang = i18n.t('options.lang') || 'en';
  doc.title = i18n.t('options.title');
  return <OptionsPage />;
}
