import { z } from '@hono/zod-openapi'
import { LIST_CODES, type ListCode } from '../../model/entity.js'
import { MAX_NAME_LENGTH } from '../../service/query-schema.js'
import { DataSchema } from './common.js'

const listCodes = Object.keys(LIST_CODES) as [ListCode, ...ListCode[]]
const entityTypes = ['person', 'organization', 'vessel', 'aircraft'] as const

/**
 * The request as documented. The handler validates the query part again with the library's own schema
 * (parseScreenQuery), so the CLI, the API and the MCP tools give the same one-line errors.
 */
export const ScreenRequestSchema = z
  .strictObject({
    name: z.string().max(MAX_NAME_LENGTH).openapi({ example: 'Huawei Technologies Co Ltd' }),
    type: z.enum(entityTypes).optional(),
    country: z.string().optional().openapi({ description: 'ISO 3166-1 alpha-2', example: 'CN' }),
    dob: z.string().optional().openapi({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .openapi({ description: 'Report matches at or above this' }),
    lists: z
      .array(z.enum(listCodes))
      .min(1)
      .max(listCodes.length)
      .optional()
      .openapi({ example: ['EL'] }),
    limit: z.number().int().min(1).max(100).optional().openapi({ description: 'At most this many matches' }),
  })
  .openapi('ScreenRequest')

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
