import { isPublicHoliday } from './public-holidays.js';
import type { CompiledHours, MinuteInterval } from '../data/types.js';

/** A moment as a clock on a wall in Lille reads it, whatever the device's time zone. */
export interface ParisTime {
  /** "2026-11-27" */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

/** The day of the month of the last Sunday of `month` (0–11) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Minutes between Lille's clocks and UTC at an instant: 120 in summer time, 60 otherwise. Summer
 * time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October
 * (EU directive 2000/84/EC, the rule in France since 1996). A rule instead of
 * Intl.DateTimeFormat's time zones, whose first use costs a phone 100–200 ms (calendar.ts); the
 * unit tests compare it with the browser's time zone data, minute by minute around every change,
 * 2000–2040, so a change of the law shows there.
 */
export function parisOffset(instant: Date): number {
  const year = instant.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 9), 1);
  const time = instant.getTime();
  return time >= start && time < end ? 120 : 60;
}

export function parisTime(instant: Date): ParisTime {
  const wall = new Date(instant.getTime() + parisOffset(instant) * 60_000);
  return {
    date: wall.toISOString().slice(0, 10),
    weekday: (wall.getUTCDay() + 6) % 7,
    minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** The calendar day `offset` days after a "YYYY-MM-DD" date, and its weekday (0 = Monday). */
function dayAfter(date: string, offset: number): { date: string; weekday: number } {
  const utc = new Date(`${date}T12:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + offset);
  return { date: utc.toISOString().slice(0, 10), weekday: (utc.getUTCDay() + 6) % 7 };
}

function intervalsOn(
  hours: CompiledHours,
  date: string,
  weekday: number,
): readonly MinuteInterval[] {
  const usual = hours.week[weekday] ?? [];
  if (!isPublicHoliday(date)) return usual;
  const { publicHolidays } = hours;
  if (publicHolidays.mode === 'closed') return [];
  return publicHolidays.mode === 'open' ? publicHolidays.intervals : usual;
}

/** The interval of a day that holds a minute of it, if any. */
const intervalAt = (intervals: readonly MinuteInterval[], minute: number) =>
  intervals.find(([from, to]) => from <= minute && minute < to);

export type OpeningState =
  | { kind: 'always' }
  | { kind: 'open'; closesAt: number; closesOnNextDay: boolean }
  | { kind: 'closed'; opensIn: { days: number; minute: number } | null };

/** How many days ahead to look for the next opening: a week, plus a holiday. */
const LOOKAHEAD_DAYS = 8;

/**
 * Whether a place is open at an instant, in Europe/Paris time with French public holidays, and
 * when it next closes or opens.
 */
export function openingState(hours: CompiledHours, instant: Date): OpeningState {
  if (hours.alwaysOpen) return { kind: 'always' };
  const now = parisTime(instant);
  const today = intervalsOn(hours, now.date, now.weekday);
  const current = intervalAt(today, now.minute);
  if (current) {
    // An interval that ends at midnight may go on the next day (e.g. 18:00-24:00 then 00:00-02:00).
    const [, to] = current;
    if (to === 1440) {
      const tomorrow = dayAfter(now.date, 1);
      const early = intervalsOn(hours, tomorrow.date, tomorrow.weekday)[0];
      if (early && early[0] === 0)
        return { kind: 'open', closesAt: early[1], closesOnNextDay: true };
    }
    return { kind: 'open', closesAt: to, closesOnNextDay: false };
  }
  const laterToday = today.find(([from]) => from > now.minute);
  if (laterToday) return { kind: 'closed', opensIn: { days: 0, minute: laterToday[0] } };
  for (let days = 1; days <= LOOKAHEAD_DAYS; days += 1) {
    const day = dayAfter(now.date, days);
    const first = intervalsOn(hours, day.date, day.weekday)[0];
    if (first) return { kind: 'closed', opensIn: { days, minute: first[0] } };
  }
  return { kind: 'closed', opensIn: null };
}

/** Whether a contact is open now (always-open ones included); contacts without hours are not. */
export function isOpenAt(hours: CompiledHours | undefined, instant: Date): boolean {
  if (!hours) return false;
  if (hours.alwaysOpen) return true;
  // What openingState reads first, without looking a week ahead for the next opening.
  const now = parisTime(instant);
  return intervalAt(intervalsOn(hours, now.date, now.weekday), now.minute) !== undefined;
}
