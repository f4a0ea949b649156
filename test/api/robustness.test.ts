import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type RunningServer } from '../../src/api/server.js'
import { useTestApi } from '../support/api.js'
import { fuzzRequest, prng } from './fuzz.js'

/** Nothing a client sends may crash the server or get a 500: every refusal is a 4xx JSON error. */
describe('robustness', () => {
  const api = useTestApi({ authFailuresPerMinute: 1_000_000 })

  it('answers 10,000 random requests without a single 5xx, each error as JSON with a code', async () => {
    const rand = prng(20261129)
    const keys = Object.values(api().keys)
    const statuses = new Map<number, number>()
    for (let i = 0; i < 10_000; i++) {
      const req = fuzzRequest(rand, keys)
      const res = await api().call(req.method, req.path, {
        key: null,
        headers: req.headers,
        ...(req.body === undefined ? {} : { body: req.body }),
      })
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      if (res.status >= 500)
        throw new Error(`${res.status} for ${JSON.stringify(req).slice(0, 400)}: ${await res.text()}`)
      if (res.status >= 400 && req.method !== 'HEAD') {
        const body = await res.json()
        expect(body.error.code).toMatch(/^TC_/)
      }
    }
    await api().batches.drain()
    if (process.env.TC_FUZZ_REPORT) console.log(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))
    expect(api().errors).toEqual([])
    // The fuzzer reaches both sides: accepted requests and every kind of refusal.
    for (const status of [200, 400, 401, 404, 415]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0)
  }, 120_000)

  it('handles deep nesting, huge numbers and prototype keys in JSON', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    for (const body of [
      deep,
      '{"name":"x","__proto__":{"admin":true}}',
      '{"name":1e999}',
      '{"name":"x"}'.repeat(3),
    ]) {
      const res = await api().call('POST', '/v1/screen', {
        body,
        headers: { 'content-type': 'application/json' },
      })
      expect(res.status).toBe(400)
    }
  })
})

describe('robustness on a real socket', () => {
  const api = useTestApi()
  let server: RunningServer
  let port = 0
  beforeAll(async () => {
    server = await listen({ app: api().app, batches: api().batches }, 0, '127.0.0.1')
    port = Number(new URL(server.url).port)
  })
  afterAll(async () => server.close(100))

  const raw = (text: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      let data = ''
      socket.on('data', (d) => {
        data += d.toString()
      })
      socket.on('error', () => resolve(data))
      socket.on('close', () => resolve(data))
      socket.write(text)
      setTimeout(() => socket.end(), 200)
    })

  it('survives garbage, oversized headers and lying content lengths, and keeps serving', async () => {
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/)
    expect(await raw(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 431/,
    )
    const lying = await raw(
      'POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":',
    )
    expect(lying).not.toMatch(/^HTTP\/1\.1 5/)
    const res = await fetch(`${server.url}/health`)
    expect(res.status).toBe(200)
  })

  it('refuses a chunked body past the limit while it streams', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode(`${'x'.repeat(1024)}`))
        controller.close()
      },
    })
    const res = await fetch(`${server.url}/v1/screen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api().keys.screener}`, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
  })
})
