import type { CliIo } from './io.js'

export interface Progress {
  tick(done: number, total?: number): void
  done(): void
}

/** A one-line progress counter on stderr, only when stderr is a terminal; redrawn at most 10 times a second. */
export function progressBar(io: CliIo, label: string): Progress {
  if (!io.interactive) return { tick: () => undefined, done: () => undefined }
  let last = 0
  let drawn = false
  const started = Date.now()
  return {
    tick(done, total) {
      const now = Date.now()
      if (now - last < 100) return
      last = now
      drawn = true
      const rate = Math.round((done * 1000) / Math.max(1, now - started))
      const pct = total ? ` ${Math.floor((100 * done) / total)}%` : ''
      io.err(`\r${label}: ${done}${total ? `/${total}` : ''}${pct} (${rate}/s)   `)
    },
    done() {
      if (drawn) io.err('\n')
    },
  }
}
