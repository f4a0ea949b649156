// A committer that stores nothing and reports every line committed at once: with it, bench/record-overhead.ts
// measures what the answering thread alone pays for recording (the record, its journal line), without the
// commits running on the other core at the same time.
import { parentPort } from 'node:worker_threads'

let seq = 0
parentPort.postMessage({ type: 'committed', seq })
parentPort.on('message', (m) => {
  if (m.type === 'lines') {
    seq = m.lastSeq
    // Given back as the real committer does, so that the answering thread fills the same buffers again.
    parentPort.postMessage({ type: 'spare', buffer: m.bytes.buffer }, [m.bytes.buffer])
  }
  parentPort.postMessage({ type: m.type === 'close' ? 'closed' : 'committed', seq })
})
