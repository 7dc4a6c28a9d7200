// The mixed run of the benchmark (called by bench/mixed.sh, which starts the service with a bench admin
// and passes its URL and credentials): reads and writes at once, as editors and readers meet in
// production. The admin creates an editor; then autocannon keeps CONNECTIONS connections busy for
// WARMUP s and DURATION s, each request a write (createEvent as the editor, citing one source) with
// probability WRITE_PERCENT %, else one of the benchmark's three queries in turn. RETRY_PERCENT % of the
// writes repeat an earlier accepted write with its idempotency key, as a client retries after a lost
// answer: it must answer the same event and write nothing. Afterwards the database must hold exactly
// one event, one citation, one count claim and one idempotency key per accepted write: nothing lost,
// nothing doubled. Any other answer (HTTP status other than 200, GraphQL errors, socket errors,
// timeouts) is an unexpected error. Writes still in flight when the load stops are retried with their
// key once the service is idle (their answer is lost, not their row). Prints the table, writes bench/out/mixed-<time>.{json,txt}; exit
// code 1 when an error or a difference in the counts was seen.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const int = (name, dflt) => {
  const v = env[name] === undefined || env[name] === '' ? dflt : Number(env[name]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be a whole number, got ${env[name]}`);
  return v;
};
const cfg = {
  url: env.RG_URL || 'http://127.0.0.1:8180/graphql',
  admin: { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD },
  pgPort: int('PG_PORT', 54359),
  duration: int('DURATION', 60),
  warmup: int('WARMUP', 10),
  connections: int('CONNECTIONS', 64),
  writePercent: int('WRITE_PERCENT', 10),
  retryPercent: int('RETRY_PERCENT', 10),
  timeout: int('REQUEST_TIMEOUT', 10),
  out: env.OUT_DIR || join(here, 'out'),
};
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(cfg.url).hostname)) throw new Error(`RG_URL must point at this machine, got ${cfg.url}`);
if (!cfg.admin.username || !cfg.admin.password) throw new Error('ADMIN_USERNAME and ADMIN_PASSWORD are needed (bench/mixed.sh sets them)');
if (cfg.writePercent > 100 || cfg.retryPercent > 100) throw new Error('WRITE_PERCENT and RETRY_PERCENT are percentages');
const log = (...a) => console.error('[mixed]', ...a);
const basic = ({ username, password }) => 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64');

async function graphql(account, query, variables) {
  const response = await fetch(cfg.url, {
    method: 'POST', signal: AbortSignal.timeout(30_000),
    headers: { 'content-type': 'application/json', ...(account ? { authorization: basic(account) } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  if (response.status !== 200 || json.errors) throw new Error(`${query.slice(0, 40)}...: HTTP ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json.data;
}

// ---------------------------------------------------------------------- the editor and the requests
const run = randomUUID().slice(0, 8); // tags this run's rows: titles, keys, accounts
const editor = { username: `bench-editor-${run}`, password: randomUUID() };
await graphql(cfg.admin, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { username } }',
  { input: { username: editor.username, password: editor.password, role: 'EDITOR' } });
const sourceId = (await graphql(editor, 'mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }',
  { input: { title: `Mixed benchmark wire ${run}`, publisher: 'Benchmark wire' } })).createSource.source.id;
log(`run ${run}: editor ${editor.username}, source ${sourceId}`);

const CREATE_EVENT = `mutation RecordArrest($input: CreateEventInput!) {
  createEvent(input: $input) { event { id title people { best text } } }
}`;
const queries = ['headline.graphql', 'events-page.graphql', 'statistics.graphql']
  .map(file => JSON.stringify({ query: readFileSync(join(here, 'queries', file), 'utf8') }));
const writeHeaders = { 'content-type': 'application/json', authorization: basic(editor) };
const readHeaders = { 'content-type': 'application/json' };

// An event in Fiji, where the synthetic and cited data have none: the benchmark's queries (prevented
// deportations, deportations since 2010, deportation statistics) answer the same as before.
const eventInput = n => ({
  kind: 'ARREST', status: 'CARRIED_OUT', title: `bench-mixed ${run} ${n}`,
  date: { start: '2024-06-03', end: '2024-06-03', precision: 'DAY' }, location: 'FJI',
  people: { best: 3, qualifier: 'EXACT', text: 'three' },
  citation: { sourceId, quote: `Police arrested three North Koreans (report ${n}).` },
  idempotencyKey: `${run}-${n}`,
});

