import { z } from 'zod'
import type { SearchOptions } from '../match/types.js'
import { LIST_CODES, type ListCode } from '../model/entity.js'
import type { Store } from '../store/store.js'
import type { Engine } from './engine-types.js'
import { MAX_NAME_LENGTH, parseScreenQuery } from './query-schema.js'
import type { LineSink, RecordSink } from './record-commit.js'
import { recordScreening } from './record-screening.js'
import { type ScreenJson, screenJson } from './screen-json.js'
import { screenTexts } from './screen-texts.js'

const listCodes = Object.keys(LIST_CODES) as [ListCode, ...ListCode[]]

/**
 * One screening request as the API body and the MCP tool take it: the query and the search options. The
 * query fields are validated again by parseScreenQuery, so every face gives the same one-line errors.
 */
export const screenRequestSchema = z.strictObject({
  name: z.string().max(MAX_NAME_LENGTH).describe('The party’s name, in any script'),
  type: z.enum(['person', 'organization', 'vessel', 'aircraft']).optional().describe('What the party is'),
  country: z.string().optional().describe('ISO 3166-1 alpha-2 code of the party’s country, e.g. CN'),
  dob: z.string().optional().describe('Date or year of birth: YYYY, YYYY-MM or YYYY-MM-DD'),
  threshold: z.number().min(0).max(1).optional().describe('Report matches at or above this score (0..1)'),
  lists: z
    .array(z.enum(listCodes))
    .min(1)
    .max(listCodes.length)
    .optional()
    .describe('Only these lists, e.g. ["EL","SDN"]'),
  limit: z.number().int().min(1).max(100).optional().describe('At most this many matches'),
})

export type ScreenRequest = z.infer<typeof screenRequestSchema>

/**
 * Screens one request on an engine: the answer in the CLI contract's JSON shape. With `record`, the answer is
 * recorded in the engine's store (and its matches raise alerts) and carries the record id.
 */
export async function screenOne(
  engine: Engine,
  request: ScreenRequest,
  today: Date,
  record?: { store: Store; caller: string; writer?: RecordSink },
): Promise<ScreenJson> {
  const { query, options, result } = screened(engine, request, today)
  if (record)
    result.recordId = await recordScreening(
      record.store,
      engine,
      { query, options, matches: result.matches },
      record.caller,
      today,
      record.writer,
    )
  return result
}

/**
 * screenOne for a sink that journals lines (`serve` on the embedded store): the answer as JSON text, its
 * record journaled first, both serialised from the same matches (screenTexts).
 */
export async function screenOneText(
  engine: Engine,
  request: ScreenRequest,
  today: Date,
  record: { caller: string; writer: LineSink },
): Promise<string> {
  const { query, options, result } = screened(engine, request, today)
  const texts = screenTexts(engine, query, options, result, record.caller, today)
  await record.writer.writeLine(texts.line)
  return texts.body
}

function screened(engine: Engine, request: ScreenRequest, today: Date) {
  const { threshold, lists, limit, ...fields } = request
  const query = parseScreenQuery(fields)
  const options: SearchOptions & { threshold: number } = { threshold: threshold ?? engine.defaultThreshold }
  if (lists !== undefined) options.lists = lists
  if (limit !== undefined) options.limit = limit
  return {
    query,
    options,
    result: screenJson(engine.screen(query, options), (id) => engine.entity(id), today),
  }
}
