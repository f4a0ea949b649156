import type { ChunkEvent } from '../service/batch-worker.js'
import type { Store } from '../store/store.js'
import { MetricsRegistry } from './metrics.js'
import { registerProcessMetrics } from './process-metrics.js'
import { registerQueueMetrics } from './store-metrics.js'

const CHUNK_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120]

/** A worker's metrics: the chunks it finished, lost or gave back, its rows, and the shared queue. */
export function workerMetrics(store: Store): { registry: MetricsRegistry; onChunk: (e: ChunkEvent) => void } {
  const registry = new MetricsRegistry()
  registerProcessMetrics(registry, 'worker')
  registerQueueMetrics(registry, store)
  const chunks = registry.counter(
    'tradecontrols_worker_chunks_total',
    'Chunks this worker handled, by outcome: done, lost (taken over after its lease ran out), returned',
  )
  const rows = registry.counter('tradecontrols_worker_rows_total', 'Rows this worker screened and committed')
  const duration = registry.histogram(
    'tradecontrols_worker_chunk_duration_seconds',
    'Time from taking a chunk to committing (or giving up) its results',
    CHUNK_BUCKETS,
  )
  return {
    registry,
    onChunk: (e) => {
      chunks.inc({ outcome: e.outcome })
      if (e.outcome === 'done') rows.inc({}, e.rows)
      duration.observe(e.ms / 1000, { outcome: e.outcome })
    },
  }
}