function newTally() {
  return { queries: 0, writes: 0, retries: 0, unexpected: 0, doubled: 0, examples: [], latency: { query: [], write: [] } };
}
let tally = newTally();
let nextWrite = 0;
let nextQuery = 0;
const accepted = new Map(); // write number -> event id
const acceptedNumbers = [];
const sent = new Set(); // write numbers sent (or about to be) with a new key

function unexpected(context, why) {
  tally.unexpected++;
  if (tally.examples.length < 5) tally.examples.push(`${context.kind}: ${why}`);
}

const request = {
  setupRequest(req, context) {
    context.sentAt = process.hrtime.bigint();
    if (Math.random() * 100 < cfg.writePercent) {
      const retry = acceptedNumbers.length > 0 && Math.random() * 100 < cfg.retryPercent;
      const n = retry ? acceptedNumbers[Math.floor(Math.random() * acceptedNumbers.length)] : nextWrite++;
      Object.assign(context, { kind: retry ? 'retry' : 'write', n });
      if (!retry) sent.add(n);
      return { ...req, method: 'POST', headers: writeHeaders, body: JSON.stringify({ query: CREATE_EVENT, variables: { input: eventInput(n) } }) };
    }
    context.kind = 'query';
    return { ...req, method: 'POST', headers: readHeaders, body: queries[nextQuery++ % queries.length] };
  },
  onResponse(status, body, context) {
    const ms = Number(process.hrtime.bigint() - context.sentAt) / 1e6;
    tally.latency[context.kind === 'query' ? 'query' : 'write'].push(ms);
    tally[{ query: 'queries', write: 'writes', retry: 'retries' }[context.kind]]++;
    if (status !== 200) return unexpected(context, `HTTP ${status}: ${body.slice(0, 200)}`);
    let json;
    try { json = JSON.parse(body); } catch { return unexpected(context, `not JSON: ${body.slice(0, 200)}`); }
    if (json.errors) return unexpected(context, JSON.stringify(json.errors).slice(0, 300));
    if (context.kind === 'query') return;
    const id = json.data?.createEvent?.event?.id;
    if (!id) return unexpected(context, `no event: ${body.slice(0, 200)}`);
    if (context.kind === 'write') {
      if (accepted.has(context.n)) return unexpected(context, `write ${context.n} answered twice`);
      accepted.set(context.n, id);
      acceptedNumbers.push(context.n);
    } else if (accepted.get(context.n) !== id) {
      tally.doubled++;
      unexpected(context, `retry of write ${context.n} answered ${id}, the first answer was ${accepted.get(context.n)}`);
    }
  },
};

function load(seconds) {
  return new Promise((resolve, reject) => {
    autocannon({
      url: cfg.url, connections: cfg.connections, duration: seconds, timeout: cfg.timeout,
      requests: [request],
    }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// Requests autocannon gave up on (timeouts) may still be running: wait until the service is idle
// before counting rows, so that a late commit is counted too.
async function settle() {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await graphql(null, '{ countries { code } }');
      await new Promise(r => setTimeout(r, 2000));
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`the service does not answer after the load: ${e.message}`);
      await new Promise(r => setTimeout(r, 1000));
    }
  }
}

// ---------------------------------------------------------------------- load and count
const pct = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};
const phases = [];
for (const [phase, seconds] of [['warm-up', cfg.warmup], ['measured', cfg.duration]]) {
  if (seconds === 0) continue;
  tally = newTally();
  log(`${phase}: ${cfg.connections} connections for ${seconds} s, ${cfg.writePercent} % writes (${cfg.retryPercent} % of them retries)`);
  const r = await load(seconds);
  phases.push({
    phase, seconds, rps: r.requests.average, requests: r.requests.total, ...tally,
    socketErrors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx,
    unexpected: tally.unexpected + r.errors, // autocannon's errors: socket errors, timeouts included
    latency: {
      query: { p50: pct(tally.latency.query, 0.5), p99: pct(tally.latency.query, 0.99) },
      write: { p50: pct(tally.latency.write, 0.5), p99: pct(tally.latency.write, 0.99) },
    },
  });
  log(`${phase}: ${r.requests.average.toFixed(1)} req/s, ${tally.queries} queries, ${tally.writes} writes, ${tally.retries} retries, `
    + `unexpected ${tally.unexpected + r.errors} (socket errors and timeouts ${r.errors})`);
}
await settle();

