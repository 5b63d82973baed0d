// When the demo's events happened: in working hours (Monday to Friday, 9:00–18:00 Europe/Rome) over the past weeks,
// not all at the moment of seeding. Deterministic (seeded by a key per thread), and order-keeping within a thread.

const ZONE = 'Europe/Rome';
const OPENS = 9 * 60;
const CLOSES = 18 * 60;
/** Minutes in a working day. */
const WORKING_MINUTES = CLOSES - OPENS;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const romeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
});

interface RomeTime {
  /** The Rome calendar day, as midnight UTC of that date. */
  day: number;
  weekday: string;
  /** Minutes since the Rome midnight. */
  minutes: number;
}

function romeTime(instant: Date): RomeTime {
  const parts = Object.fromEntries(romeFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    day: Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)),
    weekday: parts.weekday ?? '',
    minutes: Number(parts.hour) * 60 + Number(parts.minute) + Number(parts.second) / 60,
  };
}

/** The instant of a Rome wall-clock time (minutes after midnight of `day`), summer time included. */
function romeInstant(day: number, minutes: number): Date {
  const guess = day + minutes * MINUTE_MS;
  const offset = (at: number) => {
    const rome = romeTime(new Date(at));
    return rome.day + rome.minutes * MINUTE_MS - at;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}

const isWeekday = (day: number) => {
  const weekday = new Date(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

function previousWeekday(day: number): number {
  let before = day - DAY_MS;
  while (!isWeekday(before)) before -= DAY_MS;
  return before;
}

/** A number in [0, 1) from a key: FNV-1a, then a round of mulberry32. */
export function seededUnit(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  let t = (hash + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** The platform services' requests, quotes and delivery: one time line, so that each comes after what it answers. */
export const DEMO_SERVICES_THREAD = 'demo-platform-services';

export interface DemoClock {
  /** The last working moment at or before `now`: the most recent a demo event can be. */
  readonly latest: Date;
  /**
   * The times of one thread (an EoI, a disclosure…): `daysAgo` counted in working days back from `latest`,
   * shifted and stretched by the key so that threads differ in their hours. Strictly increasing with time:
   * what came first in the data comes first here (submitted < read < replied < moved).
   */
  thread(key: string): (daysAgo: number) => Date;
}

export function demoClock(now: Date): DemoClock {
  // The anchor: a working day and the working minutes into it.
  const rome = romeTime(now);
  let anchorDay = rome.day;
  let anchorMinutes = Math.min(Math.max(rome.minutes - OPENS, 0), WORKING_MINUTES);
  if (!isWeekday(rome.day) || rome.minutes <= OPENS) {
    anchorDay = previousWeekday(rome.day);
    anchorMinutes = WORKING_MINUTES;
  }

  /** The instant `back` working minutes before the anchor. */
  const workingMinutesBefore = (back: number): Date => {
    if (back <= anchorMinutes) return romeInstant(anchorDay, OPENS + anchorMinutes - back);
    let rest = back - anchorMinutes;
    let day = anchorDay;
    while (rest > WORKING_MINUTES) {
      day = previousWeekday(day);
      rest -= WORKING_MINUTES;
    }
    day = previousWeekday(day);
    return romeInstant(day, CLOSES - rest);
  };

  const latest = workingMinutesBefore(0);
  return {
    latest,
    thread(key) {
      // A shift of up to most of a working day, and a stretch of up to 15 %: hours differ between threads and
      // between the steps of one, while the order stays.
      const shift = 0.05 + 0.8 * seededUnit(`${key}|shift`);
      const stretch = 1 + 0.15 * seededUnit(`${key}|stretch`);
      return (daysAgo) => {
        const minutes = Math.round((Math.max(daysAgo, 0) * stretch + shift) * WORKING_MINUTES);
        return workingMinutesBefore(minutes);
      };
    },
  };
}
