// Measuring one command: wall time from this process's monotonic clock around the child (sub-millisecond), peak RSS
// of the child from `/usr/bin/time -f %M` (KiB of the largest process in the tree). Plus the statistics the tables
// show: min / median / max of every run, and ratios of medians.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const TIME = '/usr/bin/time';
const MARK = '@@bench-rss ';

export function requireTime() {
  if (!existsSync(TIME)) throw new Error('/usr/bin/time is missing: apt-get install -y time');
}

/**
 * Run `cmd args` to completion; returns { seconds, rssMiB, stdout, stderr }. Throws (with the command's output) when
 * it fails, so a broken peer never records a fast failure as a result.
 */
export function timed(cmd, args, { env = process.env, cwd } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', `${MARK}%M`, cmd, ...args], {
    env,
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = (r.stderr ?? '').split('\n');
  const at = lines.findLastIndex((l) => l.startsWith(MARK));
  const rss = at >= 0 ? Number(lines[at].slice(MARK.length)) : NaN;
  const stderr = lines.filter((_, i) => i !== at).join('\n');
  if (r.status !== 0 || !Number.isFinite(rss)) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n` +
        `${stderr.slice(-3000)}\n${(r.stdout ?? '').slice(-3000)}`,
    );
  }
  return { seconds, rssMiB: rss / 1024, stdout: r.stdout, stderr };
}

/** Fisher–Yates shuffle (in place), for the random order of the cases within a run. */
export function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** min / median / max of the wall times and the largest peak RSS of a list of samples (undefined when empty). */
export function stats(samples) {
  if (!samples || samples.length === 0) return undefined;
  const s = samples.map((x) => x.seconds).sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return {
    n: s.length,
    min: s[0],
    median,
    max: s[s.length - 1],
    rssMiB: Math.max(...samples.map((x) => x.rssMiB)),
  };
}

/** Ratio of medians, or undefined when either side is missing. */
export function ratio(a, b) {
  return a && b && b.median > 0 ? a.median / b.median : undefined;
}

export const fmtSeconds = (v) => (v === undefined ? 'n/a' : `${v.toFixed(3)}`);

/** `median s (min–max) · RSS MiB` */
export function fmtStats(st) {
  if (!st) return 'n/a';
  return `${st.median.toFixed(3)} s (${st.min.toFixed(3)}–${st.max.toFixed(3)}) · ${st.rssMiB.toFixed(0)} MiB`;
}

export const fmtRatio = (r) => (r === undefined ? 'n/a' : `${r.toFixed(2)}×`);
