import { createRoute, z } from '@hono/zod-openapi'
import { END_USE_CODES } from '../../ear/end-use.js'
import { determineOne } from '../../service/determine-request.js'
import { loadEarTables } from '../../service/ear-tables.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { jsonBody } from '../middleware/json-body.js'
import { authErrors, inputErrors, jsonContent, notReady } from '../schemas/common.js'
import { DeterminationSchema, DetermineRequestSchema } from '../schemas/determine.js'

const EndUseSchema = z.object({ code: z.string(), title: z.string(), citation: z.string() }).openapi('EndUse')

export function registerDetermine(app: ApiApp, ctx: RouteContext): void {
  const endUses = createRoute({
    method: 'get',
    path: '/v1/determine/end-uses',
    tags: ['licensing'],
    summary: 'The end-use codes `endUses` takes, with what each means and its citation',
    security: SECURED,
    responses: {
      200: jsonContent(z.object({ endUses: z.array(EndUseSchema) }), 'End-use codes'),
      ...authErrors,
    },
  })
  const list = END_USE_CODES.map(({ code, title, citation }) => ({ code, title, citation }))
  app.openapi(endUses, (c) => c.json({ endUses: list }, 200))

  const route = createRoute({
    method: 'post',
    path: '/v1/determine',
    tags: ['licensing'],
    summary: 'EAR licence determination: item x destination x parties x end use, with citations',
    description:
      'The answer follows Part 732: subject to the EAR, embargoes (Part 746), parties (Part 744), the CCL and ' +
      'Country Chart, end uses, licence exceptions (Part 740). `decision` is NLR, LICENSE_REQUIRED, PROHIBITED ' +
      'or INCOMPLETE (open `questions`: answer them in `answers` and ask again). Recorded and replayable.',
    security: SECURED,
    middleware: [jsonBody(ctx.options.maxBodyBytes)] as const,
    request: {
      body: { required: true, content: { 'application/json': { schema: DetermineRequestSchema } } },
    },
    responses: {
      200: jsonContent(DeterminationSchema, 'The determination'),
      ...inputErrors,
      ...authErrors,
      ...notReady,
    },
  })
  app.openapi(route, async (c) => {
    const request = c.req.valid('json')
    const engine = ctx.engine()
    const tables = await (ctx.deps.earTables ?? loadEarTables)()
    const record = ctx.options.record
      ? { store: ctx.deps.store, caller: actorOf(c.get('caller')) }
      : undefined
    return c.json(await determineOne(engine, tables, request, ctx.deps.now(), record), 200)
  })
}
