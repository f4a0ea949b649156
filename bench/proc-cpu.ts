import { readFileSync } from 'node:fs'

/** Linux's clock ticks per second (USER_HZ), the unit of the CPU times in /proc. */
const CLOCK_TICKS = 100

/**
 * CPU time (user + system, ms) used so far by a process, or by one of its threads when `thread` is given (a
 * process's main thread has the process's id): figures the other load on a shared machine barely moves.
 */
export function procCpuMs(pid: number | 'self', thread?: number): number {
  const path = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
}

/** How long a bench waits for quiet before a round: `--quiet-wait SECONDS` (default 120; 0 times at once). */
export function quietWaitMs(): number {
  const i = process.argv.indexOf('--quiet-wait')
  return i > 0 ? Number(process.argv[i + 1]) * 1000 : 120_000
}

/** CPU time (ms, all cores together) the machine has spent busy so far, from /proc/stat. */
export function machineBusyMs(): number {
  // cpu  user nice system idle iowait irq softirq steal ...
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number)
  const total = f.reduce((a, b) => a + b, 0)
  return ((total - f[3]! - f[4]!) * 1000) / CLOCK_TICKS
}

/** A meter of the CPU other processes than `ours` use, in cores, between two readings. */
export function othersMeter(ours: () => number[]): () => number {
  const oursMs = () => ours().reduce((sum, pid) => sum + procCpuMs(pid), 0)
  let machine = machineBusyMs()
  let mine = oursMs()
  let at = performance.now()
  return () => {
    const [m, o, t] = [machineBusyMs(), oursMs(), performance.now()]
    const cores = (m - machine - (o - mine)) / (t - at)
    ;[machine, mine, at] = [m, o, t]
    return Math.max(0, cores)
  }
}

/**
 * Waits until other processes leave the machine alone (under `maxCores` of CPU over `windowMs`), so that a
 * round is not timed while, say, a build runs beside it; gives up after `maxWaitMs`. Returns how long it
 * waited and the others' load in the last window. Rounds still alternate: what is left of the noise falls
 * on both sides alike.
 */
export async function waitForQuiet(
  ours: () => number[],
  { maxCores = 0.15, windowMs = 500, maxWaitMs = quietWaitMs() } = {},
): Promise<{ waitedMs: number; othersCores: number }> {
  if (maxWaitMs <= 0) return { waitedMs: 0, othersCores: Number.NaN }
  const start = performance.now()
  const meter = othersMeter(ours)
  for (;;) {
    await new Promise((r) => setTimeout(r, windowMs))
    const othersCores = meter()
    const waitedMs = performance.now() - start - windowMs
    if (othersCores < maxCores || waitedMs >= maxWaitMs) return { waitedMs, othersCores }
  }
}
