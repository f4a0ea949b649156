import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('health, readiness, OpenAPI and unknown routes', () => {
  const api = useTestApi()

  it('is alive and reports the version', async () => {
    const res = await api().call('GET', '/health', { key: null })
    expect(await res.json()).toMatchObject({ status: 'ok' })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
  })

  it('is not ready until the engine is loaded', async () => {
    const { fixtureEngine } = await import('../../../test/support/api.js')
    api().setEngine(undefined)
    const res = await api().call('GET', '/ready', { key: null })
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ ready: false, data: [] })
    api().setEngine(fixtureEngine())
    expect((await api().call('GET', '/ready', { key: null })).status).toBe(200)
  })

  it('serves an OpenAPI 3.1 document describing every route, with the key', async () => {
    expect((await api().call('GET', '/openapi.json', { key: null })).status).toBe(401)
    const doc = await (await api().call('GET', '/openapi.json')).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/ready',
        '/v1/screen',
        '/v1/determine',
        '/v1/invest',
        '/v1/batches',
        '/v1/batches/{id}',
        '/v1/batches/{id}/results',
        '/v1/lists/status',
        '/v1/lists/versions',
        '/v1/keys',
        '/v1/keys/{id}',
        '/v1/me',
      ]),
    )
    expect(doc.components.schemas.ScreenRequest.properties.name.type).toBe('string')
    expect(doc.components.securitySchemes.apiKey.scheme).toBe('bearer')
    expect(doc.paths['/v1/screen'].post.responses['400'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/Error',
    )
  })

  it('answers unknown routes and methods with a JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['GET', '/v1/nope'],
      ['PUT', '/v1/screen'],
    ] as const) {
      const res = await api().call(method, path)
      expect(res.status).toBe(404)
      expect((await res.json()).error.code).toBe('TC_NOT_FOUND')
    }
  })
})
