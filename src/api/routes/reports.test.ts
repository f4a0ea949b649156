import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'
import { pdfText } from '../../../test/support/pdf-text.js'

describe('evidence reports over the API', () => {
  const api = useTestApi()
  let alertId = ''

  beforeAll(async () => {
    const { recordId } = await (
      await api().call('POST', '/v1/screen', { json: { name: 'Rosoboronexport', country: 'RU' } })
    ).json()
    const { alerts } = await (await api().call('GET', '/v1/alerts', { key: api().keys.reviewer })).json()
    alertId = alerts.find((a: { recordId?: string }) => a.recordId === recordId).id
    await api().call('POST', `/v1/alerts/${alertId}/decision`, {
      key: api().keys.reviewer,
      json: { decision: 'true-match', reason: 'same exporter, same address' },
    })
  })

  it("downloads an alert's evidence as a PDF that a reader opens, with the decision and chain status", async () => {
    const res = await api().call('GET', `/v1/reports/alerts/${alertId}?format=pdf`, {
      key: api().keys.reviewer,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="alert-${alertId}.pdf"`)
    const file = join(tmpdir(), `tc-api-report-${process.pid}.pdf`)
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()))
    const text = pdfText(file)
    for (const expected of [
      `Evidence report: alert ${alertId}`,
      'Rosoboronexport',
      'UKRAINE-EO13662',
      'same exporter, same address',
      'Audit log verifies',
    ])
      expect(text).toContain(expected)
    expect(text).toMatch(/key:\S+ \(test reviewer\)/)
  })

  it('gives the same report as CSV and JSON, and the counterparty report by screened name', async () => {
    const reviewer = api().keys.reviewer
    const csv = await api().call('GET', `/v1/reports/alerts/${alertId}?format=csv`, { key: reviewer })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect((await csv.text()).split('\n')[0]).toBe('alert_id,section,item,field,value')
    const json = await api().call('GET', `/v1/reports/alerts/${alertId}`, { key: reviewer })
    expect(json.headers.get('content-type')).toBe('application/json')
    expect(json.headers.get('content-disposition')).toMatch(/filename="alert-alr_\w+\.json"/)
    expect(await json.json()).toMatchObject({ kind: 'alert', chain: { ok: true } })
    const cp = await api().call('GET', '/v1/reports/counterparty?name=Rosoboronexport&country=RU', {
      key: reviewer,
    })
    expect(cp.status).toBe(200)
    expect(cp.headers.get('content-disposition')).toBe(
      'attachment; filename="counterparty-Rosoboronexport.json"',
    )
    expect((await cp.json()).alerts.map((a: { alert: { id: string } }) => a.alert.id)).toContain(alertId)
  })

  it('summarises a period as CSV', async () => {
    const res = await api().call('GET', '/v1/reports/summary?from=2026-08-01&to=2026-08-10&format=csv', {
      key: api().keys.admin,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="summary-2026-08-01-to-2026-08-10.csv"',
    )
    const text = await res.text()
    expect(text.split('\n')[0]).toBe('section,item,field,value')
    expect(text).toMatch(/decisions,true-match/)
  })

  it('refuses screeners, unknown alerts and bad queries with a 4xx naming the field', async () => {
    const reviewer = api().keys.reviewer
    expect((await api().call('GET', `/v1/reports/alerts/${alertId}`)).status).toBe(403)
    const cases: Array<[string, number, string]> = [
      ['/v1/reports/alerts/alr_nope?format=pdf', 404, 'id'],
      [`/v1/reports/alerts/${alertId}?format=docx`, 400, 'format'],
      ['/v1/reports/counterparty', 400, 'id'],
      ['/v1/reports/counterparty?id=a&name=b', 400, 'id'],
      ['/v1/reports/counterparty?id=CP-none', 404, 'id'],
      ['/v1/reports/counterparty?name=Nobody%20Here', 404, 'name'],
      ['/v1/reports/counterparty?name=x&country=Russia', 400, 'country'],
      ['/v1/reports/summary?from=2026-08-01', 400, 'to'],
      ['/v1/reports/summary?from=2026-02-30&to=2026-03-01', 400, 'from'],
      ['/v1/reports/summary?from=2026-08-10&to=2026-08-01', 400, 'to'],
    ]
    for (const [path, status, field] of cases) {
      const res = await api().call('GET', path, { key: reviewer })
      expect([path, res.status, (await res.json()).error.field]).toEqual([path, status, field])
    }
  })
})
