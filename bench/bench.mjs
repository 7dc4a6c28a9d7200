// Load runs of the benchmark (called by bench/run.sh, which starts the servers and passes their pids).
// For each shape: one checked request per server (HTTP 200, JSON with data and no "errors"), a
// warm-up, then autocannon runs of DURATION seconds at each connection count; for the headline
// shape refugee-graph and PostGraphile runs alternate, ROUNDS times. Prints the table, writes
// bench/out/results-<time>.{json,txt}. Exit code 1 when a served shape fails its check.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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
  duration: int('DURATION', 20),
  warmup: int('WARMUP', 5),
  rounds: Math.max(1, int('ROUNDS', 2)),
  connections: (env.CONNECTIONS || '16 64').trim().split(/[\s,]+/).map(Number),
  timeout: int('REQUEST_TIMEOUT', 10),
  out: env.OUT_DIR || join(here, 'out'),
};
for (const [name, url] of [['RG_URL', cfg.rgUrl], ['POSTGRAPHILE_URL', cfg.pgUrl]]) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`${name} must point at this machine, got ${url}`);
}
if (cfg.connections.some(c => !Number.isInteger(c) || c < 1)) throw new Error(`bad CONNECTIONS: ${env.CONNECTIONS}`);

const query = file => JSON.stringify({ query: readFileSync(join(here, 'queries', file), 'utf8') });
const RG = 'refugee-graph';
const PG = 'postgraphile';
const shapes = [
  { shape: 'headline', rounds: cfg.rounds, targets: [
    { server: RG, url: cfg.rgUrl, body: query('headline.graphql'), list: d => d.interventions },
    { server: PG, url: cfg.pgUrl, body: query('headline-postgraphile.graphql'), list: d => d.preventedInterventions },
  ] },
  { shape: 'events-page', rounds: 1, targets: [
    { server: RG, url: cfg.rgUrl, body: query('events-page.graphql'), list: d => d.events },
  ] },
  { shape: 'statistics', rounds: 1, targets: [
    { server: RG, url: cfg.rgUrl, body: query('statistics.graphql'), list: d => ({ nodes: d.statistics }) },
  ] },
];

const log = (...a) => console.error('[bench]', ...a);

// One request, checked: HTTP 200, JSON, data present, no "errors".
async function check(t) {
  const started = Date.now();
  let res, text;
  try {
    res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: t.body,
      signal: AbortSignal.timeout(120_000) });
    text = await res.text();
  } catch (e) {
    return { ok: false, why: `no answer: ${e.message}` };
  }
  const ms = Date.now() - started;
  let json;
  try { json = JSON.parse(text); } catch { return { ok: false, why: `HTTP ${res.status}, not JSON: ${text.slice(0, 200)}` }; }
  if (json.errors) {
    const undefinedField = json.errors.some(e => e.extensions?.validationErrorType === 'FieldUndefined'
      || /FieldUndefined|Cannot query field/.test(e.message || ''));
    return { ok: false, notServed: undefinedField, why: JSON.stringify(json.errors).slice(0, 300) };
  }
  if (res.status !== 200 || !json.data) return { ok: false, why: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  const list = t.list(json.data) || {};
  return { ok: true, ms, bytes: Buffer.byteLength(text), rows: (list.nodes || []).length, totalCount: list.totalCount, data: json.data };
}

