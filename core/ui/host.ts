// The host interface: all the workspace UI asks of its surroundings. The extension side
// panel, the web page and the Word task pane each provide one; the UI never touches
// browser.*, chrome.* or Word.* itself.
import type { RenderDocument, Section } from '../render/blocks.js';
// Type-only: the annotator's message protocol (valibot schemas, no DOM) is shared with the page.
import type { FromPageMessage, ToPageMessage } from '../anchoring/messages.js';

/** A section to insert where the user is working, in every form a host might need. */
export interface InsertRequest {
  draftId: string;
  /** e.g. 'roles', or 'spuk-explanation' for whole-document parts. */
  sectionId: string;
  section: Section;
  /** The document the section belongs to (title, language), for hosts that insert whole documents. */
  document: RenderDocument;
  /** Safe HTML of the section (core/render), for web editors. */
  html: string;
  /** Plain text of the section. */
  text: string;
}

/** What happened; `message` is already translated and shown to the user as is. */
export type HostOutcome = { ok: true; message?: string } | { ok: false; message: string };

export interface Host {
  /** Put rich text (HTML) and plain text on the clipboard. */
  copy(content: { html: string; text: string }): Promise<HostOutcome>;
  /** Open a link in a new tab or the system browser. */
  openLink(url: string): void;
  /** Offer a file for download (exports). */
  download(file: { name: string; mime: string; bytes: Uint8Array }): Promise<HostOutcome>;
  /** Insert at the cursor or into the focused editable field; absent when this host cannot insert. */
  insert?(request: InsertRequest): Promise<HostOutcome>;
  /**
   * Ask the browser for access to a sync server's origin (an optional host permission). Must
   * be called within the user's click: the browser shows its prompt only then. Resolves false
   * when refused. Absent: this host reaches servers without asking (the web page, Word).
   */
  requestServerAccess?(serverUrl: string): Promise<boolean>;
  /** The page annotator (extension only). */
  annotator?: AnnotatorBridge;
}

export type { FromPageMessage, ToPageMessage };

/** How the side panel reaches the annotator content script in the user's tabs. */
export interface AnnotatorBridge {
  /** The tab the user is looking at (http(s) only). */
  currentTab(): Promise<{ id: number; url: string } | null>;
  /** Inject the annotator into that tab; false when the browser refused. */
  activate(tabId: number): Promise<boolean>;
  send(tabId: number, message: ToPageMessage): void;
  /** Checked (sender) and parsed messages of the annotator in any tab. */
  onMessage(listener: (tabId: number, message: FromPageMessage) => void): () => void;
  /** A tab started loading another page or was closed: its annotator, if any, is gone. */
  onTabGone(listener: (tabId: number) => void): () => void;
  /** Ask for the partner sites' host permission and register the annotator there. */
  enableSites(origins: string[]): Promise<boolean>;
}
