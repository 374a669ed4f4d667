// Delen: personal invitations first (consent/MembersPanel), then the anonymous share links
// per role as an option (renew and revoke for the owner, both asked first), who is here now
// and the sync status in words. A personal link is never listed as a role link here: it is
// that person's own. A link that no longer works is never offered:
// revoked ones are forgotten on this device, and each shown link is checked with the server
// when the screen opens (another device of the owner may have revoked or renewed it). The
// owner can delete the draft for everyone here, after an inline confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import { encodeShareLink } from '../sync/share-link.js';
import { useDraft, useNotify, useUi } from './context.js';
import { MembersPanel } from './consent/MembersPanel.js';
import { PeerList } from './consent/PeerIdentity.js';
import { useWhoAmI } from './consent/use-consent.js';
import { ConfirmButton } from './fields/ConfirmButton.js';
import { CopyButton } from './fields/CopyButton.js';
import { knownDraft, renewedOwnLink, setKnownDraft } from './known-links.js';
import { checkLink, renewLink, revokeLink } from './server-api.js';
import { statusText } from './status-text.js';
import { withToken, type RecentDraft, type Role } from './storage.js';
import { usePeers, useSyncStatus } from './use-doc.js';

const ROLES: Role[] = ['editor', 'viewer', 'owner'];
type Check = Awaited<ReturnType<typeof checkLink>>;
interface Outcome {
  ok: boolean;
  text: string;
}

