import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verifyWebhook } from '../../src/changes/webhook-signature.js'

/**
 * A webhook receiver as a customer would write one: it checks the signature, processes each idempotency
 * key once, and acknowledges. It can be stopped and started on the same port (a receiver that is down), and
 * told to lose its acknowledgement (process, then answer 500) to force a redelivery.
 */
export class WebhookReceiver {
  readonly processed: string[] = []
  readonly received: string[] = []
  readonly rejected: string[] = []
  /** Idempotency keys whose first acknowledgement is lost. */
  readonly loseAckOnce = new Set<string>()
  #server: Server | undefined
  #port = 0

  constructor(readonly secret: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.#port}/hooks/tradecontrols`
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const key = String(req.headers[IDEMPOTENCY_HEADER])
        const check = verifyWebhook(
          this.secret,
          body,
          req.headers[SIGNATURE_HEADER] as string | undefined,
          Math.floor(Date.now() / 1000),
          10 ** 9,
        )
        if (!check.ok) {
          this.rejected.push(check.reason)
          res.writeHead(401).end()
          return
        }
        this.received.push(key)
        if (!this.processed.includes(key)) this.processed.push(key)
        if (this.loseAckOnce.delete(key)) res.writeHead(500).end()
        else res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => this.#server!.listen(this.#port, '127.0.0.1', resolve))
    this.#port = (this.#server.address() as AddressInfo).port
  }

  async stop(): Promise<void> {
    const server = this.#server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    this.#server = undefined
  }
}
