// The side panel asks for a sync server's origin as an optional host permission: one pattern
// per scheme and host name (every port, so valid in Chrome and Firefox alike), requested
// synchronously (within the user's click), false when refused, failing or no http(s) address.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const requested: unknown[] = [];
let answer: () => Promise<boolean>;
vi.mock('wxt/browser', () => ({
  browser: {
    permissions: {
      request: (p: unknown) => {
        requested.push(p);
        return answer();
      },
    },
  },
}));

const { extensionHost, requestServerAccess, serverOriginPattern } = await import('../../../extension/lib/extension-host.js');

beforeEach(() => {
  requested.length = 0;
  answer = () => Promise.resolve(true);
});

describe('access to the sync server', () => {
  it('makes one pattern per scheme and host name, ports and paths included', () => {
    expect(serverOriginPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(serverOriginPattern('https://partner.example:8443/samenspel')).toBe('https://partner.example/*');
    expect(serverOriginPattern('http://[::1]:8787')).toBe('http://[::1]/*');
    expect(serverOriginPattern('ftp://partner.example')).toBeNull();
    expect(serverOriginPattern('niet een adres')).toBeNull();
  });

  it('asks the browser at once, in the same turn as the click, and says what it answered', async () => {
    const pending = extensionHost().requestServerAccess!('https://samenspel.bieb.example/');
    expect(requested).toEqual([{ origins: ['https://samenspel.bieb.example/*'] }]);
    expect(await pending).toBe(true);
    answer = () => Promise.resolve(false);
    expect(await requestServerAccess('https://samenspel.bieb.example')).toBe(false);
  });

  it('answers false when the browser fails, and asks nothing for an address that is none', async () => {
    answer = () => Promise.reject(new Error('This function must be called during a user gesture'));
    expect(await requestServerAccess('https://samenspel.bieb.example')).toBe(false);
    requested.length = 0;
    expect(await requestServerAccess('javascript:alert(1)')).toBe(false);
    expect(requested).toEqual([]);
  });
});
