// Deleting a draft for everyone: the owner's DELETE on the server, which also closes every
// partner's connection with 'draft-deleted' (each of them then wipes their own copy).
import { ServerError } from './server-api.js';

export async function deleteRemoteDraft(serverUrl: string, draftId: string, ownerToken: string): Promise<void> {
  const res = await fetch(`${serverUrl.replace(/\/+$/, '')}/api/drafts/${encodeURIComponent(draftId)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${ownerToken}` },
  });
  if (!res.ok) throw new ServerError(`http-${res.status}`, res.statusText, res.status);
}
