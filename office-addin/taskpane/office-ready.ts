// Is the task pane running inside Word? Office.onReady with a timeout: outside Office (a
// normal browser tab) office.js reports no host or never answers, and we fall back.

/** The part of office.js we need to decide. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform?: string | null }>;
}

export type OfficeState =
  | { kind: 'word'; platform: string | null }
  | { kind: 'outside'; reason: 'no-office' | 'other-host' | 'timeout' };

export async function detectOffice(office: OfficeLike | undefined, timeoutMs = 4000): Promise<OfficeState> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'outside', reason: 'no-office' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeState>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'outside', reason: 'timeout' }), timeoutMs);
  });
  const ready = office.onReady().then(
    (info): OfficeState => (info?.host === 'Word' ? { kind: 'word', platform: info.platform ?? null } : { kind: 'outside', reason: 'other-host' }),
    (): OfficeState => ({ kind: 'outside', reason: 'no-office' }),
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
