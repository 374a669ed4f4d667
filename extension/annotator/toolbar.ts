// The small toolbar shown next to a text selection: "Markeer als belang van …" with
// partner, level, condition and note, labelled from the catalogue in the workspace's
// language. Built with DOM APIs inside a closed shadow root, so the page's CSS and scripts
// cannot reach it; every text (labels, partner names, the quote) is set with textContent,
// never as HTML.
import { CONDITION_IDS } from '../../core/knowledge/condition-ids.js';
import { ANNOTATION_LEVELS, type AnnotationLevel, type Visibility } from '../../core/anchoring/annotation.js';
import type { Lang } from '../../core/i18n/locales.js';
import { uiAnnotatorEn } from '../../core/i18n/ui-annotator-en.js';
import { uiAnnotatorNl } from '../../core/i18n/ui-annotator-nl.js';
import type { ConditionId } from '../../core/knowledge/types.js';
import { UI_ATTRIBUTE } from './page-text.js';
import type { Partner } from '../../core/anchoring/messages.js';

type LabelKey = keyof typeof uiAnnotatorNl;
/** Only the catalogue's toolbar part, so the content script stays small. */
const LABELS: Record<Lang, Record<LabelKey, string>> = { nl: uiAnnotatorNl, en: uiAnnotatorEn };

export interface ToolbarValues {
  partnerId: string;
  level: AnnotationLevel;
  conditionId: ConditionId | null;
  note: string;
  visibility: Visibility;
}

export interface ToolbarOptions {
  partners: readonly Partner[];
  onSubmit(values: ToolbarValues): void;
  onCancel?(): void;
}

export interface SelectionToolbar {
  /** The host element in the page (marked as Samenspel UI). */
  readonly host: HTMLElement;
  /** The closed shadow root: reachable from this object only, not from the page. */
  readonly root: ShadowRoot;
  /** Show near viewport point (x, y) for the selected `quote`. */
  open(quote: string, x: number, y: number): void;
  close(): void;
  isOpen(): boolean;
  setPartners(partners: readonly Partner[]): void;
  /** Show the labels in the workspace's language (Dutch until then). */
  setLang(lang: Lang): void;
  destroy(): void;
}

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
:host([hidden]) { display: none; }
form { font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; background: #fff; border: 1px solid #767676;
  border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 10px; width: 300px; display: grid; gap: 6px; }
