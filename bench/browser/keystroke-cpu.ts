/**
 * Main-thread CPU time per keystroke from a Chrome trace: from the start of the task that handles
 * the keydown to the end of the task that paints the next frame, adding the thread time (`tdur`) of
 * every top-level task in between. Unlike wall time it hardly grows when other programs load the
 * machine, so it shows what the app itself does between a key and the letter on screen.
 */

/** The fields of a Chrome trace event this reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Categories to record for `keystrokeCpu`. */
export const keystrokeTraceCategories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

const isTask = (event: TraceEvent) => event.ph === 'X' && (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask');
const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/** Milliseconds of main-thread CPU for each keydown that was followed by a paint. */
export function keystrokeCpu(events: readonly TraceEvent[]): number[] {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  const main = keydowns[0];
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks: TraceEvent[] = [];
  // Outermost tasks only: a nested run loop reports tasks inside tasks.
  for (const task of onMain.filter(isTask).sort((a, b) => a.ts - b.ts)) if (tasks.length === 0 || task.ts >= end(tasks.at(-1)!)) tasks.push(task);
  const paints = onMain.filter((e) => e.name === 'Paint').sort((a, b) => a.ts - b.ts);
  const taskAt = (ts: number) => tasks.findLast((task) => task.ts <= ts);
  const times: number[] = [];
  for (const key of keydowns) {
    const first = taskAt(key.ts);
    const paint = paints.find((p) => p.ts > key.ts);
    const last = paint && taskAt(paint.ts);
    if (!first || !last) continue;
    const cpu = tasks.filter((task) => task.ts >= first.ts && task.ts <= last.ts).reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0);
    times.push(cpu / 1000);
  }
  return times;
}
