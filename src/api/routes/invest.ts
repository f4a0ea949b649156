import { createRoute, z } from '@hono/zod-openapi'
import { investOne, investRequestSchema } from '../../service/invest-request.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { jsonBody } from '../middleware/json-body.js'
import { authErrors, inputErrors, jsonContent, notReady } from '../schemas/common.js'

const InvestRequestSchema = z.strictObject(investRequestSchema.shape).openapi('InvestRequest', {
  example: { target: 'Hefei Example AI Co', country: 'CN', activities: ['ai-military'], type: 'equity' },
})

const InvestResultSchema = z
  .object({
    decision: z.enum(['PROHIBITED', 'NOTIFIABLE', 'NOT_COVERED', 'EXCEPTED', 'INCOMPLETE']),
    asOf: z.string(),
    input: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The question as validated and normalised' }),
    reasons: z.array(z.unknown()).openapi({ description: 'Each with code, citation and text' }),
    filing: z.unknown().optional().openapi({ description: 'A notification due under §850.201, when one is' }),
    questions: z.array(z.unknown()),
    screening: z
      .unknown()
      .openapi({ description: 'The target screened: matches, NS-CMIC securities, ownership' }),
    rules: z.array(z.unknown()).openapi({ description: 'Dated or unverified rules the answer used' }),
    recordId: z.string().optional(),
  })
  .openapi('InvestmentResult')

export function registerInvest(app: ApiApp, ctx: RouteContext): void {
  const route = createRoute({
    method: 'post',
    path: '/v1/invest',
    tags: ['licensing'],
    summary: 'Outbound investment check (31 CFR 850, NS-CMIC securities, sanctions), with citations',
    description:
      'Sanctions first (SDN, ownership by SDNs, NS-CMIC), then 31 CFR part 850: investor, country of concern, ' +
      'transaction, covered foreign person and the tier of its activities. `decision` is PROHIBITED, ' +
      'NOTIFIABLE, NOT_COVERED, EXCEPTED or INCOMPLETE. Recorded and replayable.',
    security: SECURED,
    middleware: [jsonBody(ctx.options.maxBodyBytes)] as const,
    request: { body: { required: true, content: { 'application/json': { schema: InvestRequestSchema } } } },
    responses: {
      200: jsonContent(InvestResultSchema, 'The answer'),
      ...inputErrors,
      ...authErrors,
      ...notReady,
    },
  })
  app.openapi(route, async (c) => {
    const request = c.req.valid('json')
    const record = ctx.options.record
      ? { store: ctx.deps.store, caller: actorOf(c.get('caller')) }
      : undefined
    const result = await investOne(ctx.engine(), request, ctx.deps.now(), record)
    // hono types JSON bodies strictly: optional fields of the nested input read as "maybe undefined".
    return c.json(result as unknown as z.infer<typeof InvestResultSchema>, 200)
  })
}