h2 { font-size: 15px; margin: 0; }
blockquote { margin: 0; padding-left: 6px; border-left: 3px solid #b38600; max-height: 4.2em; overflow: hidden; }
label { display: grid; gap: 2px; }
label.check { display: flex; gap: 6px; align-items: center; }
select, textarea, button { font: inherit; color: inherit; }
textarea { min-height: 3em; resize: vertical; }
.buttons { display: flex; gap: 6px; justify-content: flex-end; }
button { padding: 4px 10px; border-radius: 4px; border: 1px solid #555; background: #f2f2f2; cursor: pointer; }
button[type=submit] { background: #0b5394; color: #fff; border-color: #0b5394; }
button:disabled { opacity: .6; cursor: not-allowed; }
:focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
.hint { color: #8a1c1c; margin: 0; }
`;

export function createSelectionToolbar(doc: Document, options: ToolbarOptions): SelectionToolbar {
  const host = doc.createElement('samenspel-toolbar');
  host.setAttribute(UI_ATTRIBUTE, '');
  host.hidden = true;
  const root = host.attachShadow({ mode: 'closed' });
  let uid = 0;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  // Every element that shows a label, with its catalogue key (setLang fills them in).
  const labelled: [HTMLElement, LabelKey][] = [];
  const labelEl = <K extends keyof HTMLElementTagNameMap>(tag: K, key: LabelKey): HTMLElementTagNameMap[K] => {
    const e = el(tag);
    labelled.push([e, key]);
    return e;
  };
  const field = (key: LabelKey, control: HTMLElement): HTMLLabelElement => {
    const l = el('label');
    const span = labelEl('span', key);
    control.id = `samenspel-field-${++uid}`;
    l.htmlFor = control.id;
    l.append(span, control);
    return l;
  };

  const style = el('style', STYLE);
  const form = el('form');
  const heading = labelEl('h2', 'annotator.title');
  heading.id = 'samenspel-toolbar-title';
  form.setAttribute('aria-labelledby', heading.id);
  form.setAttribute('role', 'dialog');
  const quote = el('blockquote');
  const partner = el('select');
  partner.name = 'partner';
  const level = el('select');
  level.name = 'level';
  for (const value of ANNOTATION_LEVELS) {
    const o = labelEl('option', `annotator.level.${value}`);
    o.value = value;
    level.append(o);
  }
  const condition = el('select');
  condition.name = 'condition';
  const none = labelEl('option', 'annotator.noCondition');
  none.value = '';
  condition.append(none);
  for (const cid of CONDITION_IDS) {
    const o = labelEl('option', `annotator.condition.${cid}`);
    o.value = cid;
    condition.append(o);
  }
  const note = el('textarea');
  note.name = 'note';
  note.maxLength = 10_000;
  const privateBox = el('input');
  privateBox.type = 'checkbox';
  privateBox.name = 'private';
  const privateLabel = el('label');
  privateLabel.className = 'check';
  privateLabel.append(privateBox, labelEl('span', 'annotator.private'));
  const hint = labelEl('p', 'annotator.noPartners');
  hint.className = 'hint';
  hint.setAttribute('role', 'status');
  const save = labelEl('button', 'annotator.save');
  save.type = 'submit';
  const cancel = labelEl('button', 'annotator.cancel');
  cancel.type = 'button';
  const buttons = el('div');
  buttons.className = 'buttons';
  buttons.append(cancel, save);
  form.append(
    heading,
    quote,
    field('annotator.partner', partner),
    field('annotator.level', level),
    field('annotator.condition', condition),
    field('annotator.note', note),
    privateLabel,
    hint,
    buttons,
  );
  root.append(style, form);

  const setLang = (lang: Lang) => {
    for (const [e, key] of labelled) e.textContent = LABELS[lang][key];
  };
  setLang('nl');

  const setPartners = (partners: readonly Partner[]) => {
    partner.replaceChildren(
      ...partners.map((p) => {
        const o = el('option', p.name);
        o.value = p.id;
        return o;
      }),
    );
    const empty = partners.length === 0;
    save.disabled = empty;
    hint.hidden = !empty;
  };
  setPartners(options.partners);

  // Personal interests stay on this device unless the user unticks the box.
  level.addEventListener('change', () => {
    privateBox.checked = level.value === 'personal';
  });

  const close = () => {
    if (host.hidden) return;
    host.hidden = true;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!partner.value) return;
    options.onSubmit({
      partnerId: partner.value,
      level: level.value as AnnotationLevel,
      conditionId: (condition.value || null) as ConditionId | null,
      note: note.value,
      visibility: privateBox.checked ? 'private' : 'shared',
    });
    close();
  });
  cancel.addEventListener('click', () => {
    close();
    options.onCancel?.();
  });
  // Keys typed in the toolbar are ours: the page's shortcuts must not see them.
  form.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      close();
      options.onCancel?.();
    }
  });

  return {
    host,
    root,
    open(text, x, y) {
      quote.textContent = text.length > 300 ? `${text.slice(0, 300)}…` : text;
      note.value = '';
      level.value = 'organisational';
      condition.value = 'interests';
      privateBox.checked = false;
      const view = doc.defaultView;
      const maxX = (view?.innerWidth ?? 1024) - 320;
      const maxY = (view?.innerHeight ?? 768) - 360;
      host.style.left = `${Math.max(8, Math.min(x, maxX))}px`;
      host.style.top = `${Math.max(8, Math.min(y, maxY))}px`;
      if (!host.isConnected) doc.documentElement.append(host);
      host.hidden = false;
      (partner.options.length ? partner : cancel).focus();
    },
    close,
    isOpen: () => !host.hidden,
    setPartners,
    setLang,
    destroy() {
      host.remove();
    },
  };
}
