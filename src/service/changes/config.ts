import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { badInput } from '../../errors.js'

/**
 * Where each list is downloaded from (official URLs by default, each overridable), how much a new version
 * may shrink before it is refused, and the webhooks alerts are sent to. Defaults, then the config file
 * (--config, $TRADECONTROLS_CONFIG or $TRADECONTROLS_HOME/config.json), then the environment.
 */
const sourceSchema = z.object({
  /** One file; or `files` for a set read together (an OFAC CSV set). */
  url: z.string().url().optional(),
  files: z.record(z.string(), z.string().url()).optional(),
  /** Updated by `lists update` without --source. */
  enabled: z.boolean().default(true),
  note: z.string().optional(),
})

const webhookSchema = z.object({
  url: z.string().url(),
  secret: z.string().optional(),
  /** Name of the environment variable holding the secret (keeps it out of the file). */
  secretEnv: z.string().optional(),
})

const configSchema = z.object({
  sources: z.record(z.string(), sourceSchema).default({}),
  maxDrop: z.number().min(0).max(1).default(0.2),
  webhooks: z.array(webhookSchema).default([]),
  webhookMaxAttempts: z.number().int().min(1).default(8),
  webhookBaseDelayMs: z.number().int().min(0).default(30_000),
})

export type SourceConfig = z.infer<typeof sourceSchema>
export type ChangesConfig = z.infer<typeof configSchema>
export interface WebhookEndpoint {
  url: string
  secret: string
}

export const OFFICIAL_SOURCES: Record<string, SourceConfig> = {
  us_csl: {
    url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
    enabled: true,
  },
  ofac_sdn: {
    url: 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML',
    enabled: true,
  },
  un: { url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', enabled: true },
  uk_ofsi: {
    url: 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv',
    enabled: true,
  },
  eu: {
    url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
    enabled: false,
    note: 'EU FSF XML: no reader yet, so not updated unless asked for with --source eu',
  },
}

export function loadChangesConfig(path?: string, env: NodeJS.ProcessEnv = process.env): ChangesConfig {
  const file =
    path ??
    env.TRADECONTROLS_CONFIG ??
    join(env.TRADECONTROLS_HOME ?? join(homedir(), '.tradecontrols'), 'config.json')
  let raw: unknown = {}
  if (path !== undefined || existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
      throw badInput('--config', `cannot read ${file}: ${(e as Error).message}`)
    }
  }
  const parsed = configSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw badInput(`${file}:${issue.path.join('.')}`, issue.message)
  }
  const config = parsed.data
  config.sources = { ...OFFICIAL_SOURCES, ...config.sources }
  for (const [name, source] of Object.entries(config.sources)) {
    const url = env[`TRADECONTROLS_SOURCE_${name.toUpperCase()}_URL`]
    if (url) config.sources[name] = { ...source, url, files: undefined }
  }
  if (env.TRADECONTROLS_MAX_DROP) config.maxDrop = Number(env.TRADECONTROLS_MAX_DROP)
  if (env.TRADECONTROLS_WEBHOOK_URL)
    config.webhooks.push({ url: env.TRADECONTROLS_WEBHOOK_URL, secretEnv: 'TRADECONTROLS_WEBHOOK_SECRET' })
  return config
}

/** The configured webhooks with their secrets resolved; a webhook without a secret is refused. */
export function webhookEndpoints(
  config: ChangesConfig,
  env: NodeJS.ProcessEnv = process.env,
): WebhookEndpoint[] {
  return config.webhooks.map((w, i) => {
    const secret = w.secret ?? (w.secretEnv ? env[w.secretEnv] : undefined)
    if (!secret)
      throw badInput(`webhooks.${i}.secret`, `no signing secret for ${w.url} (set secret or secretEnv)`)
    return { url: w.url, secret }
  })
}