function run(t, connections, duration) {
  return new Promise((resolve, reject) => {
    const u = new URL(t.url);
    autocannon({
      url: t.url, method: 'POST', connections, duration, timeout: cfg.timeout, pipelining: 1,
      headers: { 'content-type': 'application/json' }, body: t.body,
      requests: [{ method: 'POST', path: u.pathname, headers: { 'content-type': 'application/json' }, body: t.body }],
      verifyBody: body => !body.includes('"errors"'),
    }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

// After a run the server may still work off requests that autocannon gave up on when the time was
// up: wait until one more request of the same shape is answered before the next run starts.
async function settle(t) {
  const started = Date.now();
  const c = await check(t);
  const ms = Date.now() - started;
  if (ms > 2000) log(`${t.server} needed ${ms} ms to settle after the run`);
  return c;
}

function rssMb(pid) {
  if (!pid) return null;
  try {
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Math.round(kb / 1024);
  } catch { return null; }
}

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

async function main() {
  mkdirSync(cfg.out, { recursive: true });
  const runs = [];
  const status = {};
  let failed = false;

  for (const s of shapes) {
    const checks = [];
    for (const t of s.targets) {
      const c = await check(t);
      checks.push(c);
      if (c.ok) log(`${s.shape} / ${t.server}: checked, ${c.rows} rows${c.totalCount !== undefined ? `, totalCount ${c.totalCount}` : ''}, ${c.bytes} bytes, ${c.ms} ms`);
      else if (c.notServed) log(`${s.shape} / ${t.server}: not served (${c.why})`);
      else log(`${s.shape} / ${t.server}: FAILED the check: ${c.why}`);
    }
    if (checks.some(c => !c.ok)) {
      status[s.shape] = checks.every(c => c.ok || c.notServed) ? 'not served' : 'failed check';
      if (status[s.shape] === 'failed check') failed = true;
      continue;
    }
    if (s.shape === 'headline') { // both servers must answer the same thing
      const [a, b] = checks;
      const ta = a.data.interventions.nodes.map(n => n.title);
      const tb = b.data.preventedInterventions.nodes.map(n => n.title);
      const same = a.totalCount === b.totalCount && JSON.stringify(ta) === JSON.stringify(tb);
      log(`headline: same totalCount and the same ${ta.length} interventions in the same order on both servers: ${same}`);
      if (!same) status.headlineMismatch = true;
    }
    status[s.shape] = 'measured';
    if (cfg.warmup > 0) {
      for (const t of s.targets) {
        log(`${s.shape} / ${t.server}: warm-up ${cfg.warmup} s at ${Math.max(...cfg.connections)} connections`);
        await run(t, Math.max(...cfg.connections), cfg.warmup);
        await settle(t);
      }
    }
    for (const connections of cfg.connections) {
      for (let round = 1; round <= s.rounds; round++) {
        for (const t of s.targets) { // alternating servers
          const r = await run(t, connections, cfg.duration);
          await settle(t);
          const row = {
            shape: s.shape, server: t.server, connections, round,
            rps: r.requests.average, requests: r.requests.total, sent: r.requests.sent,
            p50: r.requests.total > 0 ? r.latency.p50 : null, p99: r.requests.total > 0 ? r.latency.p99 : null,
            non2xx: r.non2xx, socketErrors: r.errors, timeouts: r.timeouts, bodyErrors: r.mismatches,
            errors: r.non2xx + r.errors + r.mismatches,
            // sent but neither answered nor failed when the time was up (slower than the run is long)
            open: Math.max(0, r.requests.sent - r.requests.total - r.errors),
          };
          runs.push(row);
          log(`${s.shape} / ${t.server} / ${connections} conn / round ${round}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${row.errors} (non-2xx ${row.non2xx}, socket ${row.socketErrors} incl. timeouts ${row.timeouts}, GraphQL errors ${row.bodyErrors})`);
        }
      }
    }
  }

  // ------------------------------------------------------------------ table
  const rows = [];
  for (const s of shapes) {
    if (status[s.shape] !== 'measured') {
      rows.push([s.shape, RG, '-', status[s.shape], '', '', '']);
      continue;
    }
    for (const t of s.targets) for (const connections of cfg.connections) {
      const rs = runs.filter(r => r.shape === s.shape && r.server === t.server && r.connections === connections);
      const lat = k => (rs.some(r => r[k] === null) ? '-' : mean(rs.map(r => r[k])).toFixed(0));
      rows.push([s.shape, t.server, String(connections), mean(rs.map(r => r.rps)).toFixed(1), lat('p50'), lat('p99'),
        String(rs.reduce((a, r) => a + r.errors, 0))]);
    }
  }
  const head = ['shape', 'server', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'errors'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const fmt = r => '| ' + r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const lines = [];
  const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() || 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  lines.push(`refugee-graph benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${gitCommit()}`);
  lines.push(`machine: ${machine}; node ${process.version}; data: ${env.BENCH_DATA || '?'}`);
  lines.push(`runs: ${cfg.duration} s each after a ${cfg.warmup} s warm-up; headline: ${cfg.rounds} alternating rounds per server and connection count (mean shown)`);
  lines.push('');
  lines.push(fmt(head));
  lines.push('|' + widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  rows.forEach(r => lines.push(fmt(r)));
  lines.push(`errors: non-2xx + socket errors and timeouts (${cfg.timeout} s) + answers with GraphQL "errors"; p50/p99 "-": nothing answered in a run`);
  lines.push('');

  const summary = {};
  for (const connections of cfg.connections) {
    const rg = runs.filter(r => r.shape === 'headline' && r.server === RG && r.connections === connections);
    const pg = runs.filter(r => r.shape === 'headline' && r.server === PG && r.connections === connections);
    if (rg.length && pg.length) {
      const ratio = mean(rg.map(r => r.rps)) / mean(pg.map(r => r.rps));
      const p99 = rs => (rs.some(r => r.p99 === null) ? null : mean(rs.map(r => r.p99)));
      const p99rg = p99(rg);
      const p99pg = p99(pg);
      const ms = v => (v === null ? 'none answered' : `${v.toFixed(0)} ms`);
      summary[connections] = { ratio, p99rg, p99pg };
      lines.push(`headline, ${connections} connections: refugee-graph / PostGraphile req/s = ${ratio.toFixed(2)}x (target >= 1.5x); p99 ${ms(p99rg)} vs ${ms(p99pg)} (target: not higher)`);
    }
  }
  const startMs = env.START_MS ? Number(env.START_MS) : null;
  const rss = rssMb(env.JAVA_PID);
  const pgRss = rssMb(env.POSTGRAPHILE_PID);
  const errors = runs.filter(r => r.server === RG).reduce((a, r) => a + r.errors, 0);
  lines.push(`refugee-graph: start to first answered query ${startMs === null ? '?' : (startMs / 1000).toFixed(1) + ' s'}${env.START_KIND ? ` (${env.START_KIND})` : ''}; RSS after the run ${rss ?? '?'} MB (target < 300 MB); errors ${errors} (target 0)`);
  lines.push(`PostGraphile: RSS after the run ${pgRss ?? '?'} MB${env.POSTGRAPHILE_WORKERS && env.POSTGRAPHILE_WORKERS !== '1' ? ` (master only, ${env.POSTGRAPHILE_WORKERS} workers)` : ''}`);
  if (env.LOAD_SECONDS) lines.push(`synthetic data loaded in ${env.LOAD_SECONDS} s`);
  if (status.headlineMismatch) lines.push('WARNING: the two servers did not return the same headline data');
  const text = lines.join('\n');
  console.log(text);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  writeFileSync(join(cfg.out, `results-${stamp}.txt`), text + '\n');
  writeFileSync(join(cfg.out, `results-${stamp}.json`), JSON.stringify({
    config: cfg, machine, commit: gitCommit(), status, runs, summary,
    service: { startMs, startKind: env.START_KIND, rssMb: rss }, postgraphile: { rssMb: pgRss },
    loadSeconds: env.LOAD_SECONDS ? Number(env.LOAD_SECONDS) : null, data: env.BENCH_DATA,
  }, null, 2) + '\n');
  log(`results written to ${join(cfg.out, `results-${stamp}.{txt,json}`)}`);
  process.exitCode = failed ? 1 : 0;
}

main().catch(e => { console.error('[bench] failed:', e); process.exitCode = 2; });
