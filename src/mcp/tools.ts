import { z } from 'zod'
import type { EarTables } from '../ear/tables.js'
import { isTcError } from '../errors.js'
import { determineOne, determineRequestSchema } from '../service/determine-request.js'
import type { Engine } from '../service/engine-types.js'
import { DEFAULT_MAX_AGE_DAYS, listsStatus } from '../service/lists-status.js'
import { screenOne, screenRequestSchema } from '../service/screen-request.js'
import type { Store } from '../store/store.js'

/** What the tools run against: the same library functions as the CLI and the API. */
export interface ToolDeps {
  engine(): Promise<Engine>
  store: Store
  now(): Date
  /** Who the answers are recorded for (the MCP client's user); no recording when absent. */
  caller?: string
  earTables(): Promise<EarTables>
}

const recordFor = (deps: ToolDeps) => (deps.caller ? { store: deps.store, caller: deps.caller } : undefined)

export interface Tool {
  name: string
  title: string
  description: string
  inputSchema: z.ZodType
  run(args: unknown, deps: ToolDeps): Promise<unknown>
}

const listsStatusInput = z.strictObject({
  maxAgeDays: z.number().int().min(0).max(3650).optional().describe('Flag lists older than this many days'),
})

export const TOOLS: Tool[] = [
  {
    name: 'screen',
    title: 'Screen a party',
    description:
      'Screen a person, company, vessel or aircraft against the restricted-party lists in force (US CSL: Entity ' +
      'List, SDN, DPL, UVL, MEU, ...). Returns matches at or above the threshold, best first, each with the ' +
      'listed name, the name or alias that matched, the score, an explanation, licence requirements, and the ' +
      'publication date and age of the data. An empty "matches" means no listed party matched.',
    inputSchema: screenRequestSchema,
    run: async (args, deps) =>
      screenOne(await deps.engine(), screenRequestSchema.parse(args), deps.now(), recordFor(deps)),
  },
  {
    name: 'determine',
    title: 'EAR licence determination',
    description:
      'Does this export need a US licence? EAR licence determination for an item (ECCN such as 3A090.a, or ' +
      'EAR99) to a destination, screening the parties, with the end uses the exporter knows of. Answers ' +
      'NLR, LICENSE_REQUIRED, PROHIBITED or INCOMPLETE with reasons citing 15 CFR, candidate licence exceptions ' +
      'with their conditions, and open questions (answer them in "answers" and call again).',
    inputSchema: determineRequestSchema,
    run: async (args, deps) =>
      determineOne(
        await deps.engine(),
        await deps.earTables(),
        determineRequestSchema.parse(args),
        deps.now(),
        recordFor(deps),
      ),
  },
  {
    name: 'lists_status',
    title: 'List status',
    description:
      'The restricted-party lists in force: source, publication date, age in days, whether an update is due, ' +
      'and how many parties each list holds.',
    inputSchema: listsStatusInput,
    run: async (args, deps) => {
      const { maxAgeDays } = listsStatusInput.parse(args ?? {})
      return listsStatus(deps.store, deps.now(), maxAgeDays ?? DEFAULT_MAX_AGE_DAYS)
    },
  },
]

/** A tool's failure as the model should read it: one line naming the argument at fault. */
export function toolErrorText(e: unknown): string {
  if (isTcError(e)) return e.oneLine()
  if (e instanceof z.ZodError) {
    const issue = e.issues[0]
    const path = issue?.path.join('.') || 'arguments'
    return `${path}: ${issue?.message ?? 'invalid'}`
  }
  return 'internal error'
}

export function toolListing(): Array<{
  name: string
  title: string
  description: string
  inputSchema: unknown
}> {
  return TOOLS.map((t) => ({
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: z.toJSONSchema(t.inputSchema, { target: 'draft-2020-12' }),
  }))
}
