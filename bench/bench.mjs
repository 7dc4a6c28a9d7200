// Checks and load runs of the benchmark (called by bench/run.sh, which starts the servers and passes
// their URLs and pids). First, for every shape, one answer of every server and of the database floor
// (bench/floor/<shape>.sql through psql) is brought to refugee-graph's form and compared: any
// difference stops the run before anything is measured. Then, per shape, a warm-up of WARMUP s per
// server at the highest connection count, and per connection count ROUNDS rounds alternating between
// the servers (refugee-graph, PostGraphile v4, v5 when run, floor): autocannon for the GraphQL
// servers, pgbench for the floor. Prints the table, writes bench/out/results-<time>.{json,txt}.
// Exit code 1 when a check fails.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, unlinkSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
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
  rgUrl: env.RG_URL || 'http://127.0.0.1:8180/graphql',
  pgUrl: env.POSTGRAPHILE_URL || 'http://127.0.0.1:5090/graphql',
  pg5Url: env.POSTGRAPHILE5_URL || null, // null: v5 not run (V5_NOT_RUN says why)
  pgPort: int('PG_PORT', 54359),
  pgbench: env.PGBENCH || 'pgbench',
  duration: int('DURATION', 20),
  warmup: int('WARMUP', 20),
  rounds: Math.max(1, int('ROUNDS', 2)),
  connections: (env.CONNECTIONS || '16 64').trim().split(/[\s,]+/).map(Number),
  timeout: int('REQUEST_TIMEOUT', 10),
  out: env.OUT_DIR || join(here, 'out'),
};
for (const [name, url] of [['RG_URL', cfg.rgUrl], ['POSTGRAPHILE_URL', cfg.pgUrl], ['POSTGRAPHILE5_URL', cfg.pg5Url]]) {
  if (url === null) continue;
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`${name} must point at this machine, got ${url}`);
}
if (cfg.connections.some(c => !Number.isInteger(c) || c < 1)) throw new Error(`bad CONNECTIONS: ${env.CONNECTIONS}`);
const log = (...a) => console.error('[bench]', ...a);

// ---------------------------------------------------------------------- shapes
// PostGraphile answers in its generated schema; these turn its "data" into refugee-graph's for the
// same query, so that the answers compare field by field. Its date is start, end and precision:
// refugee-graph's PartialDate.text made of them.
function dateText(start, end, precision) {
  switch (precision) {
    case 'DAY': return start === end ? start : `${start}..${end}`;
    case 'MONTH': return start.slice(0, 7);
    case 'QUARTER': return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
    default: return start.slice(0, 4);
  }
}
const country = c => c && (c.name === undefined ? { code: c.alpha3 } : { code: c.alpha3, name: c.name });
const preferredCount = claims => claims.nodes[0] ?? null; // condition {preferred: true}: at most one
const shapes = [
  { shape: 'headline', query: 'headline.graphql', postgraphileQuery: 'headline-postgraphile.graphql',
    fromPostGraphile: d => ({ interventions: {
      totalCount: d.preventedInterventions.totalCount,
      nodes: d.preventedInterventions.nodes.map(i => ({
        title: i.title, kind: i.kind, date: { text: dateText(i.dateStart, i.dateEnd, i.datePrecision) },
        actor: { name: i.actorByActorId.name, country: country(i.actorByActorId.countryByCountryId) },
        targets: i.interventionTargetsByInterventionId.nodes.map(t => ({
          outcome: t.outcome,
          peopleProtected: t.protectedText === null ? null : { best: t.protectedBest, text: t.protectedText },
          event: {
            title: t.eventByEventId.title, status: t.eventByEventId.status,
            location: country(t.eventByEventId.countryByLocationId),
            destination: country(t.eventByEventId.countryByDestinationId),
            people: preferredCount(t.eventByEventId.countClaimsByEventId),
            citations: t.eventByEventId.citationsByEventId.nodes.map(c => ({ quote: c.quote, source: c.sourceBySourceId })),
          },
        })),
        citations: i.citationsByInterventionId.nodes.map(c => ({ quote: c.quote, source: c.sourceBySourceId })),
      })),
    } }) },
  { shape: 'events-page', query: 'events-page.graphql', postgraphileQuery: 'events-page-postgraphile.graphql',
    fromPostGraphile: d => ({ events: { nodes: d.deportationsSince2010.nodes.map(e => ({
      title: e.title, date: { text: dateText(e.dateStart, e.dateEnd, e.datePrecision) },
      location: country(e.countryByLocationId), destination: country(e.countryByDestinationId),
      people: preferredCount(e.countClaimsByEventId),
    })) } }) },
  { shape: 'statistics', query: 'statistics.graphql', postgraphileQuery: 'statistics-postgraphile.graphql',
    fromPostGraphile: d => ({ statistics: d.statisticsByYearAndDestination.nodes.map(s => ({
      year: s.year, destination: s.destinationCode === null ? null : { code: s.destinationCode }, events: s.events,
      people: { best: s.peopleBest, low: s.peopleLow, high: s.peopleHigh },
    })) }) },
];

