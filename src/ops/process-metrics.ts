import { monitorEventLoopDelay } from 'node:perf_hooks'
import { VERSION } from '../version.js'
import type { MetricsRegistry } from './metrics.js'

/** Memory, CPU and event-loop delay of this process: what limits a Node process first. */
export function registerProcessMetrics(registry: MetricsRegistry, component: string): void {
  const info = registry.gauge('tradecontrols_info', 'The running version and component; always 1')
  info.set(1, { version: VERSION, component })
  const rss = registry.gauge('process_resident_memory_bytes', 'Resident memory of this process')
  const heap = registry.gauge('nodejs_heap_used_bytes', 'V8 heap in use')
  const heapTotal = registry.gauge('nodejs_heap_total_bytes', 'V8 heap reserved')
  const external = registry.gauge('nodejs_external_memory_bytes', 'Memory of buffers and other C++ objects')
  const cpu = registry.counter('process_cpu_seconds_total', 'User and system CPU time of this process')
  const start = registry.gauge('process_start_time_seconds', 'When this process started (Unix time)')
  start.set(Math.round(Date.now() / 1000 - process.uptime()))
  const lag = registry.gauge(
    'nodejs_eventloop_delay_seconds',
    'Event-loop delay since the last scrape: p50, p99 and max (a busy loop delays every request)',
  )
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  registry.onCollect(() => {
    const m = process.memoryUsage()
    rss.set(m.rss)
    heap.set(m.heapUsed)
    heapTotal.set(m.heapTotal)
    external.set(m.external)
    const c = process.cpuUsage()
    cpu.set((c.user + c.system) / 1e6)
    for (const [q, v] of [
      ['0.5', delay.percentile(50)],
      ['0.99', delay.percentile(99)],
      ['1', delay.max],
    ] as const)
      lag.set(v / 1e9, { quantile: q })
    delay.reset()
  })
}
