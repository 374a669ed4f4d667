// The sync status in words, for the header, its live region and the share screen: one Dutch
// (or English) sentence per state and per error code, never a code itself.
import type { MessageKey, Translate } from '../i18n/index.js';
import type { SyncErrorCode, SyncStatus } from '../sync/index.js';

const ERROR_KEYS: Record<SyncErrorCode, MessageKey> = {
  unauthorized: 'ui.sync.code.unauthorized',
  'permission-denied': 'ui.sync.code.permission-denied',
  'server-map-refused': 'ui.sync.code.server-map-refused',
  'draft-deleted': 'ui.sync.code.draft-deleted',
  'document-too-large': 'ui.sync.code.document-too-large',
  'message-too-large': 'ui.sync.code.message-too-large',
  'malformed-message': 'ui.sync.code.malformed-message',
  'storage-failed': 'ui.sync.code.storage-failed',
  'storage-full': 'ui.sync.code.storage-full',
  'storage-corrupt': 'ui.sync.code.storage-corrupt',
  'schema-change-refused': 'ui.sync.code.schema-change-refused',
  'list-limit': 'ui.sync.code.list-limit',
  'too-many-attempts': 'ui.sync.code.too-many-attempts',
  'too-many-connections': 'ui.sync.code.too-many-connections',
  'too-many-messages-before-auth': 'ui.sync.code.too-many-messages-before-auth',
  'auth-timeout': 'ui.sync.code.auth-timeout',
  'server-shutting-down': 'ui.sync.code.server-shutting-down',
  'draft-damaged': 'ui.sync.code.draft-damaged',
  'newer-schema': 'ui.sync.code.newer-schema',
  unknown: 'ui.sync.code.unknown',
};

export function statusText(s: SyncStatus, t: Translate): string {
  switch (s.kind) {
    case 'saved':
      return t('ui.sync.saved');
    case 'unsaved':
      return s.unsaved === 1 ? t('ui.sync.unsaved.one') : t('ui.sync.unsaved.many', { n: s.unsaved });
    case 'connecting':
      return t('ui.sync.connecting');
    case 'offline':
      if (s.unsaved === 0) return t('ui.sync.offline');
      return s.unsaved === 1 ? t('ui.sync.offlineUnsaved.one') : t('ui.sync.offlineUnsaved.many', { n: s.unsaved });
    case 'retrying':
    case 'error':
      return t(ERROR_KEYS[s.code]);
  }
}
