// One stored version, read-only: its state loaded from the server into a scratch Y.Doc that
// nothing syncs, shown with the workspace's own parts inside a read-only draft context (every
// control disabled, no comments: those belong to the live draft).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import type { VersionSummary } from '../../consent/contract.js';
import { AgreementScreen, type PartId } from '../agreement/AgreementScreen.js';
import { DraftContext, useDraft, useUi } from '../context.js';
import type { DraftSession } from '../session.js';
import { useAgreement } from '../use-doc.js';
import { FieldCommentsContext } from './FieldComments.js';
import { failureText } from './use-action.js';
import { apiTarget } from './use-consent.js';
import { versionDoc } from './version-state.js';

/** A session around a scratch doc: never online, read-only, nobody else in it. */
export function scratchSession(doc: Y.Doc, of: DraftSession): DraftSession {
  return {
    draft: { ...of.draft, role: 'viewer' },
    doc,
    privateDoc: of.privateDoc,
    status: () => ({ kind: 'saved', unsaved: 0, readOnly: true }),
    onStatus: () => () => undefined,
    peers: () => [],
    onPeers: () => () => undefined,
    setPresence: () => undefined,
    setWhere: () => undefined,
    onRefused: () => () => undefined,
    destroy: async () => doc.destroy(),
  };
}

export function VersionView(props: { version: VersionSummary; onClose: () => void }) {
  const { t } = useUi();
  const { session } = useDraft();
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    let loaded: Y.Doc | null = null;
    setDoc(null);
    setError(null);
    versionDoc(apiTarget(session), props.version.id).then(
      (d) => (live ? setDoc((loaded = d)) : d.destroy()),
      (e) => live && setError(failureText(e, t)),
    );
    heading.current?.focus();
    return () => {
      live = false;
      loaded?.destroy();
    };
  }, [props.version.id]);
  return (
    <section class="card version-view" aria-labelledby="version-view-h" data-testid="version-view">
      <h3 id="version-view-h" tabIndex={-1} ref={heading}>{t('ui.consent.view.title', { n: props.version.n, name: props.version.name })}</h3>
      <p class="hint">{t('ui.consent.view.readOnly')}</p>
      <button type="button" class="quiet" onClick={props.onClose}>{t('ui.consent.view.close')}</button>
      {error && <p class="warning">{error}</p>}
      {!doc && !error && <p>{t('ui.consent.view.loading')}</p>}
      {doc && <FrozenAgreement doc={doc} of={session} />}
    </section>
  );
}

function FrozenAgreement({ doc, of }: { doc: Y.Doc; of: DraftSession }) {
  const session = useMemo(() => scratchSession(doc, of), [doc]);
  const agreement = useAgreement(doc);
  const [part, setPart] = useState<PartId>('partners');
  return (
    <DraftContext.Provider value={{ session, readOnly: true }}>
      <FieldCommentsContext.Provider value={false}>
        <div class="frozen">
          <AgreementScreen agreement={agreement} part={part} onPart={setPart} readOnly comments={false} />
        </div>
      </FieldCommentsContext.Provider>
    </DraftContext.Provider>
  );
}
