import { ADDED, LISTED_NAMES } from './lists.js'

/** One answer of POST /v1/screen as the traffic saw it. */
export interface Answer {
  instance: number
  query: string
  sentAt: number
  receivedAt: number
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field
  body: any
}

/**
 * Screening requests from `concurrency` loops, alternating instances and queries (listed names and the name
 * only the second version lists), until `stop()`; every answer is kept for the checks.
 */
export function screeningTraffic(urls: readonly string[], key: string, concurrency = 4) {
  const answers: Answer[] = []
  let running = true
  const loop = async (k: number) => {
    for (let i = k; running; i += concurrency) {
      const instance = i % urls.length
      const query = i % 3 === 0 ? ADDED : LISTED_NAMES[i % LISTED_NAMES.length]!
      const sentAt = performance.now()
      const res = await fetch(`${urls[instance]}/v1/screen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: query }),
      })
      const body = await res.json()
      answers.push({ instance, query, sentAt, receivedAt: performance.now(), status: res.status, body })
    }
  }
  const loops = Array.from({ length: concurrency }, (_, k) => loop(k))
  return {
    answers,
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

/**
 * Which us_csl version an answer used, after checking it is whole: the unchanged source kept its version,
 * every match carries the facts of the version the answer names, and the entry only the second version
 * lists is found exactly when the answer says it used the second version.
 */
export function answeredVersion(a: Answer, ids: { v1: string; v2: string; un: string }): 'v1' | 'v2' {
  const version = (source: string) =>
    (a.body.data as Array<{ source: string; versionId: string }>).find((d) => d.source === source)?.versionId
  if (a.status !== 200) throw new Error(`answer ${a.status}: ${JSON.stringify(a.body)}`)
  if (version('un') !== ids.un) throw new Error(`un version ${version('un')} in an answer`)
  const csl = version('us_csl')
  if (csl !== ids.v1 && csl !== ids.v2) throw new Error(`unknown us_csl version ${csl}`)
  const v = csl === ids.v1 ? 'v1' : 'v2'
  const program = v === 'v1' ? 'FROM-V1' : 'FROM-V2'
  for (const m of a.body.matches as Array<{ entityId: string; programs?: string[] }>)
    if (m.programs?.join() !== program)
      throw new Error(`mixed answer: data says ${v}, match ${m.entityId} has ${m.programs}`)
  const foundAdded = a.body.matches.some((m: { entityId: string }) => m.entityId === 'SDN:added')
  if (a.query === ADDED && foundAdded !== (v === 'v2'))
    throw new Error(`mixed answer: data says ${v}, the added entry ${foundAdded ? 'found' : 'missing'}`)
  if (a.query !== ADDED && a.body.matches.length === 0) throw new Error(`no match for ${a.query}`)
  return v
}
