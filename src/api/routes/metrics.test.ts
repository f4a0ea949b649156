import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

/** The value of one series in a Prometheus text exposition, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('GET /metrics', () => {
  const api = useTestApi({ metricsToken: 'scrape-me-0123456789' })

  it('is refused without the metrics token or an admin key', async () => {
    expect((await api().call('GET', '/metrics', { key: null })).status).toBe(401)
    expect((await api().call('GET', '/metrics', { key: 'wrong-token' })).status).toBe(401)
    const screener = await api().call('GET', '/metrics')
    expect(screener.status).toBe(401)
    expect((await screener.json()).error.field).toBe('authorization')
    expect((await api().call('GET', '/metrics', { key: api().keys.admin })).status).toBe(200)
  })

  it('counts requests by route pattern and status, and reports data, queue and process', async () => {
    await api().call('POST', '/v1/screen', { json: { name: 'Huawei Technologies' } })
    await api().call('POST', '/v1/screen', { json: { name: '' } })
    await api().call('GET', '/v1/batches/job_nope')
    await api().call('GET', '/no/such/route')
    const res = await api().call('GET', '/metrics', { key: 'scrape-me-0123456789' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    const screen = 'tradecontrols_http_requests_total{method="POST",route="/v1/screen",status="200"}'
    expect(sample(text, screen)).toBe(1)
    expect(
      sample(text, 'tradecontrols_http_requests_total{method="POST",route="/v1/screen",status="400"}'),
    ).toBe(1)
    // The pattern, never the id: one series for every job.
    expect(text).toContain('route="/v1/batches/:id",status="404"')
    expect(text).not.toContain('job_nope')
    expect(text).toContain('route="unmatched",status="404"')
    expect(
      sample(
        text,
        'tradecontrols_http_request_duration_seconds_count{method="POST",route="/v1/screen",status="200"}',
      ),
    ).toBe(1)
    expect(sample(text, 'tradecontrols_ready')).toBe(1)
    expect(sample(text, 'tradecontrols_list_age_days{source="us_csl"}')).toBe(10)
    expect(text).toMatch(
      /tradecontrols_list_version_info\{source="us_csl",version_id="v_fixture",published="2026-07-31"\} 1/,
    )
    expect(sample(text, 'tradecontrols_batch_chunks{state="pending"}')).toBe(0)
    expect(sample(text, 'tradecontrols_batch_rows_per_second')).toBe(0)
    expect(sample(text, 'tradecontrols_store_up')).toBe(1)
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(1e6)
  })

  it('reports not ready while the data loads', async () => {
    const { fixtureEngine } = await import('../../../test/support/api.js')
    api().setEngine(undefined)
    const text = await (await api().call('GET', '/metrics', { key: api().keys.admin })).text()
    api().setEngine(fixtureEngine())
    expect(sample(text, 'tradecontrols_ready')).toBe(0)
    expect(text).not.toContain('tradecontrols_list_age_days{')
  })
})
