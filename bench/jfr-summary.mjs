// A short summary of a Java Flight Recording's CPU samples (bench/profile.sh):
//     node bench/jfr-summary.mjs recording.jfr [TOP]
// Reads `jfr print --events jdk.ExecutionSample` (the JDK's own tool, text form) and prints the top
// frames (the method on top of the stack: where the CPU was) and the top packages, both by their
// own samples ("self") and by the samples in which they appear anywhere on the stack ("total").
// Packages are cut to their first three parts (org.hibernate.sql), enough to tell libraries apart.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/jfr-summary.mjs recording.jfr [TOP]');
  process.exit(2);
}
const top = Number(topArg || 15);

// "io.vertx.core.impl.ContextImpl.execute(Object, Handler) line: 123" -> method and package
function frame(line) {
  const method = line.trim().replace(/\s+line:.*$/, '').replace(/\(.*$/, '');
  const parts = method.split('.');
  return { method, pkg: parts.slice(0, Math.max(1, Math.min(3, parts.length - 2))).join('.') };
}

const self = { method: new Map(), pkg: new Map() };
const total = new Map();
const add = (map, key) => map.set(key, (map.get(key) || 0) + 1);
let samples = 0;
let stack = null; // frames of the sample being read, top first

const jfr = spawn('jfr', ['print', '--events', 'jdk.ExecutionSample', '--stack-depth', '64', file], { stdio: ['ignore', 'pipe', 'inherit'] });
for await (const line of createInterface({ input: jfr.stdout })) {
  if (/^\s*stackTrace = \[/.test(line)) {
    stack = [];
  } else if (stack && /^\s*\]/.test(line)) {
    if (stack.length) {
      samples++;
      add(self.method, stack[0].method);
      add(self.pkg, stack[0].pkg);
      new Set(stack.map(f => f.pkg)).forEach(p => add(total, p));
    }
    stack = null;
  } else if (stack && !/^\s*\.\.\.\s*$/.test(line)) { // "..." marks a stack cut at the depth
    stack.push(frame(line));
  }
}
const code = await new Promise(resolve => jfr.on('close', resolve));
if (code !== 0) {
  console.error(`jfr print failed (exit ${code})`);
  process.exit(1);
}

const pct = n => `${((100 * n) / samples).toFixed(1).padStart(5)} %`;
const show = (title, map) => {
  console.log(`\n${title}`);
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([key, n]) => console.log(`  ${pct(n)}  ${String(n).padStart(6)}  ${key}`));
};
console.log(`${file}: ${samples} CPU samples (jdk.ExecutionSample)`);
if (samples === 0) process.exit(0);
show(`top ${top} frames (self)`, self.method);
show(`top ${top} packages (self)`, self.pkg);
show(`top ${top} packages (total: samples with the package anywhere on the stack)`, total);
