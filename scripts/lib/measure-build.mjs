// Runs a build command, timing its phases from the lines it prints and sampling the memory of its
// whole process tree (Astro, Vite workers, the Pagefind binary) from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Returns the resident memory in bytes of `pid` and all its descendants. */
function treeRss(pid) {
  const parents = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      parents.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended while being read.
    }
  }
  const inTree = (candidate) => {
    for (let p = candidate; p; p = parents.get(p)) if (p === pid) return true;
    return false;
  };
  let total = 0;
  for (const [candidate, bytes] of rss) if (inTree(candidate)) total += bytes;
  return total;
}

/**
 * Runs `command args` in `cwd` with `env`; returns { status, seconds, peakBytes, output, marks },
 * where marks maps each printed line matching one of `patterns` (name → RegExp) to the seconds since start.
 */
export function measureBuild(command, args, { cwd, env, patterns = {} }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    const marks = {};
    let output = '';
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid))), 100);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) {
        for (const [name, pattern] of Object.entries(patterns)) {
          if (!(name in marks) && pattern.test(line)) marks[name] = (performance.now() - started) / 1000;
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ status, seconds: (performance.now() - started) / 1000, peakBytes, output, marks });
    });
  });
}
