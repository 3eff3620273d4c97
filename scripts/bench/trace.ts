import type { CDPSession } from '@playwright/test';

/**
 * Chrome's performance trace of one page, read for what the benchmark needs: the page's main-thread
 * tasks, and the time the extension's content script spent inside them.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, which other processes on a busy machine disturb far less than wall time. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  '__metadata',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

export interface MainThreadReport {
  /** CPU ms of the page's script on its main thread, the extension's included, and the style and layout
   * work that script forced. */
  scriptMs: number;
  /** Layout passes on the main thread. */
  layouts: number;
  /** CPU ms of the extension's own script (content-script calls, outermost only). */
  extensionMs: number;
  /** Tasks over 50 ms on the page's main thread. */
  longTasks: number;
  /** Of those, tasks in which the extension's script ran at all. */
  longTasksWithExtension: number;
  /** Of those, tasks that would have stayed under 50 ms without the extension's share. */
  longTasksCausedByExtension: number;
  /** The longest time the extension's script ran within one task, in ms. */
  maxExtensionPerTaskMs: number;
}

const LONG_TASK_US = 50_000;
/** Where the main thread enters JavaScript: events, timers, frames, microtasks, script evaluation. */
const SCRIPT_ENTRIES = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'XHRReadyStateChange',
]);

/** The events of `list` not nested in an earlier one (the list sorted by start). */
function outermost(list: TraceEvent[]): TraceEvent[] {
  const outer: TraceEvent[] = [];
  for (const event of [...list].sort((a, b) => a.ts - b.ts)) {
    const last = outer.at(-1);
    if (!last || event.ts >= last.ts + (last.dur ?? 0)) outer.push(event);
  }
  return outer;
}
const isExtension = (e: TraceEvent): boolean => e.args?.data?.url?.startsWith('chrome-extension://') ?? false;

/** The page's renderer main thread: the CrRendererMain thread of the process that ran `frameId`. */
function mainThread(events: TraceEvent[], frameId: string): { pid: number; tid: number } | undefined {
  const pid = events.find((e) => e.args?.data?.frame === frameId)?.pid;
  const thread = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  return pid !== undefined && thread ? { pid, tid: thread.tid } : undefined;
}

export function analyseMainThread(events: TraceEvent[], frameId: string): MainThreadReport {
  const main = mainThread(events, frameId);
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 0);
  // Outermost extension calls only: a call nested in another is already counted in its parent.
  const outer = outermost(onMain.filter((e) => e.name === 'FunctionCall' && isExtension(e)));
  const script = outermost(onMain.filter((e) => SCRIPT_ENTRIES.has(e.name)));
  // CPU time (tdur): on a shared machine, wall time also counts the moments the thread was not running.
  const cpu = (e: TraceEvent): number => e.tdur ?? e.dur ?? 0;
  const extensionUs = outer.reduce((total, call) => total + cpu(call), 0);
  let longTasks = 0;
  let withExtension = 0;
  let caused = 0;
  let maxPerTask = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const share = outer
      .filter((call) => call.ts >= task.ts && call.ts < end)
      .reduce((total, call) => total + cpu(call), 0);
    maxPerTask = Math.max(maxPerTask, share);
    if ((task.dur ?? 0) <= LONG_TASK_US) continue;
    longTasks++;
    if (share > 0) withExtension++;
    if (share > 0 && (task.dur ?? 0) - share <= LONG_TASK_US) caused++;
  }
  return {
    scriptMs: script.reduce((total, e) => total + cpu(e), 0) / 1000,
    layouts: onMain.filter((e) => e.name === 'Layout').length,
    extensionMs: extensionUs / 1000,
    longTasks,
    longTasksWithExtension: withExtension,
    longTasksCausedByExtension: caused,
    maxExtensionPerTaskMs: maxPerTask / 1000,
  };
}
