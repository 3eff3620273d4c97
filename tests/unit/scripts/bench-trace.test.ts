import { describe, expect, it } from 'vitest';
import { analyseMainThread, type TraceEvent } from '../../../scripts/bench/trace';

/** A small trace: one page's renderer main thread, plus another process that must be ignored. */
const PID = 10;
const TID = 1;
const meta: TraceEvent[] = [
  {
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    pid: PID,
    tid: TID,
    ts: 0,
    args: { name: 'CrRendererMain' },
  },
  {
    name: 'ParseHTML',
    cat: 'devtools.timeline',
    ph: 'X',
    pid: PID,
    tid: TID,
    ts: 1,
    dur: 1,
    args: { data: { frame: 'F' } },
  },
];
const task = (ts: number, dur: number): TraceEvent => ({
  name: 'RunTask',
  cat: 'toplevel',
  ph: 'X',
  pid: PID,
  tid: TID,
  ts,
  dur,
  tdur: dur,
});
const call = (ts: number, dur: number, url: string, pid = PID): TraceEvent => ({
  name: 'FunctionCall',
  cat: 'devtools.timeline',
  ph: 'X',
  pid,
  tid: TID,
  ts,
  dur,
  tdur: dur,
  args: { data: { url } },
});
const EXT = 'chrome-extension://abc/content-scripts/composer.js';
const PAGE = 'https://www.linkedin.com/feed.js';

describe('the benchmark’s reading of a trace', () => {
  it('counts the extension’s outermost calls only, on the page’s main thread only', () => {
    const report = analyseMainThread(
      [
        ...meta,
        task(100, 10_000),
        call(200, 3000, EXT),
        call(300, 1000, EXT),
        call(5000, 2000, PAGE),
        call(200, 9000, EXT, 99),
      ],
      'F',
    );
    expect(report.extensionMs).toBe(3);
    expect(report.scriptMs).toBe(5); // 3 ms of the extension's, 2 of the page's
  });

  it('tells long tasks the extension ran in from those it caused', () => {
    const report = analyseMainThread(
      [
        ...meta,
        task(0, 80_000), // long by the page's own doing; the extension ran 2 ms in it
        call(1000, 2000, EXT),
        call(4000, 70_000, PAGE),
        task(100_000, 60_000), // long only because of the extension's 20 ms
        call(101_000, 20_000, EXT),
        task(200_000, 30_000), // short
        call(201_000, 5000, EXT),
      ],
      'F',
    );
    expect(report.longTasks).toBe(2);
    expect(report.longTasksWithExtension).toBe(2);
    expect(report.longTasksCausedByExtension).toBe(1);
    expect(report.maxExtensionPerTaskMs).toBe(20);
  });
});
