/// <reference types="office-js" />
// The task-pane entry: wait for Office (with a timeout), then render the task pane — with
// the Word host inside Word, with copy and download in an ordinary browser.
import { render } from 'preact';
import '../../core/ui/styles.css';
import './taskpane.css';
import { localStorageStore } from '../../core/ui/index.js';
import { detectOffice, type OfficeLike } from './office-ready.js';
import { TaskPane, type WordEnv } from './TaskPane.js';

const office = (globalThis as unknown as { Office?: OfficeLike & typeof Office }).Office;
const state = await detectOffice(office);
const word: WordEnv | undefined =
  state.kind === 'word' && office
    ? {
        run: (batch) => Word.run(batch),
        isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
        ...(office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')
          ? { openBrowserWindow: (url: string) => office.context.ui.openBrowserWindow(url) }
          : {}),
      }
    : undefined;

render(
  <TaskPane state={state} {...(word ? { word } : {})} store={localStorageStore('samenspel-word:')} serverUrl={window.location.origin} />,
  document.getElementById('app')!,
);
