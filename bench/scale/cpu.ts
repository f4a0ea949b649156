import { readFileSync } from 'node:fs'
import type { KyselyStore } from '../../src/store/kysely-store.js'

/** Whole-machine CPU time from /proc/stat (all cores): busy and total jiffies. */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
  const total = fields.reduce((a, b) => a + b, 0)
  return { busy: total - idle, total }
}

/** Starts measuring; the returned function gives the share of all cores that was busy since (0..1). */
export function machineBusy(): () => number {
  const start = machineTicks()
  return () => {
    const end = machineTicks()
    return (end.busy - start.busy) / Math.max(1, end.total - start.total)
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/PID/stat; undefined once it is gone. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the line: 11 and 12 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

/**
 * CPU used by the PostgreSQL backends serving one database: polls pg_stat_activity every second and keeps the
 * last reading per backend (a backend's CPU is lost to us only for its last second).
 */
export function backendCpu(store: KyselyStore, database: string): { stop(): Promise<number> } {
  const seen = new Map<number, { start: number; last: number }>()
  const poll = async () => {
    const rows = await store.db
      .selectFrom('pg_stat_activity' as never)
      .select(['pid' as never])
      .where('datname' as never, '=', database as never)
      .execute()
    for (const r of rows as Array<{ pid: number }>) {
      const cpu = processCpuSeconds(r.pid)
      if (cpu === undefined) continue
      const s = seen.get(r.pid)
      if (s) s.last = cpu
      else seen.set(r.pid, { start: cpu, last: cpu })
    }
  }
  const timer = setInterval(() => void poll().catch(() => undefined), 1000)
  void poll()
  return {
    stop: async () => {
      clearInterval(timer)
      await poll().catch(() => undefined)
      return [...seen.values()].reduce((sum, s) => sum + s.last - s.start, 0)
    },
  }
}
