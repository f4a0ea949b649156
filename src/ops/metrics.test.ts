import { describe, expect, it } from 'vitest'
import { MetricsRegistry } from './metrics.js'

describe('MetricsRegistry', () => {
  it('renders counters, gauges and cumulative histograms in the Prometheus text format', async () => {
    const r = new MetricsRegistry()
    const c = r.counter('t_requests_total', 'Requests')
    c.inc({ route: '/v1/screen', status: '200' })
    c.inc({ status: '200', route: '/v1/screen' }, 2)
    const g = r.gauge('t_depth', 'Depth')
    r.onCollect(() => g.set(7, { state: 'pending' }))
    const h = r.histogram('t_seconds', 'Latency', [0.1, 1])
    h.observe(0.05)
    h.observe(0.5)
    h.observe(3)
    expect(await r.render()).toBe(
      [
        '# HELP t_requests_total Requests',
        '# TYPE t_requests_total counter',
        't_requests_total{route="/v1/screen",status="200"} 3',
        '# HELP t_depth Depth',
        '# TYPE t_depth gauge',
        't_depth{state="pending"} 7',
        '# HELP t_seconds Latency',
        '# TYPE t_seconds histogram',
        't_seconds_bucket{le="0.1"} 1',
        't_seconds_bucket{le="1"} 2',
        't_seconds_bucket{le="+Inf"} 3',
        't_seconds_sum 3.55',
        't_seconds_count 3',
        '',
      ].join('\n'),
    )
  })

  it('escapes label values and refuses a name registered twice', async () => {
    const r = new MetricsRegistry()
    r.gauge('t_info', 'Info').set(1, { v: 'a"b\\c\nd' })
    expect(await r.render()).toContain('t_info{v="a\\"b\\\\c\\nd"} 1')
    expect(() => r.counter('t_info', 'again')).toThrow('registered twice')
  })
})
