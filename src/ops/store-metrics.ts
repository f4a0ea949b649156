import type { Store } from '../store/store.js'
import type { MetricsRegistry } from './metrics.js'

/** Window over which the queue's rows per second are measured. */
const RATE_WINDOW_MS = 60_000

/**
 * The shared batch queue as every instance and worker sees it (read from the store at scrape time), and
 * whether the store answers at all.
 */
export function registerQueueMetrics(registry: MetricsRegistry, store: Store): void {
  const up = registry.gauge('tradecontrols_store_up', '1 when the store answered the last scrape, else 0')
  const chunks = registry.gauge(
    'tradecontrols_batch_chunks',
    'Chunks on the shared queue by state: pending (waiting for a worker) or leased (in a worker’s hands)',
  )
  const rate = registry.gauge(
    'tradecontrols_batch_rows_per_second',
    'Rows completed per second by all workers together, over the last minute',
  )
  registry.onCollect(async () => {
    try {
      const depth = await store.jobs.depth(RATE_WINDOW_MS)
      chunks.set(depth.pendingChunks, { state: 'pending' })
      chunks.set(depth.leasedChunks, { state: 'leased' })
      rate.set(Math.round(depth.rowsPerSecond * 10) / 10)
      up.set(1)
    } catch {
      up.set(0)
    }
  })
}
