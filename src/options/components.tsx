/**
 * Pieces shared by the settings page and the welcome page: a labelled radio
 * group, the editable list of sites, and how to grant host access by hand.
 */
import { i18n } from '#i18n';
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { normalizeHost, type RunOn } from '../settings/settings';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  help?: string;
}

/** A fieldset whose legend is a section heading; each radio is described by its help text. */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  children?: ComponentChildren;
}) {
  const id = useId();
  return (
    <fieldset class="group">
      <legend>
        <h2>{props.legend}</h2>
      </legend>
      {props.options.map((o) => {
        const inputId = `${id}-${o.value}`;
        return (
          <div class="choice" key={o.value}>
            <input
              type="radio"
              id={inputId}
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              aria-describedby={o.help ? `${inputId}-help` : undefined}
              onChange={(e) => {
                if ((e.currentTarget as HTMLInputElement).checked) props.onChange(o.value);
              }}
            />
            <label for={inputId}>{o.label}</label>
            {o.help && (
              <p id={`${inputId}-help`} class="help muted">
                {o.help}
              </p>
            )}
          </div>
        );
      })}
      {props.children}
    </fieldset>
  );
}

export function runOnOptions(): RadioOption<RunOn>[] {
  return [
    { value: 'all', label: i18n.t('options.runOn.all'), help: i18n.t('options.runOn.allHelp') },
    { value: 'list', label: i18n.t('options.runOn.list'), help: i18n.t('options.runOn.listHelp') },
    { value: 'click', label: i18n.t('options.runOn.click'), help: i18n.t('options.runOn.clickHelp') },
  ];
}

/**
 * The sites for "only sites on a list": add one (validated with normalizeHost; an invalid entry gets an
 * error tied to the input and nothing is stored) or remove one. `onAdd` runs inside the submit handler, so it
 * may ask for host access there (a user gesture).
 */
export function SiteListEditor(props: { sites: readonly string[]; onAdd: (host: string) => void; onRemove: (host: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `${id}-input`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const submit = (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The field itself: typing and an immediate Enter can come before a re-render.
    const typed = (input.current?.value ?? text).trim();
    const host = normalizeHost(typed);
    const problem = !typed
      ? i18n.t('options.sites.missing')
      : !host
        ? i18n.t('options.sites.invalid', [typed])
        : props.sites.includes(host)
          ? i18n.t('options.sites.duplicate', [host])
          : null;
    if (problem || !host) {
      setError(problem);
      // Back to the field (a click on Add moved focus), where the error is read as its description.
      input.current?.focus();
      return;
    }
    setError(null);
    setText('');
    props.onAdd(host);
  };
  return (
    <div class="sites">
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {i18n.t('options.sites.heading')}
      </h3>
      <HostList
        hosts={props.sites}
        labelledBy={`${id}-heading`}
        empty={i18n.t('options.sites.empty')}
        buttonText={i18n.t('options.sites.removeButton')}
        buttonLabel={(host) => i18n.t('options.sites.removeLabel', [host])}
        onAction={props.onRemove}
      />
      <form class="add-site" onSubmit={submit} noValidate>
        <label for={inputId}>{i18n.t('options.sites.inputLabel')}</label>
        <div class="add-row">
          <input
            ref={input}
            id={inputId}
            type="text"
            inputMode="url"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${errorId} ${helpId}` : helpId}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit">{i18n.t('options.sites.add')}</button>
        </div>
        <p id={helpId} class="help muted">
          {i18n.t('options.sites.inputHelp')}
        </p>
        {error && (
          <p id={errorId} class="error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

/**
 * A list of host names, each with one button (Remove, Resume). When a host leaves the list, focus moves to
 * the button now in its place (or the one before), or to the list's heading when the list is empty, so the
 * keyboard never falls back to the top of the page.
 */
export function HostList(props: {
  hosts: readonly string[];
  labelledBy: string;
  /** Shown instead of the list when there is no host. */
  empty: string;
  buttonText: string;
  buttonLabel: (host: string) => string;
  onAction: (host: string) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  /** Set by a click: the button's position, and the list as it was then. */
  const focusAt = useRef<{ index: number; hostsKey: string } | null>(null);
  const hostsKey = props.hosts.join('\n');
  useEffect(() => {
    const pending = focusAt.current;
    if (pending === null || pending.hostsKey === hostsKey) return;
    focusAt.current = null;
    const buttons = list.current?.querySelectorAll('button');
    const target = buttons?.[Math.min(pending.index, buttons.length - 1)] ?? (document.getElementById(props.labelledBy) as HTMLElement | null);
    target?.focus();
  }, [hostsKey]);
  if (props.hosts.length === 0) return <p class="empty muted">{props.empty}</p>;
  return (
    <ul class="host-list" ref={list} aria-labelledby={props.labelledBy}>
      {props.hosts.map((host, i) => (
        <li key={host}>
          <span class="host">{host}</span>
          <button
            type="button"
            aria-label={props.buttonLabel(host)}
            onClick={() => {
              focusAt.current = { index: i, hostsKey };
              props.onAction(host);
            }}
          >
            {props.buttonText}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** How to grant host access in each browser's own settings. */
export function GrantByHand(props: { intro: string }) {
  return (
    <div class="by-hand">
      <p>{props.intro}</p>
      <ul>
        <li>{i18n.t('options.access.firefox')}</li>
        <li>{i18n.t('options.access.chrome')}</li>
      </ul>
    </div>
  );
}

/** Links to the other extension pages. */
export function PageLinks(props: { label: string; links: readonly { href: string; text: string }[] }) {
  return (
    <nav class="links" aria-label={props.label}>
      <ul>
        {props.links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
