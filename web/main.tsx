// The web page entry: the same workspace as the side panel, served by the sync server at /
// and behind share links (/d/<id>#token=…), for partners who cannot install anything.
import { render } from 'preact';
import '../core/ui/styles.css';
import { encodeShareLink } from '../core/sync/share-link.js';
import { localStorageStore, Workspace, type RecentDraft } from '../core/ui/index.js';
import { webHost } from './host.js';
import { registerShell } from './shell.js';
import { UpdateBanner } from './UpdateBanner.js';

const origin = window.location.origin;
const initialLink = /^\/d\/[^/]+\/?$/.test(window.location.pathname) ? window.location.href : null;

function onDraftOpened(draft: RecentDraft | null) {
  if (!draft) return history.replaceState(null, '', '/');
  const token = draft.tokens[draft.role];
  if (draft.serverUrl === origin && token) {
    history.replaceState(null, '', encodeShareLink({ base: origin, draftId: draft.id, token }).slice(origin.length));
  }
}

render(
  <Workspace host={webHost()} store={localStorageStore()} defaultServerUrl={origin} fixedServerUrl initialLink={initialLink} onDraftOpened={onDraftOpened} />,
  document.getElementById('app')!,
);

// The built page keeps its shell for offline use; the dev server does not.
if (import.meta.env.PROD) {
  registerShell({ onUpdate: (apply) => render(<UpdateBanner apply={apply} />, document.getElementById('update')!) });
}