// Writes still in flight when the load stopped (autocannon drops their answers) may or may not have
// committed: their client retries them now with the same key, as any client would, and takes the answer.
let resolvedAfter = 0;
for (const n of sent) {
  if (accepted.has(n)) continue;
  const id = (await graphql(editor, CREATE_EVENT, { input: eventInput(n) })).createEvent.event.id;
  accepted.set(n, id);
  resolvedAfter++;
}

const psql = sql => execFileSync('psql', ['-X', '-q', '-tA', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(cfg.pgPort),
  '-U', 'postgres', '-d', 'refugee_graph', '-c', sql], { encoding: 'utf8' }).trim();
const titles = `e.title like 'bench-mixed ${run} %'`;
const rows = {
  events: Number(psql(`select count(*) from event_record e where ${titles}`)),
  distinctTitles: Number(psql(`select count(distinct title) from event_record e where ${titles}`)),
  citations: Number(psql(`select count(*) from citation_record c join event_record e on e.id = c.event_id where ${titles}`)),
  countClaims: Number(psql(`select count(*) from count_claim_record k join event_record e on e.id = k.event_id where ${titles}`)),
  idempotencyKeys: Number(psql(`select count(*) from idempotency_key where account = '${editor.username}' and key like '${run}-%'`)),
};
const acceptedWrites = accepted.size;
const unexpectedTotal = phases.reduce((a, p) => a + p.unexpected, 0);
const countsMatch = Object.entries(rows).every(([, v]) => v === acceptedWrites);
const ok = unexpectedTotal === 0 && countsMatch;

// ---------------------------------------------------------------------- report
const num = (v, d = 1) => (v === null || v === undefined ? '-' : v.toFixed(d));
const lines = [
  `refugee-graph mixed run ${new Date().toISOString()} (run ${run}): ${cfg.connections} connections, ${cfg.writePercent} % writes `
    + `(createEvent as an editor; ${cfg.retryPercent} % of them retries with the same idempotency key), the rest headline, events-page and statistics in turn`,
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB; RSS of the service after the run: ${env.JAVA_PID ? rss(env.JAVA_PID) + ' MB' : 'n/a'}`,
  '',
  'phase     s    req/s   queries  writes  retries  query p50/p99 ms  write p50/p99 ms  unexpected errors',
  ...phases.map(p => [p.phase.padEnd(9), String(p.seconds).padStart(3), num(p.rps).padStart(8), String(p.queries).padStart(9),
    String(p.writes).padStart(7), String(p.retries).padStart(8),
    `${num(p.latency.query.p50)} / ${num(p.latency.query.p99)}`.padStart(17),
    `${num(p.latency.write.p50)} / ${num(p.latency.write.p99)}`.padStart(17), String(p.unexpected).padStart(18)].join(' ')),
  '',
  `accepted writes (both phases): ${acceptedWrites}, of which ${resolvedAfter} were in flight when the load stopped and answered to a retry after it; `
    + `retries that answered another event: ${phases.reduce((a, p) => a + p.doubled, 0)}`,
  `rows of this run: events ${rows.events} (distinct titles ${rows.distinctTitles}), citations ${rows.citations}, count claims ${rows.countClaims}, idempotency keys ${rows.idempotencyKeys}`,
  countsMatch ? 'row counts equal the accepted writes: nothing lost, nothing doubled' : 'ROW COUNTS DIFFER from the accepted writes',
  ...phases.flatMap(p => p.examples.map(e => `unexpected (${p.phase}): ${e}`)),
  ok ? 'MIXED RUN OK' : 'MIXED RUN FAILED',
];
function rss(pid) {
  try { return Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024); } catch { return '?'; }
}
mkdirSync(cfg.out, { recursive: true });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
writeFileSync(join(cfg.out, `mixed-${stamp}.json`), JSON.stringify({ cfg: { ...cfg, admin: undefined }, run, phases, rows, acceptedWrites, resolvedAfter, ok }, null, 2));
writeFileSync(join(cfg.out, `mixed-${stamp}.txt`), lines.join('\n') + '\n');
console.log(lines.join('\n'));
process.exit(ok ? 0 : 1);
