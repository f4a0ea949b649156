import { isTcError } from '../errors.js'
import { VERSION } from '../version.js'
import {
  failure,
  INVALID_PARAMS,
  isResponse,
  METHOD_NOT_FOUND,
  parseMessage,
  type Response,
  result,
} from './json-rpc.js'
import { TOOLS, type ToolDeps, toolErrorText, toolListing } from './tools.js'

/** Protocol revisions this server speaks, newest first. */
export const PROTOCOL_VERSIONS = ['2025-06-18', '2025-03-26', '2024-11-05']

/**
 * The MCP server's logic, transport-free: one line in, at most one line out. Notifications get no answer;
 * a tool that fails answers `isError: true` with a message naming the argument, so the model can correct it.
 */
export class McpServer {
  readonly #deps: ToolDeps
  readonly #logError: (e: unknown) => void

  constructor(deps: ToolDeps, logError: (e: unknown) => void = () => undefined) {
    this.#deps = deps
    this.#logError = logError
  }

  async handleLine(line: string): Promise<Response | undefined> {
    if (!line.trim()) return undefined
    const message = parseMessage(line)
    if (isResponse(message)) return message
    const { id, method, params } = message
    if (id === undefined) return undefined // notifications/initialized, notifications/cancelled, ...
    const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>
    switch (method) {
      case 'initialize': {
        const asked = typeof p.protocolVersion === 'string' ? p.protocolVersion : ''
        return result(id, {
          protocolVersion: PROTOCOL_VERSIONS.includes(asked) ? asked : PROTOCOL_VERSIONS[0],
          capabilities: { tools: { listChanged: false } },
          serverInfo: { name: 'tradecontrols', title: 'tradecontrols', version: VERSION },
          instructions:
            'Screen parties against the restricted-party lists with "screen"; ask whether an export needs a ' +
            'licence with "determine"; check the data dates with "lists_status". Answers are offline and ' +
            'explained; a match or a licence requirement needs human review.',
        })
      }
      case 'ping':
        return result(id, {})
      case 'tools/list':
        return result(id, { tools: toolListing() })
      case 'tools/call':
        return this.#call(id, p)
      default:
        return failure(id, METHOD_NOT_FOUND, `unknown method ${method}`)
    }
  }

  async #call(id: string | number, p: Record<string, unknown>): Promise<Response> {
    const tool = TOOLS.find((t) => t.name === p.name)
    if (!tool) return failure(id, INVALID_PARAMS, `unknown tool ${String(p.name)}; see tools/list`)
    try {
      const value = await tool.run(p.arguments ?? {}, this.#deps)
      return result(id, {
        content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
        structuredContent: value,
        isError: false,
      })
    } catch (e) {
      const text = toolErrorText(e)
      if (text === 'internal error' && !isTcError(e)) this.#logError(e)
      return result(id, { content: [{ type: 'text', text }], isError: true })
    }
  }
}
