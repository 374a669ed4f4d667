// The host interface: all the workspace UI asks of its surroundings. The extension side
// panel, the web page and the Word task pane each provide one; the UI never touches
// browser.*, chrome.* or Word.* itself.
import type { RenderDocument, Section } from '../render/blocks.js';

export type HostKind = 'extension' | 'web' | 'word';

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

export interface PageInfo {
  url: string;
  title: string;
}

export interface Host {
  readonly kind: HostKind;
  /** Put rich text (HTML) and plain text on the clipboard. */
  copy(content: { html: string; text: string }): Promise<HostOutcome>;
  /** Open a link in a new tab or the system browser. */
  openLink(url: string): void;
  /** Offer a file for download (exports). */
  download(file: { name: string; mime: string; bytes: Uint8Array }): Promise<HostOutcome>;
  /** Insert at the cursor or into the focused editable field; absent when this host cannot insert. */
  insert?(request: InsertRequest): Promise<HostOutcome>;
  /** The page the user is looking at (extension only). */
  currentPage?(): Promise<PageInfo | null>;
  /** Ask for access to a server before talking to it (extension optional host permissions); absent when not needed. */
  requestAccess?(serverUrl: string): Promise<boolean>;
}
