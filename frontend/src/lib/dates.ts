// Calendar dates as the API writes them (ISO "2026-12-03"), computed without time zones shifting the day.

const pad = (value: number) => String(value).padStart(2, '0');

/** Today in the reader's own calendar, as an ISO date. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 1970, month ?? 1, day ?? 1];
}

/** The date so many days later (or earlier, when negative). */
export function addDaysIso(iso: string, days: number): string {
  const [year, month, day] = parts(iso);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The same day so many years later; 29 February becomes 28 February in a common year. */
export function addYearsIso(iso: string, years: number): string {
  const [year, month, day] = parts(iso);
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${String(year + years).padStart(4, '0')}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}
