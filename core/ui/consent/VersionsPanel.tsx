// Versies: "Versie vastleggen" with a name (editors and owners), the list of stored versions
// (number, name, author, time, short hash), and per version: open it read-only, restore it as
// a new change of the draft (asked first), propose it for consent (owner) and download it as
// a document with its vaststelling page (.docx; .pdf where the server has LibreOffice).
import { useId, useState } from 'preact/hooks';
import type { VersionSummary } from '../../consent/contract.js';
import { useDraft, useNotify, useUi } from '../context.js';
import { ConfirmButton } from '../fields/ConfirmButton.js';
import { fileBase } from '../file-name.js';
import { proposeVersion, restoreVersion, saveVersion, versionExport } from './consent-api.js';
import { formatMoment } from './open-points.js';
import { useAction } from './use-action.js';
import { apiTarget } from './use-consent.js';
import { VersionView } from './VersionView.js';

const MAX_NAME = 120;
export const shortHash = (hash: string) => hash.slice(0, 8);

export function VersionsPanel(props: { versions: VersionSummary[]; title: string; owner: boolean; canWrite: boolean }) {
  const { t, lang } = useUi();
  const [viewing, setViewing] = useState<VersionSummary | null>(null);
  const newestFirst = [...props.versions].sort((a, b) => b.n - a.n);
  return (
    <section aria-labelledby="versions-h" class="versions">
      <h3 id="versions-h">{t('ui.consent.versions.title')}</h3>
      <p class="explain">{t('ui.consent.versions.explain')}</p>
      {props.canWrite && <SaveVersion />}
      {newestFirst.length === 0 ? (
        <p class="empty">{t('ui.consent.versions.none')}</p>
      ) : (
        <ul class="plain version-list" data-testid="versions">
          {newestFirst.map((v) => (
            <li key={v.id} class="card" data-version={v.n}>
              <h4>
                {t('ui.consent.versions.label', { n: v.n, name: v.name })}
                {v.agreedAt && <> · <span class="badge">{t('ui.consent.versions.agreedBadge', { at: formatMoment(v.agreedAt, lang) })}</span></>}
              </h4>
              <p class="hint">
                {t('ui.consent.versions.meta', { name: v.authorName, at: formatMoment(v.at, lang) })} · <abbr title={v.hash}>{t('ui.consent.versions.hash', { hash: shortHash(v.hash) })}</abbr>
              </p>
              <VersionActions version={v} title={props.title} owner={props.owner} canWrite={props.canWrite} onView={() => setViewing(v)} />
            </li>
          ))}
        </ul>
      )}
      {viewing && <VersionView version={viewing} onClose={() => setViewing(null)} />}
    </section>
  );
}

function SaveVersion() {
  const { t } = useUi();
  const { session } = useDraft();
  const id = useId();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setMissing(true);
    const saved = await action.run(() => saveVersion(apiTarget(session), name.trim().slice(0, MAX_NAME)), t('ui.consent.versions.saved', { name: name.trim() }));
    if (saved) setName('');
  };
  return (
    <form class="card save-version" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('ui.consent.versions.save')}</h4>
      <div class="field">
        <label for={`${id}-name`}>{t('ui.consent.versions.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_NAME}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : `${id}-hint`}
          onInput={(e) => (setName(e.currentTarget.value), setMissing(false))}
          data-testid="version-name"
        />
        <p class="hint" id={`${id}-hint`}>{t('ui.consent.versions.nameHint')}</p>
        {missing && <p class="field-message" id={`${id}-missing`}>{t('ui.consent.versions.nameNeeded')}</p>}
      </div>
      <button type="submit" disabled={action.busy} data-testid="version-save">{t('ui.consent.versions.save')}</button>
      {action.error && <p class="warning">{action.error}</p>}
    </form>
  );
}

function VersionActions(props: { version: VersionSummary; title: string; owner: boolean; canWrite: boolean; onView: () => void }) {
  const { t, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const action = useAction();
  const v = props.version;
  const hidden = <span class="visually-hidden"> ({t('ui.consent.versions.label', { n: v.n, name: v.name })})</span>;
  const download = async (kind: 'docx' | 'pdf') => {
    const file = await action.run(() => versionExport(apiTarget(session), v.id, kind));
    if (!file) return;
    const r = await host.download({ name: `${fileBase(props.title, 'samenspel-' + session.draft.id)}-versie-${v.n}.${kind}`, mime: file.mime, bytes: file.bytes });
    notify(r.ok ? (r.message ?? t('ui.export.done')) : r.message);
  };
  return (
    <>
      <div class="actions">
        <button type="button" class="quiet" onClick={props.onView} data-testid="version-open">{t('ui.consent.versions.open')}{hidden}</button>
        {props.owner && (
          <button type="button" disabled={action.busy} onClick={() => void action.run(() => proposeVersion(apiTarget(session), v.id), t('ui.consent.versions.proposed', { n: v.n }))} data-testid="version-propose">
            {t('ui.consent.versions.propose')}{hidden}
          </button>
        )}
        {props.canWrite && (
          <ConfirmButton
            class="quiet"
            question={t('ui.consent.versions.restoreQuestion', { n: v.n })}
            confirm={<>{t('ui.consent.versions.restoreConfirm')}{hidden}</>}
            onConfirm={async () => void (await action.run(() => restoreVersion(apiTarget(session), v.id), t('ui.consent.versions.restored', { n: v.n })))}
          >
            {t('ui.consent.versions.restore')}{hidden}
          </ConfirmButton>
        )}
        <button type="button" class="quiet" onClick={() => void download('docx')} data-testid="version-docx">{t('ui.consent.versions.docx')}{hidden}</button>
        <button type="button" class="quiet" onClick={() => void download('pdf')}>{t('ui.consent.versions.pdf')}{hidden}</button>
      </div>
      {action.error && <p class="warning">{action.error}</p>}
    </>
  );
}
