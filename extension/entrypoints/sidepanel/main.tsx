// The side panel (Chrome) / sidebar (Firefox): the workspace with the extension's host and
// storage. The panel owns the drafts: they live in the extension origin's IndexedDB. There is
// no built-in server: the user picks one when creating the first draft (or in Instellingen),
// and a pasted share link brings its own. A development build suggests the local server.
import { render } from 'preact';
import '../../../core/ui/styles.css';
import { Workspace } from '../../../core/ui/Workspace.js';
import { extensionHost } from '../../lib/extension-host.js';
import { extensionStore } from '../../lib/extension-store.js';

const serverPlaceholder = import.meta.env.DEV ? 'http://127.0.0.1:8787' : undefined;

render(<Workspace host={extensionHost()} store={extensionStore()} serverPlaceholder={serverPlaceholder} reopenLast />, document.getElementById('app')!);
