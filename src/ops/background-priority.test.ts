import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'

const niceOf = (tid: number): number =>
  Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('lowers the calling thread only, not the rest of the process', async () => {
    const before = niceOf(process.pid)
    // The built module (npm test builds first): a worker thread does not get the test runner's TypeScript loader.
    const module = new URL('../../dist/ops/background-priority.js', import.meta.url).href
    const script = `
      const { parentPort } = require('node:worker_threads')
      const { readlinkSync } = require('node:fs')
      import(${JSON.stringify(module)}).then((m) => parentPort.postMessage({
        lowered: m.lowerThreadPriority(7),
        tid: Number(readlinkSync('/proc/thread-self').split('/').at(-1)),
      }))`
    const worker = new Worker(script, { eval: true })
    const { lowered, tid } = await new Promise<{ lowered: boolean; tid: number }>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    expect(lowered).toBe(true)
    expect(niceOf(tid)).toBe(7)
    expect(niceOf(process.pid)).toBe(before)
    await worker.terminate()
  })
})
