// Setup of the component tests (happy-dom): there is no network. A component that calls its
// server — the fake session's draft names http://127.0.0.1:8787 and says it is synced, so the
// header asks who this link belongs to — gets what a browser without a connection gets, at
// once, instead of a real connection to whatever listens on that port (refused and printed as
// ECONNREFUSED, or answered by a server someone runs there). Tests that need answers stub
// fetch themselves (vi.stubGlobal); vi.unstubAllGlobals() comes back to this one.
globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
