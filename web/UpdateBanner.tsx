// "A new version is available — reload": shown when the service worker has a new app shell
// waiting; nothing reloads until the person chooses to, so no edit is interrupted.
import { useState } from 'preact/hooks';
import { translator, type Lang } from '../core/i18n/index.js';

export function UpdateBanner({ apply }: { apply: () => void }) {
  const [busy, setBusy] = useState(false);
  const t = translator((document.documentElement.lang === 'en' ? 'en' : 'nl') as Lang);
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <span>{t('ui.update.available')}</span>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          apply();
        }}
      >
        {t('ui.update.reload')}
      </button>
    </div>
  );
}