// ---------------------------------------------------------------------- servers
const RG = 'refugee-graph';
const FLOOR = 'floor';
const body = file => JSON.stringify({ query: readFileSync(join(here, 'queries', file), 'utf8') });
const postgraphile = (name, url, pid, startMs) => ({
  name, url, pids: nodeProcesses(pid), startMs, body: s => body(s.postgraphileQuery), toCommon: (s, d) => s.fromPostGraphile(d),
});
const servers = [
  { name: RG, url: cfg.rgUrl, pids: env.JAVA_PID ? [env.JAVA_PID] : [], startMs: env.START_MS,
    body: s => body(s.query), toCommon: (s, d) => d },
  postgraphile('postgraphile-v4', cfg.pgUrl, env.POSTGRAPHILE_PID, env.PG4_START_MS),
  ...(cfg.pg5Url ? [postgraphile('postgraphile-v5', cfg.pg5Url, env.POSTGRAPHILE5_PID, env.PG5_START_MS)] : []),
  // The floor answers with refugee-graph's "data" itself (bench/floor/*.sql build the same JSON).
  { name: FLOOR, sql: s => join(here, 'floor', `${s.shape}.sql`), pids: [], toCommon: (s, d) => d },
];

function nodeProcesses(pid) { // a PostGraphile process and its cluster workers, if any
  if (!pid) return [];
  try {
    return [pid, ...execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean)];
  } catch { return [pid]; } // no children: ps exits 1
}

function rssMb(pids) {
  if (!pids.length) return null;
  try {
    const kb = execFileSync('ps', ['-o', 'rss=', '-p', pids.join(',')], { encoding: 'utf8' })
      .split(/\s+/).filter(Boolean).reduce((a, v) => a + Number(v), 0);
    return Math.round(kb / 1024);
  } catch { return null; }
}

const psqlArgs = ['-X', '-q', '-h', '127.0.0.1', '-p', String(cfg.pgPort), '-U', 'postgres', '-d', 'refugee_graph'];

