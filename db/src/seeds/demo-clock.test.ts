import { describe, expect, it } from 'vitest';
import { demoClock, seededUnit } from './demo-clock.js';

const rome = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  hourCycle: 'h23',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function romeWallClock(date: Date): { weekday: string; minutes: number } {
  const parts = Object.fromEntries(rome.formatToParts(date).map((part) => [part.type, part.value]));
  return { weekday: parts.weekday!, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

// A Tuesday evening (21:27 in Rome, summer time), a Sunday, and a winter Monday before opening time.
const NOWS = [new Date('2026-06-16T19:27:00Z'), new Date('2026-06-21T10:00:00Z'), new Date('2026-12-07T06:30:00Z')];

describe('the demo clock', () => {
  it('puts every event on a weekday between 9:00 and 18:00 in Rome, before the seeding', () => {
    for (const now of NOWS) {
      const clock = demoClock(now);
      for (let thread = 0; thread < 40; thread++) {
        const at = clock.thread(`eoi-${thread}`);
        for (const daysAgo of [0, 0.3, 1, 2.5, 5, 12, 30, 90]) {
          const when = at(daysAgo);
          const { weekday, minutes } = romeWallClock(when);
          expect(['Sat', 'Sun'], `${when.toISOString()}`).not.toContain(weekday);
          expect(minutes).toBeGreaterThanOrEqual(9 * 60);
          expect(minutes).toBeLessThanOrEqual(18 * 60);
          expect(when.getTime()).toBeLessThanOrEqual(now.getTime());
        }
      }
    }
  });

  it('keeps the order of a thread and spreads the threads over different hours', () => {
    const clock = demoClock(NOWS[0]!);
    const hours = new Set<number>();
    for (let thread = 0; thread < 20; thread++) {
      const at = clock.thread(`disclosure-${thread}`);
      const days = [30, 29.9, 21, 14.5, 14, 7, 3, 1.3, 1, 0.3, 0];
      const times = days.map((daysAgo) => at(daysAgo).getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(new Set(times).size).toBe(times.length);
      hours.add(romeWallClock(at(5)).minutes);
    }
    expect(hours.size).toBeGreaterThan(10);
  });

  it('is the same every time for the same seeding moment', () => {
    const one = demoClock(NOWS[0]!).thread('eoi-7');
    const two = demoClock(NOWS[0]!).thread('eoi-7');
    expect([1, 5, 20].map((days) => one(days).toISOString())).toEqual(
      [1, 5, 20].map((days) => two(days).toISOString()),
    );
    expect(seededUnit('a')).not.toBe(seededUnit('b'));
  });

  it('is the last working moment at or before the seeding', () => {
    // Tuesday 21:27 → Tuesday 18:00; Sunday → Friday 18:00; Monday 7:30 → Friday 18:00.
    expect(demoClock(NOWS[0]!).latest.toISOString()).toBe('2026-06-16T16:00:00.000Z');
    expect(demoClock(NOWS[1]!).latest.toISOString()).toBe('2026-06-19T16:00:00.000Z');
    expect(demoClock(NOWS[2]!).latest.toISOString()).toBe('2026-12-04T17:00:00.000Z');
  });
});
