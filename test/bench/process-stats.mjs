// The server's memory, read from /proc: VmRSS sampled every 100 ms (the peak within each scenario) and
// VmHWM, the kernel's own record of the process's peak since it started.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** @param {number} pid @param {string} field @returns {number} MB */
function statusField(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * A process's /proc/<pid>/stat: its short name, its parent, its CPU ticks (user + system) and those of its children it waited for
 * (ended); null once it is gone. The command sits in parentheses and may itself hold spaces and parentheses.
 * @param {number} pid @returns {{ name: string, ppid: number, ticks: number, childTicks: number } | null}
 */
export function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    return {
      name: text.slice(text.indexOf('(') + 1, close),
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      childTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null;
  }
}

export class RssSampler {
  /** @param {number} pid */
  constructor(pid) {
    this.pid = pid;
    this.windowPeak = 0;
    this.timer = setInterval(() => {
      const rss = statusField(pid, 'VmRSS');
      if (rss > this.windowPeak) this.windowPeak = rss;
    }, 100);
    this.timer.unref();
  }

  /** Peak RSS since the last call, in MB. */
  takeWindowPeak() {
    const peak = Math.max(this.windowPeak, statusField(this.pid, 'VmRSS'));
    this.windowPeak = 0;
    return peak;
  }

  /** The process's peak RSS since it started (VmHWM), in MB. */
  highWaterMark() {
    return statusField(this.pid, 'VmHWM');
  }

  stop() {
    clearInterval(this.timer);
  }
}

/** What the figures were measured on. */
export function machineInfo() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpu)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    // Not a git checkout: the report says so.
  }
  return {
    cpu: model,
    cores: os.availableParallelism(),
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    loadAverage: os.loadavg(),
  };
}
