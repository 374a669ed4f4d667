// The part of addons-linter's programmatic API the store-readiness test uses (the package
// ships no types): https://github.com/mozilla/addons-linter#using-addons-linter-programmatically
declare module 'addons-linter' {
  interface LintMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
  }
  interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResult> };
  };
  export default linter;
}
