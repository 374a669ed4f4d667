// An open draft: header with title and sync status (a live region), the workspace tabs and
// the chosen screen. Viewers get every editing control disabled. A draft deleted on the
// server is wiped from this device at once, unless something kept only here (unsaved
// changes, personal interests) is to be copied first. Only the agreement's screen is part of
// the first chunk; the other tabs come when first shown (lazy-screen.tsx).
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AgreementScreen, type PartId } from './agreement/AgreementScreen.js';
import { useAnnotatorLink } from './annotations/use-annotator.js';
import { DraftContext, useUi } from './context.js';
// Part of the first chunk all the same: ReadOnlyNotice and others use its download helpers.
import type { GuideStep } from './guide/guide-steps.js';
import { Editable } from './fields/Editable.js';
import { TextField } from './fields/TextField.js';
import { lazyScreen, preloadScreens } from './lazy-screen.js';
import { PresenceControl, type Me } from './PresenceDialog.js';
import { readTracked } from './read-tracking.js';
import { personalItems, ReadOnlyNotice, writingStopped } from './ReadOnlyNotice.js';
import type { DraftSession } from './session.js';
import { statusText } from './status-text.js';
import type { RecentDraft } from './storage.js';
import { useAgreement, usePrivate, useSyncStatus } from './use-doc.js';

// Every tab but the agreement is loaded when first shown (and fetched while the page is idle).
const OverviewScreen = lazyScreen(() => import('./guide/OverviewScreen.js').then((m) => m.OverviewScreen));
const GuideScreen = lazyScreen(() => import('./guide/GuideScreen.js').then((m) => m.GuideScreen));
const AnnotationsScreen = lazyScreen(() => import('./annotations/AnnotationsScreen.js').then((m) => m.AnnotationsScreen));
const ChecklistsScreen = lazyScreen(() => import('./ChecklistsScreen.js').then((m) => m.ChecklistsScreen));
const TemplatesScreen = lazyScreen(() => import('./TemplatesScreen.js').then((m) => m.TemplatesScreen));
const HealthScreen = lazyScreen(() => import('./HealthScreen.js').then((m) => m.HealthScreen));
const ConsentScreen = lazyScreen(() => import('./consent/ConsentScreen.js').then((m) => m.ConsentScreen));
const ShareScreen = lazyScreen(() => import('./ShareScreen.js').then((m) => m.ShareScreen));
const ExportScreen = lazyScreen(() => import('./ExportScreen.js').then((m) => m.ExportScreen));

export const TABS = ['overview', 'guide', 'agreement', 'annotations', 'checklists', 'templates', 'health', 'consent', 'share', 'export'] as const;
export type TabId = (typeof TABS)[number];

export interface DraftViewProps {
  session: DraftSession;
  /** Just created with "Stap voor stap beginnen": open in the guided start. */
  guided?: boolean;
  onClose: () => void;
  /** The draft was deleted on the server: wipe this device's copy. */
  onGone?: () => void;
  /** The owner deletes the draft for everyone; false when the server did not. */
  onDelete?: () => Promise<boolean>;
  onTitle: (title: string) => void;
  onTokens: (draft: RecentDraft) => void;
  langSwitch: ComponentChildren;
  /** Who this person is for the partners, and how to change it. */
  me: Me;
  onMe: (me: Me) => void;
}

