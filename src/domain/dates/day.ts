/** Milliseconds in one UTC calendar day (no leap seconds: UTC days in JavaScript are all this long). */
export const DAY_MS = 86_400_000;
