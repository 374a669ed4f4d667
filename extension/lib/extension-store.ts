// The workspace's key-value store in the extension: storage.local of the extension.
import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../../core/ui/storage.js';

export function extensionStore(prefix = 'samenspel:'): KeyValueStore {
  return {
    async get<T>(key: string) {
      const all = await browser.storage.local.get(prefix + key);
      return all[prefix + key] as T | undefined;
    },
    async set(key, value) {
      await browser.storage.local.set({ [prefix + key]: value });
    },
  };
}