export function ShareScreen(props: { title: string; onTokens: (draft: RecentDraft) => void; onDelete?: (() => Promise<boolean>) | undefined }) {
  const { t, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const status = useSyncStatus(session);
  const peers = usePeers(session);
  const who = useWhoAmI(session);
  const [draft, setDraft] = useState(() => knownDraft(session));
  /** token → what the server said about it. */
  const [checks, setChecks] = useState<Record<string, Check>>({});
  /** Roles whose link this screen found dead, so the owner is told why it is gone. */
  const [gone, setGone] = useState<Role[]>([]);
  const [outcomes, setOutcomes] = useState<Partial<Record<Role, Outcome>>>({});
  const [focusRole, setFocusRole] = useState<Role | null>(null);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const list = useRef<HTMLUListElement>(null);

  const renewedHere = renewedOwnLink(session);
  const ownToken = draft.tokens[draft.role];
  const accessLost = status.kind === 'error' && (status.code === 'unauthorized' || status.code === 'permission-denied') && !renewedHere;
  const ownLinkGone = accessLost || (!!ownToken && checks[ownToken] === 'gone');
  const owner = draft.role === 'owner' && !ownLinkGone ? draft.tokens.owner : undefined;
  const roleName = (role: Role) => t(`ui.role.${role}`);

  const change = (edit: (d: RecentDraft) => RecentDraft) => {
    const next = edit(knownDraft(session));
    setKnownDraft(session, next);
    setDraft(next);
    props.onTokens(next);
  };
  const report = (role: Role, outcome: Outcome) => {
    setOutcomes((o) => ({ ...o, [role]: outcome }));
    notify(outcome.text);
  };

  useEffect(() => {
    let live = true;
    const start = knownDraft(session);
    for (const role of ROLES) {
      const token = start.tokens[role];
      if (!token) continue;
      void checkLink(start.serverUrl, start.id, token, role).then((result) => {
        if (!live) return;
        setChecks((c) => ({ ...c, [token]: result }));
        // This device's own link stays: it is what opens this device's copy of the draft.
        if (result !== 'gone' || role === start.role) return;
        change((d) => (d.tokens[role] === token ? withToken(d, role, null) : d));
        setGone((g) => [...g, role]);
      });
    }
    return () => {
      live = false;
    };
  }, [session]);

  useEffect(() => {
    if (!focusRole) return;
    list.current?.querySelector<HTMLElement>(`[data-card=${focusRole}] button`)?.focus();
    setFocusRole(null);
  }, [focusRole]);

  const renew = async (role: Role) => {
    if (!owner) return;
    try {
      const r = await renewLink(draft.serverUrl, draft.id, owner, role);
      setChecks((c) => ({ ...c, [r.token]: 'works' }));
      setGone((g) => g.filter((x) => x !== role));
      change((d) => withToken(d, role, r.token));
      report(role, { ok: true, text: t('ui.share.renewed', { role: roleName(role) }) });
    } catch {
      report(role, { ok: false, text: t('ui.share.failed') });
    }
  };
  const revoke = async (role: Exclude<Role, 'owner'>) => {
    if (!owner) return;
    try {
      await revokeLink(draft.serverUrl, draft.id, owner, role);
      change((d) => withToken(d, role, null));
      report(role, { ok: true, text: t('ui.share.revoked', { role: roleName(role) }) });
      setFocusRole(role);
    } catch {
      report(role, { ok: false, text: t('ui.share.failed') });
    }
  };

  const remove = async () => {
    const ok = (await props.onDelete?.()) ?? false;
    setDeleteFailed(!ok);
    if (!ok) notify(t('ui.share.deleteFailed'));
  };

  return (
    <div>
      <p class="explain">{t('ui.share.explain')}</p>
      <h3>{t('ui.share.status')}</h3>
      <p>{statusText(status, t)}</p>
      <MembersPanel owner={!!owner} />
      {/* Open at first: every new draft has its role links, and a person may rely on them; closing it is one click. */}
      <details class="anonymous-links" open>
      <summary><h3>{t('ui.consent.share.anonymous')}</h3></summary>
      <p class="hint">{t('ui.consent.share.anonymousExplain')}</p>
      <h4>{t('ui.share.links')}</h4>
      <p class="hint">{t('ui.share.yourRole', { role: roleName(draft.role) })}</p>
      {renewedHere && <p class="warning">{t('ui.lost.renewedHere')}</p>}
      {ownLinkGone ? (
        <p class="warning" data-testid="own-link-gone">{t('ui.share.ownGone')}</p>
      ) : (
        <ul class="plain" ref={list}>
          {ROLES.map((role) => {
            const token = draft.tokens[role];
            if (!token && !owner) return null;
            // A personal link is that person's own, not a link to pass on.
            if (token && token === ownToken && who?.member) return null;
            const check = token ? checks[token] : undefined;
            const url = token ? encodeShareLink({ base: draft.serverUrl, draftId: draft.id, token }) : '';
            const hidden = () => <span class="visually-hidden"> ({roleName(role)})</span>;
            const outcome = outcomes[role];
            return (
              <li key={role} class="card" data-card={role}>
                <h4>{t(`ui.role.${role}`)}</h4>
                <p class="hint">{t(`ui.share.about.${role}`)}</p>
                {token ? (
                  <>
                    <input class="link" readOnly value={url} aria-label={t('ui.share.linkFor', { role: roleName(role) })} data-role={role} />
                    {check === 'unknown' && <p class="hint">{t('ui.share.unchecked')}</p>}
                    <div class="actions">
                      <CopyButton
                        copy={() => host.copy({ html: '', text: url })}
                        disabled={check === undefined}
                        announce={t('ui.share.copied')}
                        failed={t('ui.share.copyFailed')}
                      >
                        {t('ui.share.copy')}
                        {hidden()}
                      </CopyButton>
                      {owner && (
                        <ConfirmButton
                          class="quiet"
                          question={role === draft.role ? t('ui.share.renewOwnQuestion') : t('ui.share.renewQuestion', { role: roleName(role) })}
                          confirm={<>{t('ui.share.renewConfirm')}{hidden()}</>}
                          onConfirm={() => renew(role)}
                        >
                          {t('ui.share.renew')}
                          {hidden()}
                        </ConfirmButton>
                      )}
                      {owner && role !== 'owner' && (
                        <ConfirmButton
                          class="quiet danger"
                          question={t('ui.share.revokeQuestion', { role: roleName(role) })}
                          confirm={<>{t('ui.share.revokeConfirm')}{hidden()}</>}
                          onConfirm={() => revoke(role)}
                        >
                          {t('ui.share.revoke')}
                          {hidden()}
                        </ConfirmButton>
                      )}
                    </div>
                  </>
                ) : (
                  <>
                    {gone.includes(role) && <p class="hint">{t('ui.share.goneHere')}</p>}
                    <button type="button" onClick={() => renew(role)}>
                      {t('ui.share.make')}
                      {hidden()}
                    </button>
                  </>
                )}
                {outcome && <p class={outcome.ok ? 'ok' : 'warning'}>{outcome.text}</p>}
              </li>
            );
          })}
        </ul>
      )}
      </details>
      <h3>{t('ui.share.here')}</h3>
      {peers.length === 0 ? (
        <p class="empty">{t('ui.share.alone')}</p>
      ) : (
        <PeerList peers={peers} />
      )}
      {owner && props.onDelete && (
        <section class="card" aria-labelledby="delete-draft-h">
          <h3 id="delete-draft-h">{t('ui.share.deleteTitle')}</h3>
          <p class="hint">{t('ui.share.deleteExplain')}</p>
          <ConfirmButton
            class="quiet danger"
            question={t('ui.share.deleteQuestion', { title: props.title || t('doc.untitled') })}
            confirm={t('ui.share.deleteConfirm')}
            onConfirm={remove}
          >
            {t('ui.share.delete')}
          </ConfirmButton>
          {deleteFailed && <p class="warning">{t('ui.share.deleteFailed')}</p>}
        </section>
      )}
    </div>
  );
}
