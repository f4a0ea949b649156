import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tradecontrols.js')

/** `tradecontrols mcp` spawned as an MCP client would, over the bundled data, driven through stdio. */
describe('tradecontrols mcp over stdio', () => {
  const home = mkdtempSync(join(tmpdir(), 'tc-mcp-'))
  afterAll(() => rmSync(home, { recursive: true, force: true }))

  it('initializes, lists its tools and screens a name', async () => {
    const child = spawn('node', [BIN, 'mcp'], { env: { ...process.env, TRADECONTROLS_HOME: home } })
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const ask = async (message: object) => {
      child.stdin.write(`${JSON.stringify(message)}\n`)
      const next = await lines.next()
      if (next.done) throw new Error(`mcp closed: ${stderr}`)
      return JSON.parse(next.value)
    }
    try {
      const init = await ask({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'test', version: '1' },
        },
      })
      expect(init.result.protocolVersion).toBe('2025-06-18')
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`)
      const list = await ask({ jsonrpc: '2.0', id: 2, method: 'tools/list' })
      expect(list.result.tools.map((t: { name: string }) => t.name)).toContain('screen')
      const screened = await ask({
        jsonrpc: '2.0',
        id: 3,
        method: 'tools/call',
        params: { name: 'screen', arguments: { name: 'Rosoboronexport' } },
      })
      expect(screened.id).toBe(3)
      expect(screened.result.isError).toBe(false)
      expect(screened.result.structuredContent.matches[0].name).toMatch(/ROSOBORONE(X|KS)PORT/i)
      expect(screened.result.structuredContent.data).toContainEqual(
        expect.objectContaining({ source: 'us_csl', published: '2026-07-31' }),
      )
    } finally {
      child.stdin.end()
    }
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
  }, 120_000)
})
