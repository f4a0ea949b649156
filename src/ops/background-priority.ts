import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'

/**
 * Lowers the calling thread's scheduling priority (Linux: a thread is its own scheduling entity, addressed by
 * its id in /proc/thread-self). Background work such as committing journaled records then yields the core to
 * the threads answering requests when the machine is busy, instead of sharing it equally; when a core is free
 * it runs as fast as before. Elsewhere, or if the system refuses, nothing changes: it only costs latency.
 * Returns whether the priority was lowered.
 */
export function lowerThreadPriority(niceness = 10): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1))
    if (!Number.isInteger(tid) || tid <= 0) return false
    setPriority(tid, niceness)
    return true
  } catch {
    return false
  }
}
