import { ADDON_ID, ADDON_UUID } from './addon';
import type { BidiConnection } from './firefox';

export interface ConsoleEntry {
  /**
   * `script`: an error report from Firefox's console service (an uncaught exception, an unhandled
   * rejection, a CSP violation, an error of a WebExtension API), with the file it came from.
   * `console`: a console.error / console.warn call in one of the extension's pages or its background.
   */
  kind: 'script' | 'console';
  level: 'error' | 'warning';
  /** The file, e.g. moz-extension://…/background.js; '' for a console call (Firefox's stdout omits it). */
  source: string;
  category: string;
  message: string;
}

/** Runs in the browser's own (chrome) window: records every console-service message about the add-on. */
const LISTEN = (uuid: string, id: string): string => `(() => {
  const store = (window.__replyCopilotConsole = []);
  const record = (message) => {
    let e;
    try { e = message.QueryInterface(Ci.nsIScriptError); } catch { return; }
    const about = (s) => typeof s === 'string' && (s.includes(${JSON.stringify(uuid)}) || s.includes(${JSON.stringify(id)}));
    const manifest = typeof e.errorMessage === 'string' && e.errorMessage.startsWith('Reading manifest:');
    if (!about(e.sourceName) && !about(e.errorMessage) && !manifest) return;
    store.push({ source: e.sourceName, line: e.lineNumber, category: e.category, message: e.errorMessage, flags: e.flags });
  };
  for (const message of Services.console.getMessageArray() ?? []) record(message);
  Services.console.registerListener({ observe: record });
  return store.length;
})()`;

interface Recorded {
  source: string;
  line: number;
  category: string;
  message: string;
  flags: number;
}

interface LogEntry {
  type?: string;
  level?: string;
  text?: string | null;
  stackTrace?: { callFrames?: { url?: string }[] };
}

/**
 * Catches console errors coming from the extension, wherever they start: its pages (options, side panel,
 * the panel framed in a site), its background page, and its content scripts.
 *
 * WebDriver BiDi alone does not see them: Firefox reports no log entry from moz-extension:// documents,
 * and the background page is not a browsing context. So:
 * - error reports (exceptions, rejections, CSP, API errors) come from Firefox's console service, which
 *   gathers every process's reports in the parent; a listener is installed there through the browser's
 *   chrome window (BiDi `moz:scope: "chrome"`, allowed by --remote-allow-system-access), before the
 *   add-on is installed, and keeps those whose file or text names the add-on;
 * - console.error / console.warn calls are printed on stdout (devtools.console.stdout.content), without
 *   their file; the lines that BiDi attributes to a site's own scripts are left out, the rest are ours.
 */
export class ConsoleWatch {
  private chrome = '';
  private pending = '';
  private readonly printed: { level: 'error' | 'warning'; text: string }[] = [];
  /** console calls of the fixture sites' own scripts, as BiDi reports them. */
  private readonly siteLogs: string[] = [];

  constructor(
    private readonly bidi: BidiConnection,
    private readonly output: string[],
  ) {}

  async start(): Promise<void> {
    const tree = (await this.bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error(`no browser window in ${JSON.stringify(tree)}`);
    this.chrome = window.context;
    await this.evaluate(LISTEN(ADDON_UUID, ADDON_ID));
    this.bidi.on('log.entryAdded', (params) => {
      const entry = params as LogEntry;
      const url = entry.stackTrace?.callFrames?.[0]?.url ?? '';
      if (entry.type === 'console' && /^https?:/.test(url)) this.siteLogs.push(entry.text ?? '');
    });
  }

  /** Firefox's stdout and stderr, as they arrive. */
  read(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      this.output.push(line);
      const call = /^console\.(error|warn|assert): ?(.*)$/.exec(line);
      if (call) this.printed.push({ level: call[1] === 'warn' ? 'warning' : 'error', text: call[2]! });
    }
  }

  /** Everything seen so far that came from the extension. */
  async entries(): Promise<ConsoleEntry[]> {
    const recorded = JSON.parse(
      await this.evaluate('JSON.stringify(window.__replyCopilotConsole)'),
    ) as Recorded[];
    const script: ConsoleEntry[] = recorded
      .filter((r) => !(r.flags & 8)) // info
      .map((r) => ({
        kind: 'script',
        level: r.flags & 1 ? 'warning' : 'error',
        source: r.line ? `${r.source}:${r.line}` : r.source,
        category: r.category,
        message: r.message,
      }));
    const site = [...this.siteLogs];
    const calls: ConsoleEntry[] = [];
    for (const { level, text } of this.printed) {
      const unquoted = text.replace(/^"|"$/g, '');
      const mine = site.findIndex((s) => s && (s === unquoted || text.includes(s.slice(0, 60))));
      if (mine >= 0) site.splice(mine, 1);
      else calls.push({ kind: 'console', level, source: '', category: 'console', message: text });
    }
    return [...script, ...calls];
  }

  async errors(): Promise<ConsoleEntry[]> {
    return (await this.entries()).filter((e) => e.level === 'error');
  }

  private async evaluate(expression: string): Promise<string> {
    const { result } = await this.bidi.send('script.evaluate', {
      expression,
      target: { context: this.chrome },
      awaitPromise: false,
    });
    const outcome = result as { type: string; result?: { value?: unknown }; exceptionDetails?: unknown };
    if (outcome.type !== 'success') throw new Error(`chrome evaluation failed: ${JSON.stringify(outcome)}`);
    return String(outcome.result?.value);
  }
}

/** One line per entry, for assertion messages and reports. */
export function describeEntries(entries: ConsoleEntry[]): string {
  return entries
    .map(
      (e) =>
        `${e.level} [${e.kind}${e.category ? `, ${e.category}` : ''}] ${e.source || '(console)'}: ${e.message}`,
    )
    .join('\n');
}
