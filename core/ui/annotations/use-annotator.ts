// The side panel's link with the page annotator: answers `ready` with the page's
// annotations and the partners, stores what the toolbar creates (shared doc or private
// doc), keeps the anchoring status per annotation and which one was clicked on the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { annotationSchema, type Annotation } from '../../anchoring/annotation.js';
import * as v from 'valibot';
import { addAnnotation, linkInterest, newId, readAnnotations, type Agreement } from '../../agreement/index.js';
import type { AnnotatorBridge, FromPageMessage } from '../host.js';
import type { DraftSession } from '../session.js';
import { useDocValue } from '../use-doc.js';

export type AnchorStatus = 'anchored' | 'orphaned';

export interface AnnotatorLink {
  annotations: Annotation[];
  /** Tabs with a running annotator, by tab id. */
  pages: ReadonlyMap<number, { url: string; title: string }>;
  status: ReadonlyMap<string, AnchorStatus>;
  current: { id: number; url: string } | null;
  activeId: string | null;
  activate(): Promise<boolean>;
  scrollTo(a: Annotation): void;
  refresh(): void;
}

export function useAnnotations(session: DraftSession): Annotation[] {
  const shared = useDocValue(session.doc, (d) => readAnnotations(d, true));
  const priv = useDocValue(session.privateDoc, (d) => readAnnotations(d, false));
  return useMemo(() => [...shared, ...priv], [shared, priv]);
}

/** Build, validate and store a draft from the toolbar; personal ones and viewers' stay private. */
export function storeDraft(session: DraftSession, draft: Extract<FromPageMessage, { type: 'annotator/create' }>['draft'], readOnly: boolean): Annotation | null {
  const now = new Date().toISOString();
  const visibility = draft.level === 'personal' || readOnly ? 'private' : draft.visibility;
  const parsed = v.safeParse(annotationSchema, { ...draft, id: newId(), visibility, created: now, modified: now });
  if (!parsed.success) return null;
  const a = parsed.output as Annotation;
  if (a.visibility === 'shared') {
    addAnnotation(session.doc, a);
    linkInterest(session.doc, a);
  } else addAnnotation(session.privateDoc, a);
  return a;
}

export function useAnnotatorLink(bridge: AnnotatorBridge | undefined, session: DraftSession, agreement: Agreement, readOnly: boolean): AnnotatorLink {
  const annotations = useAnnotations(session);
  const [pages, setPages] = useState<Map<number, { url: string; title: string }>>(new Map());
  const [status, setStatus] = useState<Map<string, AnchorStatus>>(new Map());
  const [current, setCurrent] = useState<{ id: number; url: string } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const partners = useMemo(
    () => agreement.partners.map((p, i) => ({ id: p.id, name: p.name.trim().slice(0, 200) || `Partner ${i + 1}` })),
    [agreement.partners],
  );
  const latest = useRef({ annotations, partners, readOnly, pages });
  latest.current = { annotations, partners, readOnly, pages };

  const load = (tabId: number, url: string) => {
    const { annotations: all, partners: ps } = latest.current;
    bridge?.send(tabId, { type: 'annotator/load', url, annotations: all.filter((a) => a.url === url), partners: ps });
  };
  const refresh = () => void bridge?.currentTab().then(setCurrent, () => setCurrent(null));

  useEffect(() => {
    if (!bridge) return undefined;
    refresh();
    const timer = setInterval(refresh, 1500);
    const off = bridge.onMessage((tabId, m) => {
      switch (m.type) {
        case 'annotator/ready':
          setPages((old) => new Map(old).set(tabId, { url: m.url, title: m.title }));
          load(tabId, m.url);
          refresh();
          return;
        case 'annotator/create':
          storeDraft(session, m.draft, latest.current.readOnly);
          return;
        case 'annotator/anchored':
          setStatus((old) => {
            const next = new Map(old);
            for (const r of m.results) next.set(r.id, r.status);
            return next;
          });
          return;
        case 'annotator/activated':
          setActiveId(m.id);
          return;
      }
    });
    const offGone = bridge.onTabGone((tabId) =>
      setPages((old) => {
        if (!old.has(tabId)) return old;
        const next = new Map(old);
        next.delete(tabId);
        return next;
      }),
    );
    return () => {
      off();
      offGone();
      clearInterval(timer);
    };
  }, [bridge, session]);

  // Every change to the annotations or the partners goes to the pages showing them.
  useEffect(() => {
    for (const [tabId, page] of pages) load(tabId, page.url);
  }, [annotations, partners]);

  return {
    annotations,
    pages,
    status,
    current,
    activeId,
    async activate() {
      const tab = current ?? (await bridge?.currentTab()) ?? null;
      if (!bridge || !tab) return false;
      return bridge.activate(tab.id);
    },
    scrollTo(a) {
      for (const [tabId, page] of latest.current.pages) if (page.url === a.url) bridge?.send(tabId, { type: 'annotator/scroll-to', id: a.id });
    },
    refresh,
  };
}
