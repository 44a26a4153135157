/**
 * The "Site access" status: does Crosscheck hold the host access that the
 * chosen "where to run" mode needs, and if not, a button that asks for it and
 * the way to grant it by hand. Shown in words and a symbol, never colour alone.
 */
import { i18n } from '#i18n';
import type { Settings } from '../settings/settings';
import { GrantByHand } from './components';
import type { AccessState } from './hooks';

export type AccessView = 'none-click' | 'none-list' | 'checking' | 'granted' | 'missing';

export function accessView(settings: Pick<Settings, 'runOn' | 'sites'>, access: AccessState): AccessView {
  if (settings.runOn === 'click') return 'none-click';
  if (settings.runOn === 'list' && settings.sites.length === 0) return 'none-list';
  return access;
}

export function AccessStatus(props: { settings: Settings; access: AccessState; refused: boolean; onAllow: () => void; headingId: string }) {
  const view = accessView(props.settings, props.access);
  const all = props.settings.runOn === 'all';
  const text =
    view === 'none-click'
      ? i18n.t('options.access.noneClick')
      : view === 'none-list'
        ? i18n.t('options.access.noneList')
        : view === 'checking'
          ? i18n.t('options.access.checking')
          : view === 'granted'
            ? i18n.t(all ? 'options.access.grantedAll' : 'options.access.grantedList')
            : i18n.t(all ? 'options.access.missingAll' : 'options.access.missingList');
  const symbol = view === 'granted' ? '✓' : view === 'missing' ? '✗' : null;
  return (
    <section class="access" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{i18n.t('options.access.heading')}</h2>
      <p class={`access-state ${view}`} data-access={view} aria-live="polite">
        {symbol && (
          <span class="symbol" aria-hidden="true">
            {symbol}{' '}
          </span>
        )}
        {text}
      </p>
      {view === 'missing' && (
        <>
          <p>{i18n.t('options.access.stillWorks')}</p>
          <p>
            <button type="button" class="primary" onClick={props.onAllow}>
              {i18n.t('options.access.allow')}
            </button>
          </p>
          {props.refused && (
            <p class="error" role="status">
              <span aria-hidden="true">⚠ </span>
              {i18n.t('options.access.refused')}
            </p>
          )}
          <GrantByHand intro={i18n.t('options.access.byHand')} />
        </>
      )}
    </section>
  );
}
