import { z } from '@hono/zod-openapi'
import { screenRequestSchema } from '../../service/screen-request.js'
import { DataSchema } from './common.js'

const entityTypes = ['person', 'organization', 'vessel', 'aircraft'] as const

/**
 * The library's request schema, named for the OpenAPI document. Rebuilt from its shape because zod 4 gives
 * `.openapi()` only to schemas made after @hono/zod-openapi has loaded (the library's may be made earlier).
 */
export const ScreenRequestSchema = z.strictObject(screenRequestSchema.shape).openapi('ScreenRequest', {
  example: { name: 'Huawei Technologies Co Ltd', country: 'CN' },
})

const ExplanationSchema = z
  .object({
    method: z.string(),
    normalisedQuery: z.string(),
    normalisedName: z.string(),
    tokens: z.array(
      z.object({ query: z.string(), listed: z.string(), similarity: z.number(), weight: z.number() }),
    ),
    nameScore: z.number(),
    adjustments: z.array(z.object({ code: z.string(), effect: z.number(), text: z.string() })),
  })
  .openapi('Explanation')

export const MatchSchema = z
  .object({
    source: z.string().openapi({ description: 'List code', example: 'EL' }),
    sourceId: z.string(),
    entityId: z.string(),
    name: z.string().openapi({ description: 'The listed primary name' }),
    matchedName: z.string().openapi({ description: 'The name or alias that matched' }),
    score: z.number(),
    type: z.string().optional(),
    countries: z.array(z.string()).optional(),
    programs: z.array(z.string()).optional(),
    licenseRequirement: z.string().optional(),
    licensePolicy: z.string().optional(),
    federalRegister: z.array(z.string()).optional(),
    parentId: z.string().optional(),
    sourceUrl: z.string().optional(),
    explanation: ExplanationSchema,
  })
  .openapi('Match')

export const ScreenResponseSchema = z
  .object({
    query: z.object({
      name: z.string(),
      type: z.enum([...entityTypes, 'unknown']).optional(),
      country: z.string().optional(),
      dob: z.string().optional(),
    }),
    matches: z.array(MatchSchema),
    data: z.array(DataSchema),
    recordId: z.string().optional(),
  })
  .openapi('ScreenResult')
