import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tradecontrols.js')

/** A `tradecontrols` child process (the compiled binary) with its output kept and its JSON log lines parsed. */
export interface CliProcess {
  child: ChildProcess
  readonly pid: number
  stdout(): string
  stderr(): string
  /** JSON objects logged on stderr so far (`--log-format json`, worker lines). */
  events(): Array<Record<string, unknown>>
  /** Resolves with the first logged event (past or future) that satisfies `test`. */
  waitForEvent(test: (e: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>
  /** Exit code (or the signal's name when killed by one). */
  exited: Promise<number | string>
  kill(signal: NodeJS.Signals): void
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  let partial = ''
  const events: Array<Record<string, unknown>> = []
  const waiters = new Set<() => void>()
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString()
  })
  child.stderr!.on('data', (d: Buffer) => {
    const text = d.toString()
    err += text
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.startsWith('{')) continue
      try {
        events.push(JSON.parse(line) as Record<string, unknown>)
      } catch {}
    }
    for (const wake of waiters) wake()
  })
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? -1)
      for (const wake of waiters) wake()
    }),
  )
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    events: () => events,
    exited,
    kill: (signal) => child.kill(signal),
    waitForEvent: (test, ms = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(test)
          if (found) {
            done()
            resolve(found)
          } else if (child.exitCode !== null || child.signalCode !== null) {
            done()
            reject(new Error(`process ${args[0]} exited before the event; stderr:\n${err.slice(-2000)}`))
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`no such event within ${ms} ms from ${args[0]}; stderr:\n${err.slice(-2000)}`))
        }, ms)
        const done = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      }),
  }
}

/** Starts `serve` on a free port and resolves once it is ready (list data loaded). */
export async function startServe(
  db: string,
  extra: string[] = [],
): Promise<{ proc: CliProcess; url: string }> {
  const proc = spawnCli([
    'serve',
    '--db',
    db,
    '--port',
    '0',
    '--log-format',
    'json',
    '--no-request-log',
    ...extra,
  ])
  const listening = await proc.waitForEvent((e) => e.event === 'listening')
  await proc.waitForEvent((e) => e.event === 'ready')
  return { proc, url: String(listening.url) }
}

/** Starts `worker` and resolves once it has opened the store. */
export async function startWorker(db: string, extra: string[] = []): Promise<CliProcess> {
  const proc = spawnCli(['worker', '--db', db, ...extra])
  await proc.waitForEvent((e) => e.event === 'started')
  return proc
}

/** Stops a process politely and waits; kills it if it does not stop in time. */
export async function stop(proc: CliProcess | undefined, ms = 20_000): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return
  proc.kill('SIGTERM')
  const timer = setTimeout(() => proc.kill('SIGKILL'), ms)
  await proc.exited
  clearTimeout(timer)
}
