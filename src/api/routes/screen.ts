import { createRoute } from '@hono/zod-openapi'
import type { SearchOptions } from '../../match/types.js'
import { parseScreenQuery } from '../../service/query-schema.js'
import { screenJson } from '../../service/screen-json.js'
import { type ApiApp, type RouteContext, SECURED } from '../context.js'
import { jsonBody } from '../middleware/json-body.js'
import { authErrors, inputErrors, jsonContent, notReady } from '../schemas/common.js'
import { ScreenRequestSchema, ScreenResponseSchema } from '../schemas/screen.js'

export function registerScreen(app: ApiApp, ctx: RouteContext): void {
  const route = createRoute({
    method: 'post',
    path: '/v1/screen',
    tags: ['screening'],
    summary: 'Screen one party against the lists in force',
    description:
      'Matches at or above the threshold, best first, each with the listed name, the name or alias that ' +
      'matched and an explanation; `data` gives the date and age of every list used. `matches: []` is clear.',
    security: SECURED,
    middleware: [jsonBody(ctx.options.maxBodyBytes)] as const,
    request: { body: { required: true, content: { 'application/json': { schema: ScreenRequestSchema } } } },
    responses: {
      200: jsonContent(ScreenResponseSchema, 'The screening answer'),
      ...inputErrors,
      ...authErrors,
      ...notReady,
    },
  })
  app.openapi(route, (c) => {
    const { threshold, lists, limit, ...fields } = c.req.valid('json')
    const query = parseScreenQuery(fields)
    c.set('logName', query.name)
    const options: SearchOptions = {}
    if (threshold !== undefined) options.threshold = threshold
    if (lists !== undefined) options.lists = lists
    if (limit !== undefined) options.limit = limit
    const engine = ctx.engine()
    const result = screenJson(engine.screen(query, options), (id) => engine.entity(id), ctx.deps.now())
    return c.json(result, 200)
  })
}
