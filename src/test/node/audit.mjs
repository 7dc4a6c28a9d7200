// Runs graphql-http's GraphQL-over-HTTP audit against the URL given as the first argument and prints one line per
// audit and the pass/warn/fail counts. Exit code 1 on any MUST failure or SHOULD warning; a MAY that is not met is a
// notice. Started by graph/GraphqlHttpAuditTest; by hand: node audit.mjs http://localhost:8080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

let ok = 0, warn = 0, notice = 0, fail = 0;
let refused = false;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  if (result.status === 'ok') {
    ok++;
    console.log(`ok      ${audit.id} ${audit.name}`);
    continue;
  }
  let body = '';
  try {
    body = (await result.response.text()).slice(0, 300);
  } catch {
    // the audit may have read the body already
  }
  const detail = `${result.reason} [${result.response.status} ${result.response.headers.get('content-type')}] ${body}`;
  if (result.status === 'warn') {
    warn++;
    refused = true;
    console.log(`WARN    ${audit.id} ${audit.name}: ${detail}`);
  } else if (result.status === 'notice') {
    notice++;
    console.log(`notice  ${audit.id} ${audit.name}: ${detail}`);
  } else {
    fail++;
    refused = true;
    console.log(`FAIL    ${audit.id} ${audit.name}: ${detail}`);
  }
}
const total = ok + warn + notice + fail;
console.log(`graphql-http audit: ${ok} of ${total} passed, ${warn} SHOULD warnings, ${notice} MAY notices, ${fail} MUST failures`);
process.exit(refused ? 1 : 0);
