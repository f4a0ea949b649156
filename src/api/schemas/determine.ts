import { z } from '@hono/zod-openapi'
import { determineRequestSchema } from '../../service/determine-request.js'

/** Rebuilt from the library's shape so that it can be named in the OpenAPI document (see screen.ts). */
export const DetermineRequestSchema = z
  .strictObject(determineRequestSchema.shape)
  .openapi('DetermineRequest', {
    example: { eccn: '3A090.a', to: 'CN', parties: [{ name: 'Huawei Technologies', country: 'CN' }] },
  })

const ReasonSchema = z
  .object({
    code: z.string().openapi({ example: 'PARTY_EL' }),
    citation: z.string().openapi({ example: '15 CFR 744.11' }),
    text: z.string(),
    effect: z.enum(['prohibited', 'license', 'question', 'condition', 'clear', 'info']),
    step: z.string(),
    questionId: z.string().optional(),
  })
  .openapi('Reason')

export const DeterminationSchema = z
  .object({
    decision: z.enum(['NLR', 'LICENSE_REQUIRED', 'PROHIBITED', 'INCOMPLETE']),
    reasons: z.array(ReasonSchema),
    licenseExceptions: z.array(
      z.object({ symbol: z.string(), citation: z.string(), conditions: z.array(z.string()) }),
    ),
    parties: z.array(z.unknown()).openapi({ description: 'Screening of each party and owner' }),
    questions: z.array(z.object({ id: z.string(), text: z.string(), citation: z.string() })),
    item: z.object({ eccn: z.string(), paragraph: z.string().optional(), heading: z.string().optional() }),
    destination: z.object({
      code: z.string(),
      name: z.string(),
      chartRow: z.string(),
      region: z.string().optional(),
      groups: z.array(z.string()),
    }),
    asOf: z.string(),
    datedRules: z.array(z.unknown()),
    data: z.object({
      ecfr: z.string(),
      lists: z.array(z.object({ source: z.string(), published: z.string().optional() })),
    }),
    recordId: z.string().optional(),
  })
  .openapi('Determination')
