// Load generator for the HTTP benchmark, in its own process: POST /v1/screen with a rotating set of names.
// node bench/scale/load.mjs URL KEY SECONDS CONNECTIONS NAMES_JSON  → prints autocannon's result as JSON.
import autocannon from 'autocannon'

const [url, key, seconds, connections, namesJson] = process.argv.slice(2)
const names = JSON.parse(namesJson)
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests: names.map((name) => ({
    method: 'POST',
    path: '/v1/screen',
    headers,
    body: JSON.stringify({ name }),
  })),
})
console.log(
  JSON.stringify({
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }),
)
