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
