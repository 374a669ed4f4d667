/// <reference types="office-js" />
// The task-pane entry: wait for Office (with a timeout), then render the task pane — with
// the Word host inside Word (its platform, build and requirement sets read here, once), with
// copy and download in an ordinary browser.
import { render } from 'preact';
import '../../core/ui/styles.css';
import './taskpane.css';
import { localStorageStore } from '../../core/ui/index.js';
import { wordPlatform } from '../platform.js';
import { openNewDocument } from '../word-adapter.js';
import { detectOffice, type OfficeLike } from './office-ready.js';
import { TaskPane, type WordEnv } from './TaskPane.js';

const office = (globalThis as unknown as { Office?: OfficeLike & typeof Office }).Office;
const state = await detectOffice(office);
const isSetSupported = (name: string, version: string): boolean => office?.context.requirements.isSetSupported(name, version) ?? false;
const run: WordEnv['run'] = (batch) => Word.run(batch);
const word: WordEnv | undefined =
  state.kind === 'word' && office
    ? {
        run,
        isSetSupported,
        platform: wordPlatform({ platform: String(office.context.platform ?? state.platform ?? ''), version: office.context.diagnostics?.version, isSetSupported }),
        ...(isSetSupported('WordApi', '1.3') ? { openEmptyDocument: () => openNewDocument(run) } : {}),
        ...(office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')
          ? { openBrowserWindow: (url: string) => office.context.ui.openBrowserWindow(url) }
          : {}),
      }
    : undefined;

render(
  <TaskPane state={state} {...(word ? { word } : {})} store={localStorageStore('samenspel-word:')} serverUrl={window.location.origin} />,
  document.getElementById('app')!,
);
