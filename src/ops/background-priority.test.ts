import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { backlogClass } from './background-priority.js'

/** Niceness (field 19) and scheduling policy (field 41: 0 normal, 5 SCHED_IDLE) from a thread's stat text. */
function schedIn(stat: string): { nice: number; policy: number } {
  const f = stat.split(') ')[1]!.split(' ')
  return { nice: Number(f[16]), policy: Number(f[38]) }
}
const schedOf = (path: string) => schedIn(readFileSync(path, 'utf8'))

/**
 * Runs each call (an expression on the built module `m`) in a worker thread, one per message the test sends;
 * each answer carries the call's result and the thread's own niceness and policy (its stat, read by itself).
 */
function inWorker(calls: string[]): {
  next: () => Promise<{ result: unknown; nice: number; policy: number }>
  worker: Worker
} {
  // The built module (npm test builds first): a worker thread does not get the test runner's TypeScript loader.
  const module = new URL('../../dist/ops/background-priority.js', import.meta.url).href
  const script = `
    const { parentPort } = require('node:worker_threads')
    const { readFileSync } = require('node:fs')
    import(${JSON.stringify(module)}).then((m) => {
      const calls = [${calls.map((c) => `() => (${c})`).join(', ')}]
      parentPort.on('message', (i) => parentPort.postMessage({ result: calls[i](), stat: readFileSync('/proc/thread-self/stat', 'utf8') }))
      parentPort.postMessage('ready')
    })`
  const worker = new Worker(script, { eval: true })
  const ready = new Promise<unknown>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  let i = 0
  const next = async () => {
    await ready
    const answer = new Promise<{ result: unknown; nice: number; policy: number }>((resolve) =>
      worker.once('message', ({ result, stat }: { result: unknown; stat: string }) =>
        resolve({ result, ...schedIn(stat) }),
      ),
    )
    worker.postMessage(i++)
    return answer
  }
  return { next, worker }
}

describe.runIf(process.platform === 'linux')('thread priority', () => {
  it('lowers the calling thread only, not the rest of the process', async () => {
    const before = schedOf(`/proc/self/task/${process.pid}/stat`)
    const { next, worker } = inWorker(['m.lowerThreadPriority(7)'])
    expect(await next()).toMatchObject({ result: true, nice: 7 })
    expect(schedOf(`/proc/self/task/${process.pid}/stat`)).toEqual(before)
    await worker.terminate()
  })

  it('puts the calling thread in the idle class and back, keeping its niceness', async () => {
    const { next, worker } = inWorker([
      'm.lowerThreadPriority(9)',
      "m.setThreadClass('idle')",
      "m.setThreadClass('normal')",
    ])
    expect(await next()).toEqual({ result: true, nice: 9, policy: 0 })
    expect(await next()).toEqual({ result: true, nice: 9, policy: 5 })
    expect(schedOf(`/proc/self/task/${process.pid}/stat`).policy).toBe(0)
    expect(await next()).toEqual({ result: true, nice: 9, policy: 0 })
    await worker.terminate()
  })
})

describe('backlogClass', () => {
  it('leaves the idle class past the high mark and returns only under the low one', () => {
    expect(backlogClass(10, 'idle', 100, 20)).toBe('idle')
    expect(backlogClass(101, 'idle', 100, 20)).toBe('normal')
    expect(backlogClass(50, 'normal', 100, 20)).toBe('normal')
    expect(backlogClass(19, 'normal', 100, 20)).toBe('idle')
  })
})
