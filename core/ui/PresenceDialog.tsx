// Who you are, for the partners: asked in a small dialog when a draft is opened on a device
// that does not know your name yet (remembered there, changeable any time from the header),
// effective at once. The dialog sits in the page below the header and blocks nothing: a
// person who only wants to read can ignore it or choose "Later". A person with a personal
// invitation is not asked: the server stamps their name and the partner they represent on
// their presence, so the header shows that, as the partners see it, marked as verified
// (the partners see the same mark: consent/PeerIdentity.tsx).
import { useContext, useEffect, useId, useRef, useState } from 'preact/hooks';
import { partnerLabel } from '../agreement/index.js';
import { useServerRecords, useWhoAmI } from './consent/use-consent.js';
import { DraftContext, useUi } from './context.js';
import type { DraftSession } from './session.js';
import { useAgreement } from './use-doc.js';

export interface Me {
  name: string;
  organisation: string;
}

/** The header's "you are …" button, and the dialog that sets it. Opens by itself while no name is known. */
export function PresenceControl(props: { me: Me; onMe: (me: Me) => void }) {
  const draft = useContext(DraftContext);
  return draft ? <DraftPresence session={draft.session} {...props} /> : <AskedPresence {...props} />;
}

/** In a draft: the invited member's own name and partner, or else the name this device asked. */
function DraftPresence(props: { session: DraftSession; me: Me; onMe: (me: Me) => void }) {
  const { t, lang } = useUi();
  const who = useWhoAmI(props.session);
  const agreement = useAgreement(props.session.doc);
  const { members } = useServerRecords(props.session);
  // The server's record, as mirrored in the doc (a rename shows at once), else the answer of whoami.
  const member = who?.member ? (members.find((m) => m.id === who.member!.id) ?? who.member) : null;
  const organisation = member?.partnerId ? partnerLabel(agreement, member.partnerId, lang) : '';
  useEffect(() => {
    if (member) props.session.setPresence({ name: member.name, organisation });
  }, [member?.name, organisation]);
  if (!member) return <AskedPresence me={props.me} onMe={props.onMe} />;
  return (
    <p class="me verified" data-testid="me">
      {t('ui.me.button', { name: label({ name: member.name, organisation }) })}{' '}
      <span class="badge" aria-hidden="true">{t('ui.consent.presence.badgeVerified')}</span>
      <span class="visually-hidden"> {t('ui.consent.presence.verified')}</span>
    </p>
  );
}

function AskedPresence(props: { me: Me; onMe: (me: Me) => void }) {
  const { t } = useUi();
  const [open, setOpen] = useState(!props.me.name.trim());
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" class="quiet me" ref={trigger} onClick={() => setOpen(true)} data-testid="me">
        {props.me.name.trim() ? t('ui.me.button', { name: label(props.me) }) : t('ui.me.buttonUnknown')}
      </button>
      {open && (
        <PresenceDialog
          me={props.me}
          onClose={(me) => {
            setOpen(false);
            if (me) props.onMe(me);
            trigger.current?.focus();
          }}
        />
      )}
    </>
  );
}

const label = (me: Me) => (me.organisation.trim() ? `${me.name.trim()} (${me.organisation.trim()})` : me.name.trim());

function PresenceDialog(props: { me: Me; onClose: (me: Me | null) => void }) {
  const { t } = useUi();
  const id = useId();
  const [name, setName] = useState(props.me.name);
  const [organisation, setOrganisation] = useState(props.me.organisation);
  const [error, setError] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(true);
      return;
    }
    props.onClose({ name: name.trim().slice(0, 80), organisation: organisation.trim().slice(0, 120) });
  };
  return (
    <dialog open class="me-dialog" aria-labelledby={`${id}-title`} onKeyDown={(e) => e.key === 'Escape' && props.onClose(null)}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('ui.me.title')}</h2>
        <p class="hint">{t('ui.me.explain')}</p>
        <div class="field">
          <label for={`${id}-name`}>{t('ui.me.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            autoComplete="name"
            aria-invalid={error || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => (setName(e.currentTarget.value), setError(false))}
          />
          {error && (
            <p class="field-message" id={`${id}-error`}>
              {t('ui.me.nameNeeded')}
            </p>
          )}
        </div>
        <div class="field">
          <label for={`${id}-org`}>{t('ui.me.organisation')}</label>
          <input id={`${id}-org`} value={organisation} autoComplete="organization" onInput={(e) => setOrganisation(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit">{t('ui.me.save')}</button>
          <button type="button" class="quiet" onClick={() => props.onClose(null)}>
            {t('ui.me.later')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
