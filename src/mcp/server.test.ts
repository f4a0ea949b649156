import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ENTITIES, fixtureEngine } from '../../test/support/api.js'
import { dataset } from '../../test/support/fixtures.js'
import { loadEarTables } from '../service/ear-tables.js'
import type { KyselyStore } from '../store/kysely-store.js'
import { openStore } from '../store/open-store.js'
import { McpServer } from './server.js'

describe('MCP server', () => {
  let store: KyselyStore
  let server: McpServer
  beforeAll(async () => {
    store = await openStore('sqlite::memory:')
    await store.importDataset(dataset('us_csl', '2026-07-31', API_ENTITIES))
    const engine = fixtureEngine()
    server = new McpServer({
      engine: async () => engine,
      store,
      now: () => new Date('2026-08-10T00:00:00Z'),
      caller: 'mcp:test',
      earTables: () => loadEarTables(),
    })
  })
  afterAll(() => store.close())

  // biome-ignore lint/suspicious/noExplicitAny: responses are checked by shape
  const call = async (message: unknown): Promise<any> =>
    server.handleLine(typeof message === 'string' ? message : JSON.stringify(message))

  it('initializes with the protocol version the client asks for, or the newest it speaks', async () => {
    const r = await call({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-03-26' },
    })
    expect(r.result).toMatchObject({ protocolVersion: '2025-03-26', capabilities: { tools: {} } })
    expect(r.result.serverInfo.name).toBe('tradecontrols')
    const other = await call({
      jsonrpc: '2.0',
      id: 2,
      method: 'initialize',
      params: { protocolVersion: '1999-01-01' },
    })
    expect(other.result.protocolVersion).toBe('2025-06-18')
    expect(await call({ jsonrpc: '2.0', method: 'notifications/initialized' })).toBeUndefined()
  })

  it('lists the tools with JSON schemas', async () => {
    const r = await call({ jsonrpc: '2.0', id: 3, method: 'tools/list' })
    const screen = r.result.tools.find((t: { name: string }) => t.name === 'screen')
    expect(screen.inputSchema).toMatchObject({
      type: 'object',
      required: ['name'],
      additionalProperties: false,
    })
    expect(screen.inputSchema.properties.lists.items.enum).toContain('EL')
    expect(r.result.tools.map((t: { name: string }) => t.name)).toEqual([
      'screen',
      'determine',
      'lists_status',
    ])
  })

  it('screens through the screen tool, with structured content', async () => {
    const r = await call({
      jsonrpc: '2.0',
      id: 4,
      method: 'tools/call',
      params: { name: 'screen', arguments: { name: 'Huawei Technologies', country: 'CN' } },
    })
    expect(r.result.isError).toBe(false)
    expect(r.result.structuredContent.matches[0]).toMatchObject({ source: 'EL', entityId: 'EL:h1' })
    expect(JSON.parse(r.result.content[0].text)).toEqual(r.result.structuredContent)
    const recorded = await store.records.get(r.result.structuredContent.recordId)
    expect(recorded).toMatchObject({ kind: 'screen', caller: 'mcp:test', attention: true })
  })

  it('determines a licence requirement with reasons and citations', async () => {
    const r = await call({
      jsonrpc: '2.0',
      id: 10,
      method: 'tools/call',
      params: {
        name: 'determine',
        arguments: { eccn: '3A090.a', to: 'CN', parties: [{ name: 'Huawei Technologies', country: 'CN' }] },
      },
    })
    expect(r.result.isError).toBe(false)
    const d = r.result.structuredContent
    expect(d.decision).toBe('LICENSE_REQUIRED')
    expect(d.reasons.find((x: { code: string }) => x.code === 'PARTY_EL').citation).toBe('15 CFR 744.11')
    const bad = await call({
      jsonrpc: '2.0',
      id: 11,
      method: 'tools/call',
      params: { name: 'determine', arguments: { eccn: '3A090', to: 'CN', endUses: ['picnic'] } },
    })
    expect(bad.result).toMatchObject({
      isError: true,
      content: [{ text: expect.stringMatching(/^endUses\.0:/) }],
    })
  })

  it('reports list status', async () => {
    const r = await call({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'lists_status' } })
    expect(r.result.structuredContent.lists[0]).toMatchObject({ source: 'us_csl', ageDays: 10 })
  })

  it('answers bad tool arguments as a tool error naming the argument', async () => {
    const bad = async (args: unknown) =>
      (
        await call({
          jsonrpc: '2.0',
          id: 6,
          method: 'tools/call',
          params: { name: 'screen', arguments: args },
        })
      ).result
    expect(await bad({})).toMatchObject({
      isError: true,
      content: [{ text: expect.stringMatching(/^name:/) }],
    })
    expect((await bad({ name: 'x', country: 'China' })).content[0].text).toMatch(
      /^country: must be a two-letter/,
    )
    expect((await bad({ name: 'x', threshold: 'high' })).content[0].text).toMatch(/^threshold:/)
  })

  it('answers protocol errors with JSON-RPC error codes', async () => {
    expect((await call('{nope')).error.code).toBe(-32700)
    expect((await call('[1]')).error.code).toBe(-32600)
    expect((await call({ jsonrpc: '2.0', id: 7, method: 'resources/list' })).error.code).toBe(-32601)
    const unknown = await call({ jsonrpc: '2.0', id: 8, method: 'tools/call', params: { name: 'hack' } })
    expect(unknown.error).toMatchObject({ code: -32602 })
    expect((await call({ jsonrpc: '2.0', id: 9, method: 'ping' })).result).toEqual({})
  })
})
