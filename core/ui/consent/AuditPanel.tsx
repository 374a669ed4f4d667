// Logboek (owner only): who invited, revoked, saved, proposed, consented, objected and
// restored, and when, as the server recorded it; downloadable as CSV.
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../consent/contract.js';
import { isMessageKey } from '../../i18n/index.js';
import { useDraft, useNotify, useUi } from '../context.js';
import { auditCsv, listAudit } from './consent-api.js';
import { formatMoment } from './open-points.js';
import { failureText, useAction } from './use-action.js';
import { apiTarget } from './use-consent.js';

export function AuditPanel(props: { refreshKey: unknown }) {
  const { t, lang, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const csv = useAction();
  useEffect(() => {
    let live = true;
    listAudit(apiTarget(session)).then(
      (list) => live && (setEntries(list), setError(null)),
      (e) => live && setError(failureText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [props.refreshKey]);
  const download = async () => {
    const file = await csv.run(() => auditCsv(apiTarget(session)));
    if (!file) return;
    const r = await host.download({ name: `samenspel-${session.draft.id}-${t('ui.consent.audit.fileSuffix')}.csv`, mime: 'text/csv', bytes: file.bytes });
    notify(r.ok ? (r.message ?? t('ui.export.done')) : r.message);
  };
  const action = (a: string) => {
    const key = `ui.consent.audit.action.${a}`;
    return isMessageKey(key) ? t(key) : a;
  };
  return (
    <section aria-labelledby="audit-h" class="audit">
      <h3 id="audit-h">{t('ui.consent.audit.title')}</h3>
      <p class="explain">{t('ui.consent.audit.explain')}</p>
      {error && <p class="warning">{error}</p>}
      {entries && entries.length === 0 && <p class="empty">{t('ui.consent.audit.none')}</p>}
      {entries && entries.length > 0 && (
        <div class="table-wrap">
          <table data-testid="audit">
            <caption class="visually-hidden">{t('ui.consent.audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.consent.audit.when')}</th>
                <th scope="col">{t('ui.consent.audit.who')}</th>
                <th scope="col">{t('ui.consent.audit.what')}</th>
                <th scope="col">{t('ui.consent.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((e, i) => (
                <tr key={i}>
                  <td>{formatMoment(e.at, lang)}</td>
                  <td>{e.memberName}</td>
                  <td>{action(e.action)}</td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" class="quiet" disabled={csv.busy} onClick={() => void download()}>{t('ui.consent.audit.csv')}</button>
      {csv.error && <p class="warning">{csv.error}</p>}
    </section>
  );
}
