// Delen: the share links per role (renew and revoke for the owner), who is here now and
// the sync status in words.
import { useState } from 'preact/hooks';
import { encodeShareLink } from '../sync/share-link.js';
import { useDraft, useNotify, useUi } from './context.js';
import { renewLink, revokeLink } from './server-api.js';
import { statusText } from './status-text.js';
import type { RecentDraft, Role } from './storage.js';
import { usePeers, useSyncStatus } from './use-doc.js';

const ROLES: Role[] = ['editor', 'viewer', 'owner'];

export function ShareScreen(props: { onTokens: (draft: RecentDraft) => void }) {
  const { t, host } = useUi();
  const { session } = useDraft();
  const notify = useNotify();
  const status = useSyncStatus(session);
  const peers = usePeers(session);
  const [draft, setDraft] = useState(session.draft);
  const owner = draft.role === 'owner' ? draft.tokens.owner : undefined;
  const link = (role: Role) => {
    const token = draft.tokens[role];
    return token ? encodeShareLink({ base: draft.serverUrl, draftId: draft.id, token }) : null;
  };
  const update = (tokens: RecentDraft['tokens']) => {
    const next = { ...draft, tokens };
    setDraft(next);
    props.onTokens(next);
  };
  const renew = async (role: Role) => {
    if (!owner) return;
    try {
      const r = await renewLink(draft.serverUrl, draft.id, owner, role);
      update({ ...draft.tokens, [role]: r.token });
      notify(t('ui.share.renewed', { role: t(`ui.role.${role}`) }));
    } catch {
      notify(t('ui.share.failed'));
    }
  };
  const revoke = async (role: Exclude<Role, 'owner'>) => {
    if (!owner) return;
    try {
      await revokeLink(draft.serverUrl, draft.id, owner, role);
      const tokens = { ...draft.tokens };
      delete tokens[role];
      update(tokens);
      notify(t('ui.share.revoked', { role: t(`ui.role.${role}`) }));
    } catch {
      notify(t('ui.share.failed'));
    }
  };
  return (
    <div>
      <p class="explain">{t('ui.share.explain')}</p>
      <h3>{t('ui.share.status')}</h3>
      <p>{statusText(status, t)}</p>
      <h3>{t('ui.share.links')}</h3>
      <p class="hint">{t('ui.share.yourRole', { role: t(`ui.role.${draft.role}`) })}</p>
      <ul class="plain">
        {ROLES.map((role) => {
          const url = link(role);
          if (!url && !owner) return null;
          return (
            <li key={role} class="card">
              <h4>{t(`ui.role.${role}`)}</h4>
              <p class="hint">{t(`ui.share.about.${role}`)}</p>
              {url ? (
                <>
                  <input class="link" readOnly value={url} aria-label={t('ui.share.linkFor', { role: t(`ui.role.${role}`) })} data-role={role} />
                  <div class="actions">
                    <button type="button" onClick={async () => notify((await host.copy({ html: '', text: url })).ok ? t('ui.share.copied') : t('ui.share.copyFailed'))}>
                      {t('ui.share.copy')}<span class="visually-hidden"> ({t(`ui.role.${role}`)})</span>
                    </button>
                    {owner && (
                      <button type="button" class="quiet" onClick={() => renew(role)}>
                        {t('ui.share.renew')}<span class="visually-hidden"> ({t(`ui.role.${role}`)})</span>
                      </button>
                    )}
                    {owner && role !== 'owner' && (
                      <button type="button" class="quiet danger" onClick={() => revoke(role)}>
                        {t('ui.share.revoke')}<span class="visually-hidden"> ({t(`ui.role.${role}`)})</span>
                      </button>
                    )}
                  </div>
                </>
              ) : (
                <button type="button" onClick={() => renew(role)}>{t('ui.share.make')}<span class="visually-hidden"> ({t(`ui.role.${role}`)})</span></button>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{t('ui.share.here')}</h3>
      {peers.length === 0 ? (
        <p class="empty">{t('ui.share.alone')}</p>
      ) : (
        <ul class="peers plain">
          {peers.map((p) => (
            <li key={p.clientId}>
              <span class="dot" style={{ background: p.colour }} aria-hidden="true" /> {p.name}
              {p.organisation && ` (${p.organisation})`}
              {p.readOnly && ` · ${t('ui.role.viewer')}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
