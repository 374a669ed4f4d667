// The sync status in words, for the live region and the share screen.
import type { Translate } from '../i18n/index.js';
import type { SyncStatus } from '../sync/index.js';

export function statusText(s: SyncStatus, t: Translate): string {
  switch (s.kind) {
    case 'saved':
      return t('ui.sync.saved');
    case 'unsaved':
      return t('ui.sync.unsaved', { n: s.unsaved });
    case 'connecting':
      return t('ui.sync.connecting');
    case 'offline':
      return s.unsaved > 0 ? t('ui.sync.offlineUnsaved', { n: s.unsaved }) : t('ui.sync.offline');
    case 'error':
      return s.code === 'unauthorized' || s.code === 'permission-denied'
        ? t('ui.sync.errorAccess')
        : s.code === 'draft-deleted'
          ? t('ui.sync.errorDeleted')
          : t('ui.sync.error', { code: s.code });
  }
}
