// One server call from a consent screen: busy while it runs, what went wrong in words (shown
// beside the control and announced), and what went right announced. Nothing typed is cleared
// on a failure, so a refused or unreachable call loses nothing.
import { useState } from 'preact/hooks';
import { COMMENT_LIMIT_ERRORS, COMMENT_LIMITS } from '../../consent/contract.js';
import type { Translate } from '../../i18n/index.js';
import { useNotify, useUi } from '../context.js';
import { ServerError } from '../server-api.js';

export function failureText(e: unknown, t: Translate): string {
  if (e instanceof ServerError) {
    if (e.code === 'unreachable') return t('ui.consent.fail.offline');
    if (e.code === 'pdf-unavailable') return t('ui.consent.versions.pdfUnavailable');
    if (e.code === COMMENT_LIMIT_ERRORS.threads) return t('ui.consent.comments.threadsFull', { max: COMMENT_LIMITS.threads });
    if (e.code === COMMENT_LIMIT_ERRORS.replies) return t('ui.consent.comments.repliesFull', { max: COMMENT_LIMITS.replies });
    if (e.status === 401 || e.status === 403) return t('ui.consent.fail.denied');
    return t('ui.consent.fail.other', { code: e.code });
  }
  return t('ui.consent.fail.other', { code: e instanceof Error ? e.message : String(e) });
}

export function useAction() {
  const { t } = useUi();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Runs `call`; its result, or null when it failed (the failure is shown and announced). */
  const run = async <T,>(call: () => Promise<T>, done?: string): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      if (done) notify(done);
      return result;
    } catch (e) {
      const text = failureText(e, t);
      setError(text);
      notify(text);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