// ---------------------------------------------------------------------- same answer
// One answer of a server for a shape: HTTP 200, JSON with "data" and no "errors" (for the floor:
// psql's output, one JSON value), brought to refugee-graph's form.
async function answer(server, s) {
  const started = Date.now();
  if (server.sql) {
    const out = spawnSync('psql', [...psqlArgs, '-tA', '-v', 'ON_ERROR_STOP=1', '-f', server.sql(s)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (out.status !== 0) return { why: `psql failed: ${out.stderr.trim().slice(0, 300)}` };
    return { data: JSON.parse(out.stdout), ms: Date.now() - started, bytes: Buffer.byteLength(out.stdout.trim()) };
  }
  let res, text, json;
  try {
    res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: server.body(s),
      signal: AbortSignal.timeout(120_000) });
    text = await res.text();
  } catch (e) {
    return { why: `no answer: ${e.message}` };
  }
  try { json = JSON.parse(text); } catch { return { why: `HTTP ${res.status}, not JSON: ${text.slice(0, 200)}` }; }
  if (json.errors) return { why: `GraphQL errors: ${JSON.stringify(json.errors).slice(0, 300)}` };
  if (res.status !== 200 || !json.data) return { why: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  try {
    return { data: server.toCommon(s, json.data), ms: Date.now() - started, bytes: Buffer.byteLength(text) };
  } catch (e) {
    return { why: `unexpected answer (${e.message}): ${text.slice(0, 200)}` };
  }
}

// The path and both values where two JSON values first differ; null when they are the same.
function firstDifference(a, b, path = '') {
  if (a === b) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return { path: path || '(top)', a, b };
}

// Summary of an answer for the log: rows and total, so that an empty answer is seen.
function describe(data) {
  const list = Object.values(data)[0];
  return Array.isArray(list) ? `${list.length} rows`
    : `${list.nodes.length} rows${list.totalCount === undefined ? '' : `, totalCount ${list.totalCount}`}`;
}

async function checkSameAnswers() {
  const problems = [];
  for (const s of shapes) {
    let reference;
    for (const server of servers) {
      const a = await answer(server, s);
      if (a.why) { problems.push(`${s.shape} / ${server.name}: ${a.why}`); continue; }
      if (server.name === RG) {
        reference = a.data;
        if (Object.values(a.data)[0] === null || describe(a.data).startsWith('0 rows')) problems.push(`${s.shape} / ${RG}: empty answer (is the data loaded?)`);
      } else if (reference) {
        const d = firstDifference(reference, a.data);
        if (d) {
          const show = v => (v === undefined ? 'nothing' : JSON.stringify(v)).slice(0, 200);
          problems.push(`${s.shape} / ${server.name}: not the same answer as ${RG}: at ${d.path} ${RG} has ${show(d.a)}, ${server.name} has ${show(d.b)}`);
          continue;
        }
      }
      log(`${s.shape} / ${server.name}: ${describe(a.data)}, ${a.bytes} bytes, ${a.ms} ms${server.name === RG ? '' : `, the same answer as ${RG}`}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------- load
function httpRun(server, s, connections, duration) {
  const b = server.body(s);
  return new Promise((resolve, reject) => {
    autocannon({
      url: server.url, method: 'POST', connections, duration, timeout: cfg.timeout, pipelining: 1,
      headers: { 'content-type': 'application/json' }, body: b,
      verifyBody: text => !text.includes('"errors"'),
    }, (err, r) => (err ? reject(err) : resolve({
      rps: r.requests.average,
      p50: r.requests.total > 0 ? r.latency.p50 : null, p99: r.requests.total > 0 ? r.latency.p99 : null,
      requests: r.requests.total, non2xx: r.non2xx, socketErrors: r.errors, timeouts: r.timeouts, bodyErrors: r.mismatches,
      errors: r.non2xx + r.errors + r.mismatches,
      // sent but neither answered nor failed when the time was up (slower than the run is long)
      open: Math.max(0, r.requests.sent - r.requests.total - r.errors),
    })));
  });
}

// pgbench gives throughput and failures; p50 and p99 come from its per-transaction log (-l: the
// third column is the latency in microseconds), read and removed after the run.
function pgbenchRun(server, s, connections, duration, keepLatencies) {
  const prefix = `pgbench-${process.pid}-${s.shape}-${connections}`;
  const args = ['-n', '-M', 'prepared', '-f', server.sql(s), '-c', String(connections), '-j', String(Math.min(2, connections)),
    '-T', String(duration), ...(keepLatencies ? ['-l', `--log-prefix=${join(cfg.out, prefix)}`] : []),
    '-h', '127.0.0.1', '-p', String(cfg.pgPort), '-U', 'postgres', 'refugee_graph'];
  const out = spawnSync(cfg.pgbench, args, { encoding: 'utf8', timeout: (duration + 120) * 1000 });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out.stdout || '');
  const latencies = [];
  for (const f of readdirSync(cfg.out).filter(f => f.startsWith(prefix + '.'))) {
    for (const line of readFileSync(join(cfg.out, f), 'utf8').split('\n')) {
      const us = Number(line.split(' ')[2]);
      if (line && Number.isFinite(us)) latencies.push(us / 1000);
    }
    unlinkSync(join(cfg.out, f));
  }
  if (!tps) throw new Error(`pgbench failed (exit ${out.status}): ${(out.stderr || out.error?.message || '').trim().slice(0, 500)}`);
  latencies.sort((a, b) => a - b);
  const pct = p => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : null);
  const failed = Number(/number of failed transactions: (\d+)/.exec(out.stdout)?.[1] ?? 0);
  const aborted = (out.stderr.match(/client \d+ aborted/g) || []).length; // a client that stops: its remaining time is lost
  return { rps: Number(tps[1]), p50: pct(0.5), p99: pct(0.99), requests: latencies.length, failed, aborted, errors: failed + aborted };
}

// After an HTTP run the server may still work off requests that autocannon gave up on when the time
// was up: wait until one more request of the same shape is answered before the next run starts.
async function settle(server, s) {
  if (server.sql) return;
  const started = Date.now();
  await answer(server, s);
  const ms = Date.now() - started;
  if (ms > 2000) log(`${server.name} needed ${ms} ms to settle after the run`);
}

// A server that died under load (e.g. the JVM ending on OutOfMemoryError) would only show up as a
// column of errors: stop the run and say so instead.
function alive(pid) {
  try { process.kill(Number(pid), 0); return true; } catch { return false; }
}

async function run(server, s, connections, duration, measured = true) {
  const r = server.sql ? pgbenchRun(server, s, connections, duration, measured) : await httpRun(server, s, connections, duration);
  const dead = server.pids.find(pid => !alive(pid));
  if (dead) throw new Error(`${server.name} (pid ${dead}) exited during ${s.shape} at ${connections} connections: see its log in bench/out (service.log, postgraphile*.log)`);
  await settle(server, s);
  return r;
}

// ---------------------------------------------------------------------- output
function gitCommit() { // without running git: read .git
  try {
    const gitDir = join(here, '..', '.git');
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    if (existsSync(join(gitDir, ref))) return readFileSync(join(gitDir, ref), 'utf8').trim().slice(0, 12);
    const packed = readFileSync(join(gitDir, 'packed-refs'), 'utf8').split('\n').find(l => l.endsWith(' ' + ref));
    return packed ? packed.slice(0, 12) : 'unknown';
  } catch { return 'unknown'; }
}

const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;

function table(head, rows, leftColumns) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const fmt = r => '| ' + r.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  return [fmt(head), '|' + widths.map((w, i) => (i < leftColumns ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|',
    ...rows.map(fmt)];
}

function report(runs) {
  // mean over the rounds of one shape, server and connection count
  const cell = (shape, server, connections) => {
    const rs = runs.filter(r => r.shape === shape && r.server === server && r.connections === connections);
    const avg = k => (rs.some(r => r[k] === null) ? null : mean(rs.map(r => r[k])));
    return { rps: avg('rps'), p50: avg('p50'), p99: avg('p99'), errors: rs.reduce((a, r) => a + r.errors, 0) };
  };
  const num = (v, digits) => (v === null ? '-' : v.toFixed(digits));
  const rows = [];
  for (const s of shapes) for (const server of servers) for (const connections of cfg.connections) {
    const c = cell(s.shape, server.name, connections);
    rows.push([s.shape, server.name, String(connections), num(c.rps, 1), num(c.p50, 1), num(c.p99, 1), String(c.errors)]);
  }
  const others = ['postgraphile-v4', 'postgraphile-v5', FLOOR];
  const ratioRows = [];
  for (const s of shapes) for (const connections of cfg.connections) {
    const rg = cell(s.shape, RG, connections);
    const ratio = other => {
      if (!servers.some(v => v.name === other)) return 'not run';
      const o = cell(s.shape, other, connections);
      return `${num(rg.rps / o.rps, 2)}x / ${rg.p99 === null || o.p99 === null ? '-' : (rg.p99 / o.p99).toFixed(2) + 'x'}`;
    };
    ratioRows.push([s.shape, String(connections), ...others.map(ratio)]);
  }
  const serverRows = servers.map(v => [v.name,
    v.name === FLOOR ? 'n/a' : v.startMs ? `${(Number(v.startMs) / 1000).toFixed(1)} s` : '?',
    v.name === FLOOR ? 'n/a' : `${rssMb(v.pids) ?? '?'} MB`]);

  const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() || 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const jvm = [env.JVM_OPTIONS_FILE ? `@${env.JVM_OPTIONS_FILE}` : 'no options file', env.JAVA_OPTS].filter(Boolean).join(' ');
  const lines = [
    `refugee-graph benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${gitCommit()}`,
    `machine: ${machine}; node ${process.version}; data: ${env.BENCH_DATA || '?'}`,
    `runs: ${cfg.duration} s each after a ${cfg.warmup} s warm-up per shape and server; rounds alternating between the servers per shape and connection count: ${cfg.rounds} (mean shown); java ${jvm}`,
    '',
    ...table(['shape', 'server', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'errors'], rows, 2),
    `errors: HTTP: non-2xx + socket errors and timeouts (${cfg.timeout} s) + answers with GraphQL "errors"; floor: failed transactions + aborted pgbench clients; p50/p99 "-": nothing answered`,
    '',
    'refugee-graph against the others: req/s ratio / p99 ratio (headline target: req/s >= 1.5x with a p99 ratio <= 1x)',
    ...table(['shape', 'conn', ...others.map(o => `vs ${o}`)], ratioRows, 1),
    '',
    ...table(['server', 'start to first answer', 'RSS after the run'], serverRows, 1),
    `refugee-graph: ${env.START_KIND || '?'}; RSS: java process (target < 300 MB); PostGraphile: its node process${env.POSTGRAPHILE_WORKERS && env.POSTGRAPHILE_WORKERS !== '1' ? 'es (master and workers)' : ''}`,
    ...(cfg.pg5Url ? [] : [`PostGraphile v5: ${env.V5_NOT_RUN || 'not run'}`]),
    ...(env.LOAD_SECONDS ? [`synthetic data loaded in ${env.LOAD_SECONDS} s`] : []),
  ];
  return { text: lines.join('\n'), machine, servers: serverRows };
}

async function main() {
  mkdirSync(cfg.out, { recursive: true });
  const problems = await checkSameAnswers();
  if (problems.length) {
    problems.forEach(p => log(`CHECK FAILED: ${p}`));
    log('the servers do not give the same answers: nothing measured');
    process.exitCode = 1;
    return;
  }
  const runs = [];
  const maxConnections = Math.max(...cfg.connections);
  for (const s of shapes) {
    if (cfg.warmup > 0) {
      for (const server of servers) {
        log(`${s.shape} / ${server.name}: warm-up ${cfg.warmup} s at ${maxConnections} connections`);
        await run(server, s, maxConnections, cfg.warmup, false);
      }
    }
    for (const connections of cfg.connections) {
      for (let round = 1; round <= cfg.rounds; round++) {
        for (const server of servers) { // alternating servers
          const row = { shape: s.shape, server: server.name, connections, round, ...await run(server, s, connections, cfg.duration) };
          runs.push(row);
          log(`${s.shape} / ${server.name} / ${connections} conn / round ${round}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50?.toFixed(1) ?? "-"} ms, p99 ${row.p99?.toFixed(1) ?? "-"} ms, errors ${row.errors}`);
        }
      }
    }
  }
  const { text, machine, servers: serverRows } = report(runs);
  console.log(text);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  writeFileSync(join(cfg.out, `results-${stamp}.txt`), text + '\n');
  writeFileSync(join(cfg.out, `results-${stamp}.json`), JSON.stringify({
    config: cfg, machine, commit: gitCommit(), runs, servers: serverRows, v5: env.V5_NOT_RUN || 'run',
    loadSeconds: env.LOAD_SECONDS ? Number(env.LOAD_SECONDS) : null, data: env.BENCH_DATA,
  }, null, 2) + '\n');
  log(`results written to ${join(cfg.out, `results-${stamp}.{txt,json}`)}`);
}

main().catch(e => { console.error('[bench] failed:', e.message); process.exitCode = 2; });
