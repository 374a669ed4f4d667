// Settings of this device: the server URL (extension only), and the name and organisation
// others see in "who is here now".
import { useUi } from './context.js';
import { TextField } from './fields/TextField.js';
import type { Settings } from './storage.js';

export function SettingsForm(props: { settings: Settings; fixedServerUrl: boolean; onChange: (s: Settings) => void }) {
  const { t } = useUi();
  const s = props.settings;
  return (
    <details class="card settings">
      <summary>{t('ui.settings.title')}</summary>
      <TextField label={t('ui.settings.name')} hint={t('ui.settings.nameHint')} value={s.name} onChange={(name) => props.onChange({ ...s, name })} />
      <TextField label={t('ui.settings.organisation')} value={s.organisation} onChange={(organisation) => props.onChange({ ...s, organisation })} />
      {!props.fixedServerUrl && (
        <TextField
          lazy
          type="url"
          label={t('ui.settings.server')}
          hint={t('ui.settings.serverHint')}
          value={s.serverUrl}
          onChange={(v) => /^https?:\/\/[^\s]+$/.test(v.trim()) && props.onChange({ ...s, serverUrl: v.trim().replace(/\/+$/, '') })}
        />
      )}
    </details>
  );
}
