import { createRoute, z } from '@hono/zod-openapi'
import { dataJson } from '../../service/screen-json.js'
import { VERSION } from '../../version.js'
import type { ApiApp, RouteContext } from '../context.js'
import { DataSchema, jsonContent } from '../schemas/common.js'

const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() }).openapi('Health')
const ReadySchema = z
  .object({
    ready: z.boolean(),
    reason: z.string().optional(),
    data: z.array(DataSchema).openapi({ description: 'The list versions this instance screens against' }),
  })
  .openapi('Ready')

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['operations'],
  summary: 'Liveness: the process answers (no key needed)',
  responses: { 200: jsonContent(HealthSchema, 'Alive') },
})

const ready = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['operations'],
  summary:
    'Readiness of this instance: 503 until the list data is loaded; reports the data dates (no key needed)',
  responses: { 200: jsonContent(ReadySchema, 'Ready'), 503: jsonContent(ReadySchema, 'Still loading') },
})

export function registerHealth(app: ApiApp, ctx: RouteContext): void {
  app.openapi(health, (c) => c.json({ status: 'ok' as const, version: VERSION }, 200))
  app.openapi(ready, (c) => {
    const engine = ctx.deps.engine()
    if (!engine) return c.json({ ready: false, reason: 'loading list data', data: [] }, 503)
    const today = ctx.deps.now()
    return c.json({ ready: true, data: engine.data.map((d) => dataJson(d, today)) }, 200)
  })
}
