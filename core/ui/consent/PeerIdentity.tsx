// Who a peer is, and whether the server vouches for it: a person who came in with a personal
// invitation carries the server-stamped member id (core/sync/presence.ts), so their name and
// organisation are the server's record ("uitgenodigd"); a person with a link per role typed
// their name themselves ("naam zelf ingevuld"). Shown visibly as a badge and, in full, to
// screen readers. PeerList is the "who is here" list of the Delen screen.
import type { Peer } from '../../sync/presence.js';
import { useUi } from '../context.js';

export type PeerLike = Pick<Peer, 'name' | 'organisation' | 'memberId'> & Partial<Pick<Peer, 'readOnly'>>;

export const isVerified = (p: PeerLike): boolean => typeof p.memberId === 'string' && p.memberId.length > 0;

export function PeerIdentity(props: { peer: PeerLike }) {
  const { t } = useUi();
  const { peer } = props;
  const verified = isVerified(peer);
  return (
    <span class="peer-identity" data-verified={verified ? 'true' : 'false'}>
      {peer.name}
      {peer.organisation && ` (${peer.organisation})`}{' '}
      <span class="badge" aria-hidden="true">
        {verified ? t('ui.consent.presence.badgeVerified') : t('ui.consent.presence.badgeTyped')}
      </span>
      <span class="visually-hidden">{verified ? t('ui.consent.presence.peerVerified') : t('ui.consent.presence.peerTyped')}</span>
    </span>
  );
}

export function PeerList(props: { peers: readonly (PeerLike & Pick<Peer, 'clientId' | 'colour'>)[] }) {
  const { t } = useUi();
  return (
    <ul class="peers plain" data-testid="peer-list">
      {props.peers.map((p) => (
        <li key={p.clientId}>
          <span class="dot" style={{ background: p.colour }} aria-hidden="true" /> <PeerIdentity peer={p} />
          {p.readOnly && ` · ${t('ui.role.viewer')}`}
        </li>
      ))}
    </ul>
  );
}
