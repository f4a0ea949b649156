import pg from 'pg'

/**
 * LISTEN on a channel with a dedicated connection that reconnects by itself. After a reconnect the callback
 * runs once, since notifications sent while the connection was down are lost.
 */
export async function listen(
  url: string,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined
  let stopped = false
  let retry: NodeJS.Timeout | undefined

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url })
    c.on('notification', (msg) => {
      if (msg.channel === channel) onNotify()
    })
    c.on('error', () => reconnect())
    c.on('end', () => reconnect())
    await c.connect()
    await c.query(`LISTEN ${channel}`)
    client = c
  }
  const reconnect = () => {
    if (stopped || retry) return
    client = undefined
    retry = setTimeout(() => {
      retry = undefined
      connect()
        .then(onNotify)
        .catch(() => reconnect())
    }, 1000)
  }

  await connect()
  return async () => {
    stopped = true
    if (retry) clearTimeout(retry)
    await client?.end().catch(() => undefined)
  }
}
