// The side panel's link with the page annotator: answers `ready` with the page's
// annotations and the partners, stores what the toolbar creates (shared doc or private
// doc), keeps the anchoring status per annotation and which one was clicked on the page.
// The partner whose website the page is on comes first, so the toolbar picks it by default.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../anchoring/annotation.js';
import { annotationService, partnerLabel, partnerOfPage, readAnnotations, type Agreement } from '../../agreement/index.js';
import { useReported, useUi } from '../context.js';
import type { AnnotatorBridge } from '../host.js';
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

export function useAnnotatorLink(bridge: AnnotatorBridge | undefined, session: DraftSession, agreement: Agreement, readOnly: boolean): AnnotatorLink {
  const annotations = useAnnotations(session);
  const { lang } = useUi();
  const report = useReported();
  const [pages, setPages] = useState<Map<number, { url: string; title: string }>>(new Map());
  const [status, setStatus] = useState<Map<string, AnchorStatus>>(new Map());
  const [current, setCurrent] = useState<{ id: number; url: string } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const partners = useMemo(
    () => agreement.partners.map((p) => ({ id: p.id, name: partnerLabel(agreement, p.id, lang).slice(0, 200), origins: p.origins })),
    [agreement.partners, lang],
  );
  const latest = useRef({ annotations, partners, readOnly, pages, lang, report });
  latest.current = { annotations, partners, readOnly, pages, lang, report };

  const load = (tabId: number, url: string) => {
    const { annotations: all, partners: ps, lang: l } = latest.current;
    const own = partnerOfPage({ partners: ps }, url);
    const ordered = [...ps.filter((p) => p.id === own), ...ps.filter((p) => p.id !== own)].map(({ id, name }) => ({ id, name }));
    bridge?.send(tabId, { type: 'annotator/load', url, annotations: all.filter((a) => a.url === url), partners: ordered, lang: l });
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
          // Personal ones and a viewer's stay private; a refused write is announced.
          latest.current.report(() => annotationService(session).create(m.draft, !latest.current.readOnly));
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

  // Every change to the annotations, the partners or the language goes to the pages showing them.
  useEffect(() => {
    for (const [tabId, page] of pages) load(tabId, page.url);
  }, [annotations, partners, lang]);

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
