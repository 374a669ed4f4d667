// The side panel (Chrome) / sidebar (Firefox): the workspace with the extension's host and
// storage. The panel owns the drafts: they live in the extension origin's IndexedDB.
import { render } from 'preact';
import '../../../core/ui/styles.css';
import { Workspace } from '../../../core/ui/Workspace.js';
import { extensionHost } from '../../lib/extension-host.js';
import { extensionStore } from '../../lib/extension-store.js';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

render(<Workspace host={extensionHost()} store={extensionStore()} defaultServerUrl={DEFAULT_SERVER_URL} reopenLast />, document.getElementById('app')!);
