/** YYYY-MM-DD of a date column (stored at midnight UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD string as the Date Prisma writes to a date column. */
export function dateColumn(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "26 November 2026" */
export function formatDate(value: string): string {
  return LONG_DATE.format(dateColumn(value.slice(0, 10)));
}

/** Today as YYYY-MM-DD (UTC): the one place the app asks what day it is. */
export function today(): string {
  return isoDate(new Date());
}
