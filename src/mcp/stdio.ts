import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import type { McpServer } from './server.js'

/**
 * MCP's stdio transport: newline-delimited JSON-RPC on stdin and stdout (stdout carries nothing else).
 * Requests are answered in order. Resolves when stdin ends or `stop` resolves.
 */
export async function serveStdio(
  server: McpServer,
  input: Readable,
  write: (line: string) => void,
  stop: Promise<unknown>,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  void stop.then(() => lines.close())
  for await (const line of lines) {
    // A line longer than 1 MiB is not a tool call anyone means; answer it as unparseable.
    const response = await server.handleLine(line.length > 1_048_576 ? '{' : line)
    if (response) write(`${JSON.stringify(response)}\n`)
  }
}
