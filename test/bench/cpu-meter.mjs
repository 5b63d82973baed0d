// Where each scenario's CPU went, read from /proc: the API server, PostgreSQL (the postmaster, its live
// children, and through the postmaster's cutime/cstime the children that ended: parallel workers, closed
// connections), the bench itself (its load generator and catalogue changes), and the rest of the machine. On a
// machine of few cores a closed loop is bound by it: once the cores are busy, each of c clients waits about
// c × (CPU per request) ÷ cores, whatever the code's latency alone would be.
import { readdirSync, readFileSync } from 'node:fs';
import { procStat } from './process-stats.mjs';

const MS_PER_TICK = 10;

/** The CPU (ms) used by a process tree since the postmaster started: itself, its children alive or ended. */
function treeMs(rootPid) {
  const root = procStat(rootPid);
  if (!root) return Number.NaN;
  let ticks = root.ticks + root.childTicks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = procStat(Number(entry));
    if (child?.ppid === rootPid) ticks += child.ticks;
  }
  return ticks * MS_PER_TICK;
}

/** All CPUs' busy time (ms), from the first line of /proc/stat (user … steal, not idle and iowait). */
function machineBusyMs() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
}

/** The postmaster's pid from its data directory, or null when it cannot be read (a database elsewhere). */
export function postmasterPid(dataDir) {
  try {
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return procStat(pid) ? pid : null;
  } catch {
    return null;
  }
}

export class CpuMeter {
  /** @param {{ serverPid: number, postmasterPid: number | null }} pids */
  constructor(pids) {
    this.pids = pids;
    this.last = this.read();
  }

  read() {
    const bench = process.cpuUsage();
    return {
      server: (procStat(this.pids.serverPid)?.ticks ?? Number.NaN) * MS_PER_TICK,
      postgres: this.pids.postmasterPid === null ? Number.NaN : treeMs(this.pids.postmasterPid),
      bench: (bench.user + bench.system) / 1000,
      machine: machineBusyMs(),
    };
  }

  /** CPU ms since the last call: server, PostgreSQL (NaN when unknown), the bench, and the rest of the machine. */
  take() {
    const now = this.read();
    const used = {
      server: now.server - this.last.server,
      postgres: now.postgres - this.last.postgres,
      bench: now.bench - this.last.bench,
    };
    const known = used.server + (Number.isFinite(used.postgres) ? used.postgres : 0) + used.bench;
    const rest = Math.max(0, now.machine - this.last.machine - known);
    this.last = now;
    return { ...used, rest };
  }
}
