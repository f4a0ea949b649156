import type { Command } from 'commander'
import { McpServer } from '../../mcp/server.js'
import { serveStdio } from '../../mcp/stdio.js'
import { loadEarTables } from '../../service/ear-tables.js'
import type { CliDeps, EngineHandle } from '../io.js'

export function registerMcp(program: Command, deps: CliDeps): void {
  program
    .command('mcp')
    .description('serve screening, licence determination and list status to AI assistants over MCP (stdio)')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--no-record', 'do not record the answers in the store')
    .action(async (flags: { db?: string; record?: boolean }) => {
      const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
      // Load in the background: the client's initialize is answered at once, tool calls wait for the data.
      const loading: Promise<EngineHandle> = deps.engineForStore(store)
      loading.catch(() => undefined)
      const tools = {
        engine: () => loading,
        store,
        now: () => deps.now(),
        earTables: () => loadEarTables(),
        ...(flags.record === false ? {} : { caller: `mcp:${deps.actor}` }),
      }
      const server = new McpServer(tools, (e) =>
        deps.io.err(`mcp tool error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
      )
      try {
        await serveStdio(server, deps.stdin(), (line) => deps.io.out(line), deps.shutdownSignal())
      } finally {
        await (await loading.catch(() => undefined))?.close()
        await store.close()
      }
    })
}
