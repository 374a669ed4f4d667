// The manifest's FunctionFile page script: the ribbon button only opens the task pane, so
// this page just tells Office it is ready.
const office = (globalThis as { Office?: { onReady(): Promise<unknown> } }).Office;
void office?.onReady();
