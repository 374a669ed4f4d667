// Today's date as ISO YYYY-MM-DD in the local time zone of whoever runs the code: the day a
// person in the Netherlands sees on their calendar. (`toISOString()` gives the UTC day, which
// is yesterday between midnight and 01:00 or 02:00 Dutch time.)

const pad = (n: number) => String(n).padStart(2, '0');

export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
