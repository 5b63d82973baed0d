// Was the machine quiet? The load average, and the processes using CPU over one second (from /proc, so a
// process's current use, not ps's lifetime average), leaving out the bench's own processes. Figures taken
// on a busy machine are reported with a warning, never silently.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { procStat } from './process-stats.mjs';

const TICKS_PER_SECOND = 100;
/** A process using more than this share of one core, outside the bench, makes the machine busy. */
const BUSY_PROCESS_PERCENT = 20;

/** @returns {Map<number, { ppid: number, ticks: number, command: string }>} */
function processTicks() {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    // Ended between the listing and the read.
    if (!stat) continue;
    let command = stat.name;
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().slice(0, 100) || command;
    } catch {
      // Gone meanwhile: the short name will do.
    }
    table.set(Number(entry), { ppid: stat.ppid, ticks: stat.ticks, command });
  }
  return table;
}

/** The pids of `roots` and all their descendants. */
function descendants(table, roots) {
  const mine = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of table) {
      if (!mine.has(pid) && mine.has(info.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  return mine;
}

/** The 1-, 5- and 15-minute load averages. */
export const loadAverage = () => os.loadavg();

/**
 * One second of the machine's CPU use by others, and whether it counts as busy: the 1-minute load average
 * above half the cores, or another process using more than a fifth of a core.
 * @param {{ ownPids?: number[] }} [options] processes (with their children) that belong to the bench
 */
export async function machineLoad(options = {}) {
  const cores = os.availableParallelism();
  const before = processTicks();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = processTicks();
  const own = descendants(after, [process.pid, ...(options.ownPids ?? [])]);
  const consumers = [...after]
    .filter(([pid]) => !own.has(pid) && before.has(pid))
    .map(([pid, info]) => ({
      pid,
      command: info.command,
      cpuPercent: ((info.ticks - /** @type {any} */ (before.get(pid)).ticks) * 100) / TICKS_PER_SECOND,
    }))
    .filter((p) => p.cpuPercent >= 5)
    .sort((a, b) => b.cpuPercent - a.cpuPercent)
    .slice(0, 5);
  const average = os.loadavg();
  const reasons = [];
  if (average[0] > 0.5 * cores) {
    reasons.push(`1-minute load average ${average[0].toFixed(2)} above half the ${cores} cores`);
  }
  for (const p of consumers.filter((c) => c.cpuPercent > BUSY_PROCESS_PERCENT)) {
    reasons.push(`another process used ${p.cpuPercent.toFixed(0)} % of a core: ${p.pid} ${p.command}`);
  }
  return { loadAverage: average, cores, consumers, busy: reasons.length > 0, reasons };
}
