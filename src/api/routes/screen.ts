import { createRoute } from '@hono/zod-openapi'
import type { TypedResponse } from 'hono'
import { takesLines } from '../../service/record-commit.js'
import type { ScreenJson } from '../../service/screen-json.js'
import { screenOne, screenOneText } from '../../service/screen-request.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
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
      'matched and an explanation; `data` gives the date and age of every list used. `matches: []` is clear. ' +
      'The answer is recorded (`recordId`, replayable) and each match opens an alert in the review queue.',
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
  app.openapi(route, async (c) => {
    const request = c.req.valid('json')
    c.set('logName', request.name)
    const caller = actorOf(c.get('caller'))
    const writer = ctx.records
    if (ctx.options.record && takesLines(writer)) {
      // Journaled recording: the answer and its record are serialised together (screenTexts). The text is
      // the JSON of a ScreenJson: the route's typed response says so.
      const body = await screenOneText(ctx.engine(), request, ctx.deps.now(), { caller, writer })
      return c.body(body, 200, { 'content-type': 'application/json' }) as unknown as TypedResponse<
        ScreenJson,
        200,
        'json'
      >
    }
    const record = ctx.options.record ? { store: ctx.deps.store, caller, writer } : undefined
    return c.json(await screenOne(ctx.engine(), request, ctx.deps.now(), record), 200)
  })
}
