// Vaststellen: the screen for reaching an agreed version. The consent round first (where it
// stands, and this person's own buttons when they represent a partner), then the versions,
// what changed, the open points and, for the owner, the log. Everything renders from the
// doc's `server` map; the actions are HTTP calls the server stamps.
import type { Agreement } from '../../agreement/index.js';
import { useDraft } from '../context.js';
import { AuditPanel } from './AuditPanel.js';
import { ChangesPanel } from './ChangesPanel.js';
import { OpenPointsPanel } from './OpenPointsPanel.js';
import { agreedState } from './round-state.js';
import { RoundPanel } from './RoundPanel.js';
import { useServerRecords, useWhoAmI } from './use-consent.js';
import { VersionsPanel } from './VersionsPanel.js';

export function ConsentScreen(props: { agreement: Agreement; readOnly: boolean }) {
  const { session } = useDraft();
  const records = useServerRecords(session);
  const who = useWhoAmI(session);
  const role = who?.role ?? session.draft.role;
  const owner = role === 'owner';
  const agreed = agreedState(records.round, records.versions);
  const round = records.round;
  // The log is asked again when something it records happened.
  const auditKey = [records.members.length, records.members.filter((m) => m.revokedAt).length, records.versions.length, round?.versionId, round?.status, round?.consents.length].join('/');
  return (
    <div class="consent">
      <RoundPanel round={records.round} versions={records.versions} me={who?.member ?? null} agreement={props.agreement} />
      <VersionsPanel versions={records.versions} title={props.agreement.meta.title} owner={owner} canWrite={role !== 'viewer' && !props.readOnly} />
      <ChangesPanel key={records.versions.length} versions={records.versions} defaultFrom={agreed?.versionId ?? null} />
      <OpenPointsPanel threads={records.comments} agreement={props.agreement} />
      {owner && <AuditPanel refreshKey={auditKey} />}
    </div>
  );
}
