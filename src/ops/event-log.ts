import { badInput } from '../errors.js'

export type LogFormat = 'text' | 'json'

export function parseLogFormat(value: string): LogFormat {
  if (value === 'text' || value === 'json') return value
  throw badInput('--log-format', `must be text or json, not "${value}"`)
}

/**
 * Lifecycle events of a long-running process (started, ready, list switch, shutdown, errors): a sentence for
 * people at a terminal, or one JSON object per line for a log collector.
 */
export function eventLog(
  write: (line: string) => void,
  component: string,
  format: LogFormat,
  now: () => Date,
): (event: string, text: string, fields?: Record<string, unknown>) => void {
  return (event, text, fields = {}) =>
    write(
      format === 'json'
        ? `${JSON.stringify({ time: now().toISOString(), component, event, ...fields })}\n`
        : `${text}\n`,
    )
}
