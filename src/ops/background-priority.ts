import { execFileSync } from 'node:child_process'
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'

/** The calling thread's id (Linux: a thread is its own scheduling entity, addressed in /proc/thread-self). */
function threadId(): number | undefined {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1))
  return Number.isInteger(tid) && tid > 0 ? tid : undefined
}

/**
 * Lowers the calling thread's scheduling priority. Background work such as committing journaled records then
 * yields the core to the threads answering requests when the machine is busy, instead of sharing it equally;
 * when a core is free it runs as fast as before. Elsewhere, or if the system refuses, nothing changes: it
 * only costs latency. Returns whether the priority was lowered.
 */
export function lowerThreadPriority(niceness = 10): boolean {
  try {
    const tid = threadId()
    if (tid === undefined) return false
    setPriority(tid, niceness)
    return true
  } catch {
    return false
  }
}

/**
 * Puts the calling thread in Linux's SCHED_IDLE class (`idle`: it runs only on a core nothing else wants, and
 * a waking thread takes the core from it at once) or back in the normal class (`normal`, its niceness kept).
 * Niceness alone left commit bursts in the tail of request latency: under the EEVDF scheduler a niced thread
 * holding a core may finish its slice before a woken request thread gets it (bench/record-overhead-http.ts).
 * Node has no binding for sched_setscheduler; util-linux's `chrt` sets it. Returns whether the class was set
 * (false off Linux or without chrt: the thread keeps its niceness).
 */
export function setThreadClass(cls: 'idle' | 'normal'): boolean {
  if (process.platform !== 'linux') return false
  try {
    const tid = threadId()
    if (tid === undefined) return false
    execFileSync('chrt', [cls === 'idle' ? '--idle' : '--other', '--pid', '0', String(tid)], {
      stdio: 'ignore',
      timeout: 5_000,
    })
    return true
  } catch {
    return false
  }
}

/**
 * The class a background thread with `backlog` items waiting should run in: idle while it keeps up, normal
 * (niced) once the backlog passes `high`, idle again only when it is under `low` (so it does not flap). An
 * idle thread on a machine kept busy would otherwise fall ever further behind.
 */
export function backlogClass(
  backlog: number,
  current: 'idle' | 'normal',
  high: number,
  low: number,
): 'idle' | 'normal' {
  if (current === 'idle') return backlog > high ? 'normal' : 'idle'
  return backlog < low ? 'idle' : 'normal'
}
