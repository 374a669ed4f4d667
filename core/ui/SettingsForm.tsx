// Settings of this device: the default server (where new drafts are created; not on the web
// page or in Word, whose server is fixed), and the name and organisation others see in "who
// is here now". ServerField is also the start screen's question for the first server.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useUi } from './context.js';
import { describedBy, FieldFrame } from './fields/FieldFrame.js';
import { TextField } from './fields/TextField.js';
import { normaliseServerUrl } from './server-api.js';
import type { Settings } from './storage.js';

export interface ServerFieldProps {
  label: string;
  hint: string;
  value: string;
  /** What is wrong with the address (malformed, unreachable); shown below the field. */
  message: string | null;
  placeholder?: string | undefined;
  /** Report on change (blur/Enter) instead of on every keystroke. */
  lazy?: boolean;
  inputRef?: { current: HTMLInputElement | null };
  onChange: (value: string) => void;
}

/** A server address field: uncontrolled while typing, refreshed from `value` otherwise. */
export function ServerField(props: ServerFieldProps) {
  const id = useId();
  const own = useRef<HTMLInputElement>(null);
  const ref = props.inputRef ?? own;
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.value !== props.value && el.ownerDocument.activeElement !== el) el.value = props.value;
  }, [props.value]);
  const report = (e: Event) => props.onChange((e.currentTarget as HTMLInputElement).value);
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} message={props.message}>
      <input
        id={id}
        ref={ref}
        type="url"
        inputMode="url"
        autoComplete="url"
        spellcheck={false}
        defaultValue={props.value}
        placeholder={props.placeholder}
        aria-invalid={props.message ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.message)}
        {...(props.lazy ? { onChange: report } : { onInput: report })}
      />
    </FieldFrame>
  );
}

export function SettingsForm(props: { settings: Settings; fixedServerUrl: boolean; serverPlaceholder?: string | undefined; onChange: (s: Settings) => void }) {
  const { t } = useUi();
  const s = props.settings;
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  return (
    <details class="card settings">
      <summary>{t('ui.settings.title')}</summary>
      <TextField label={t('ui.settings.name')} hint={t('ui.settings.nameHint')} value={s.name} onChange={(name) => props.onChange({ ...s, name })} />
      <TextField label={t('ui.settings.organisation')} value={s.organisation} onChange={(organisation) => props.onChange({ ...s, organisation })} />
      {!props.fixedServerUrl && (
        <ServerField
          lazy
          label={t('ui.settings.server')}
          hint={t(s.serverUrl ? 'ui.settings.serverHint' : 'ui.settings.serverUnset')}
          value={s.serverUrl}
          placeholder={props.serverPlaceholder}
          message={serverMessage}
          onChange={(input) => {
            // Emptied: no default server, so the next new draft asks again.
            const url = input.trim() === '' ? '' : normaliseServerUrl(input);
            setServerMessage(url === null ? t('ui.server.malformed') : null);
            if (url !== null && url !== s.serverUrl) props.onChange({ ...s, serverUrl: url });
          }}
        />
      )}
    </details>
  );
}
