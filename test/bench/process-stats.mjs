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