export function DraftView(props: DraftViewProps) {
  const { t, host } = useUi();
  const { session } = props;
  const agreement = useAgreement(session.doc);
  const status = useSyncStatus(session);
  const keptHere = personalItems(usePrivate(session.privateDoc)).length > 0;
  const deleted = status.kind === 'error' && status.code === 'draft-deleted';
  const readOnly = session.draft.role === 'viewer' || status.readOnly || writingStopped(status);
  const link = useAnnotatorLink(host.annotator, session, agreement, readOnly);
  const [tab, setTab] = useState<TabId>(props.guided ? 'guide' : 'agreement');
  const [part, setPart] = useState<PartId>('partners');
  const [guideStep, setGuideStep] = useState<GuideStep>('start');
  /** From the overview or the guide to a part of the agreement. */
  const toPart = (p: PartId) => {
    setPart(p);
    setTab('agreement');
  };
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const title = agreement.meta.title.trim();
  // One object while session and role stay: a new one would re-render every field of the draft per change.
  const draftEnv = useMemo(() => ({ session, readOnly }), [session, readOnly]);

  useEffect(() => {
    if (title && title !== session.draft.title) props.onTitle(title);
  }, [title]);
  useEffect(() => {
    if (deleted && status.unsaved === 0 && !keptHere) props.onGone?.();
  }, [deleted]);
  useEffect(() => {
    session.setWhere({ part: tab === 'agreement' ? part : tab });
  }, [tab, part]);
  useEffect(preloadScreens, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [tab]);

  return (
    <DraftContext.Provider value={draftEnv}>
      <header class="top">
        <p class="brand">Samenspel</p>
        <p class="draft-title">{title || t('doc.untitled')}</p>
        <p class={`sync sync-${status.kind}`} data-testid="sync-status">
          {statusText(status, t)}
        </p>
        <SyncAnnouncer text={statusText(status, t)} quiet={status.kind === 'unsaved'} />
        {readOnly && <p class="badge">{t('ui.readOnly')}</p>}
        <PresenceControl me={props.me} onMe={props.onMe} />
        {props.langSwitch}
        <button type="button" class="quiet" onClick={props.onClose}>{t('ui.close')}</button>
      </header>
      <ReadOnlyNotice status={status} agreement={agreement} onErase={props.onGone} />
      <nav class="tabs" aria-label={t('ui.tabs.nav')}>
        <ul>
          {TABS.map((id) => (
            <li key={id}>
              <button type="button" aria-current={id === tab ? 'page' : undefined} onClick={() => setTab(id)}>
                {t(`ui.tab.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <h1 class="visually-hidden">{title || t('doc.untitled')}</h1>
        {tab === 'agreement' ? (
          <>
            <Editable readOnly={readOnly}>
              <TrackedMetaFields agreement={agreement} />
            </Editable>
            <AgreementScreen agreement={agreement} part={part} onPart={setPart} readOnly={readOnly} />
          </>
        ) : (
          <section aria-labelledby="screen-title">
            <h2 id="screen-title" tabIndex={-1} ref={heading}>{t(`ui.tab.${tab}`)}</h2>
            {tab === 'overview' && (
              <OverviewScreen
                agreement={agreement}
                readOnly={readOnly}
                onPart={toPart}
                onGuide={(c) => {
                  setGuideStep(c);
                  setTab('guide');
                }}
              />
            )}
            {tab === 'guide' && (
              <GuideScreen agreement={agreement} readOnly={readOnly} step={guideStep} onStep={setGuideStep} onPart={toPart} onOverview={() => setTab('overview')} />
            )}
            {tab === 'checklists' && (
              <Editable readOnly={readOnly}>
                <ChecklistsScreen agreement={agreement} />
              </Editable>
            )}
            {tab === 'templates' && <TemplatesScreen agreement={agreement} />}
            {tab === 'health' && (
              <Editable readOnly={readOnly}>
                <HealthScreen agreement={agreement} />
              </Editable>
            )}
            {tab === 'annotations' && <AnnotationsScreen agreement={agreement} link={link} />}
            {tab === 'consent' && <ConsentScreen agreement={agreement} readOnly={readOnly} />}
            {tab === 'share' && <ShareScreen title={title} onTokens={props.onTokens} onDelete={props.onDelete} />}
            {tab === 'export' && <ExportScreen agreement={agreement} />}
          </section>
        )}
      </main>
    </DraftContext.Provider>
  );
}

/**
 * The live region for the sync status. Typing flips between "saving" and "saved" on every
 * keystroke; only changes that matter (offline, back online, errors) are announced.
 */
function SyncAnnouncer({ text, quiet }: { text: string; quiet: boolean }) {
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    if (!quiet) setAnnounced(text);
  }, [text, quiet]);
  return (
    <p class="visually-hidden" role="status">
      {announced}
    </p>
  );
}

/** Re-rendered only when the plan kind changes, not per keystroke elsewhere (read-tracking.ts). */
const TrackedMetaFields = readTracked(MetaFields);

/** The draft's title; the kind of plan is asked in the guided start and the overview. */
function MetaFields(_props: { agreement: ReturnType<typeof useAgreement> }) {
  const { t } = useUi();
  return (
    <details class="meta">
      <summary>{t('ui.meta.title')}</summary>
      <TextField label={t('ui.meta.draftTitle')} text={{ section: 'meta', field: 'title' }} />
    </details>
  );
}
