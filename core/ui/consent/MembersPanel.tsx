// Personal invitations in Delen: the owner invites a person (name, the partner they
// represent, role, representative with a mandate) and gets their personal link once, to copy
// and pass on; the member list shows everyone invited, each revocable on its own (the server
// cuts off that person's connections at once). Others see the list without the controls.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MEMBER_ROLES, type Invitation, type MemberRole, type MemberSummary } from '../../consent/contract.js';
import { partnerLabel, type Agreement } from '../../agreement/index.js';
import { encodeShareLink } from '../../sync/share-link.js';
import { useDraft, useUi } from '../context.js';
import { ConfirmButton } from '../fields/ConfirmButton.js';
import { CopyButton } from '../fields/CopyButton.js';
import { useAgreement } from '../use-doc.js';
import { inviteMember, revokeMember } from './consent-api.js';
import { useAction } from './use-action.js';
import { apiTarget, useServerRecords, useWhoAmI } from './use-consent.js';

export function MembersPanel(props: { owner: boolean }) {
  const { t } = useUi();
  const { session } = useDraft();
  const agreement = useAgreement(session.doc);
  const { members } = useServerRecords(session);
  const who = useWhoAmI(session);
  const [invited, setInvited] = useState<Invitation | null>(null);
  const revoke = useAction();
  const active = members.filter((m) => !m.revokedAt);
  const revoked = members.filter((m) => m.revokedAt);
  return (
    <section aria-labelledby="members-h" class="members">
      <h3 id="members-h">{t('ui.consent.members.title')}</h3>
      <p class="explain">{t('ui.consent.members.explain')}</p>
      {props.owner && <InviteForm agreement={agreement} onInvited={setInvited} />}
      {invited && <OneTimeLink invitation={invited} onDone={() => setInvited(null)} />}
      <h4>{t('ui.consent.members.list')}</h4>
      {active.length === 0 ? (
        <p class="empty">{t('ui.consent.members.none')}</p>
      ) : (
        <ul class="plain member-list" data-testid="members">
          {active.map((m) => (
            <li key={m.id} class="card">
              <MemberLine member={m} agreement={agreement} />
              {props.owner && m.id !== who?.member?.id && (
                <ConfirmButton
                  class="quiet danger"
                  question={t('ui.consent.members.revokeQuestion', { name: m.name })}
                  confirm={<>{t('ui.share.revokeConfirm')}<span class="visually-hidden"> ({m.name})</span></>}
                  onConfirm={async () => void (await revoke.run(() => revokeMember(apiTarget(session), m.id), t('ui.consent.members.revoked', { name: m.name })))}
                >
                  {t('ui.share.revoke')}
                  <span class="visually-hidden"> ({m.name})</span>
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {revoke.error && <p class="warning">{revoke.error}</p>}
      {revoked.length > 0 && (
        <details>
          <summary>{t('ui.consent.members.revokedList', { n: revoked.length })}</summary>
          <ul class="plain">
            {revoked.map((m) => (
              <li key={m.id}>
                <MemberLine member={m} agreement={agreement} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function MemberLine({ member, agreement }: { member: MemberSummary; agreement: Agreement }) {
  const { t, lang } = useUi();
  return (
    <p>
      <strong>{member.name}</strong>
      {member.partnerId && <> · {partnerLabel(agreement, member.partnerId, lang)}</>} · {t(`ui.role.${member.role}`)}
      {member.representative && <> · <span class="badge">{t('ui.consent.members.representative')}</span></>}
    </p>
  );
}

function InviteForm(props: { agreement: Agreement; onInvited: (i: Invitation) => void }) {
  const { t, lang } = useUi();
  const { session } = useDraft();
  const id = useId();
  const [name, setName] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const [representative, setRepresentative] = useState(false);
  const [problem, setProblem] = useState<'name' | 'partner' | 'viewer' | null>(null);
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setProblem('name');
    if (representative && !partnerId) return setProblem('partner');
    if (representative && role === 'viewer') return setProblem('viewer');
    const input = { name: name.trim().slice(0, 80), partnerId: partnerId || null, role, representative };
    const invitation = await action.run(() => inviteMember(apiTarget(session), input), t('ui.consent.members.invited', { name: input.name }));
    if (!invitation) return;
    props.onInvited(invitation);
    setName('');
    setRepresentative(false);
  };
  return (
    <form class="card invite" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h4 id={`${id}-h`}>{t('ui.consent.members.invite')}</h4>
      <div class="field">
        <label for={`${id}-name`}>{t('ui.consent.members.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          aria-invalid={problem === 'name' || undefined}
          aria-describedby={problem === 'name' ? `${id}-problem` : undefined}
          onInput={(e) => (setName(e.currentTarget.value), setProblem(null))}
          data-testid="invite-name"
        />
      </div>
      <div class="field">
        <label for={`${id}-partner`}>{t('ui.consent.members.partner')}</label>
        <select
          id={`${id}-partner`}
          value={partnerId}
          aria-invalid={problem === 'partner' || undefined}
          aria-describedby={problem === 'partner' ? `${id}-problem` : `${id}-partner-hint`}
          onChange={(e) => (setPartnerId(e.currentTarget.value), setProblem(null))}
          data-testid="invite-partner"
        >
          <option value="">{t('ui.consent.members.noPartner')}</option>
          {props.agreement.partners.map((p) => (
            <option key={p.id} value={p.id}>{partnerLabel(props.agreement, p.id, lang)}</option>
          ))}
        </select>
        {props.agreement.partners.length === 0 && <p class="hint" id={`${id}-partner-hint`}>{t('ui.consent.members.noPartners')}</p>}
      </div>
      <div class="field">
        <label for={`${id}-role`}>{t('ui.consent.members.role')}</label>
        <select id={`${id}-role`} value={role} aria-invalid={problem === 'viewer' || undefined} aria-describedby={problem === 'viewer' ? `${id}-problem` : undefined} onChange={(e) => (setRole(e.currentTarget.value as MemberRole), setProblem(null))} data-testid="invite-role">
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>{t(`ui.role.${r}`)}</option>
          ))}
        </select>
      </div>
      <div class="field rep-check">
        <input id={`${id}-rep`} type="checkbox" checked={representative} onChange={(e) => (setRepresentative(e.currentTarget.checked), setProblem(null))} aria-describedby={`${id}-rep-hint`} data-testid="invite-representative" />
        <label for={`${id}-rep`}>{t('ui.consent.members.representativeLabel')}</label>
        <p class="hint" id={`${id}-rep-hint`}>{t('ui.consent.members.representativeHint')}</p>
      </div>
      {problem && <p class="field-message" id={`${id}-problem`}>{t(problem === 'name' ? 'ui.consent.members.nameNeeded' : problem === 'partner' ? 'ui.consent.members.partnerNeeded' : 'ui.consent.members.viewerNeeded')}</p>}
      <button type="submit" disabled={action.busy} data-testid="invite-submit">{t('ui.consent.members.inviteButton')}</button>
      {action.error && <p class="warning">{action.error}</p>}
    </form>
  );
}

/** The personal link, shown once: the server keeps only a hash of its token. */
function OneTimeLink({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  const { t, host } = useUi();
  const { session } = useDraft();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [invitation]);
  const link = invitation.link || encodeShareLink({ base: session.draft.serverUrl, draftId: session.draft.id, token: invitation.token });
  return (
    <div class="card one-time" role="group" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} tabIndex={-1} ref={heading}>{t('ui.consent.members.linkFor', { name: invitation.member.name })}</h4>
      <p class="warning">{t('ui.consent.members.linkOnce')}</p>
      <input class="link" readOnly value={link} aria-label={t('ui.consent.members.linkFor', { name: invitation.member.name })} data-testid="invite-link" />
      <div class="actions">
        <CopyButton copy={() => host.copy({ html: '', text: link })} announce={t('ui.share.copied')} failed={t('ui.share.copyFailed')}>
          {t('ui.share.copy')}
        </CopyButton>
        <button type="button" class="quiet" onClick={onDone}>{t('ui.consent.members.linkDone')}</button>
      </div>
    </div>
  );
}
