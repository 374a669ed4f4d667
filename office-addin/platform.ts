// Which Word we run in and what it can do (pure): the platform, the Word build and the
// requirement sets, read once at start-up, and from them how sections are anchored. Where
// inserting content controls is known to break Word (the rule below, kept as data), sections
// go in as plain paragraphs found again by a hidden bookmark; elsewhere as content controls.

/** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", "Android", "Universal". */
export type Platform = string;

/** A known Word bug that makes content-control insertion unsafe on a platform. */
export interface ControlBreak {
  platform: Platform;
  /** The public reports (github.com/OfficeDev/office-js/issues/…). */
  issues: readonly string[];
  /** The first Word build known to be fixed (Office.context.diagnostics.version); null: none yet. */
  fixedIn: string | null;
}

/**
 * Where `insertContentControl()` breaks saving: Word for the web drops the editor out of
 * real-time collaboration and autosave fails (office-js#6590, a regression since March 2026),
 * or shows a reload banner (office-js#6657). Put a build number in `fixedIn` once Microsoft
 * ships the fix; from that build on, Word for the web uses content controls again.
 */
export const CONTROL_BREAKS: readonly ControlBreak[] = [{ platform: 'OfficeOnline', issues: ['office-js#6590', 'office-js#6657'], fixedIn: null }];

/** The requirement sets the self-test reports; the adapter needs WordApi 1.3, bookmarks and custom XML parts need 1.4. */
export const REPORTED_SETS: readonly (readonly [string, string])[] = [
  ['WordApi', '1.1'],
  ['WordApi', '1.2'],
  ['WordApi', '1.3'],
  ['WordApi', '1.4'],
  ['WordApi', '1.5'],
  ['WordApi', '1.6'],
  ['WordApi', '1.7'],
  ['WordApi', '1.8'],
  ['WordApi', '1.9'],
  ['WordApiDesktop', '1.1'],
  ['WordApiHiddenDocument', '1.5'],
];

/** How new sections are anchored: a content control (desktop), or plain paragraphs with a hidden bookmark. */
export type AnchorKind = 'control' | 'bookmark';

export interface WordPlatform {
  platform: Platform;
  /** The Word build, e.g. "16.0.18526.20000"; null when Office does not say. */
  version: string | null;
  /** Each reported set with whether this Word supports it. */
  sets: { name: string; version: string; supported: boolean }[];
  /** How new sections go in. */
  anchor: AnchorKind;
  /** Bookmarks and custom XML parts can be read (WordApi 1.4): sections inserted elsewhere as bookmarks are found. */
  readsBookmarks: boolean;
  /** The rule that chose bookmarks, if one did. */
  controlBreak: ControlBreak | null;
}

/** Compare dotted build numbers ("16.0.18526.20000"), part by part. */
export function compareBuilds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The rule that makes content controls unsafe here, or null. */
export function controlBreakFor(platform: Platform, version: string | null, breaks: readonly ControlBreak[] = CONTROL_BREAKS): ControlBreak | null {
  return breaks.find((b) => b.platform === platform && (b.fixedIn === null || version === null || compareBuilds(version, b.fixedIn) < 0)) ?? null;
}

export interface PlatformFacts {
  platform: Platform | null | undefined;
  version: string | null | undefined;
  isSetSupported: (name: string, version: string) => boolean;
}

/** What the add-in makes of the Word it runs in. */
export function wordPlatform(facts: PlatformFacts, breaks: readonly ControlBreak[] = CONTROL_BREAKS): WordPlatform {
  const platform = facts.platform || 'unknown';
  const version = facts.version || null;
  const sets = REPORTED_SETS.map(([name, v]) => ({ name, version: v, supported: facts.isSetSupported(name, v) }));
  const readsBookmarks = facts.isSetSupported('WordApi', '1.4');
  const controlBreak = controlBreakFor(platform, version, breaks);
  return { platform, version, sets, anchor: controlBreak && readsBookmarks ? 'bookmark' : 'control', readsBookmarks, controlBreak };
}

/** A Word that supports every set and keeps content controls (desktop); the default in tests and outside Office. */
export const DESKTOP_WORD: WordPlatform = wordPlatform({ platform: 'PC', version: null, isSetSupported: () => true });
