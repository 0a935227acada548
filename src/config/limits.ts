/** Node timers overflow past 2^31-1 ms and then fire at once; a longer phase timeout would abort immediately. */
export const MAX_TIMER_MINUTES = Math.floor((2 ** 31 - 1) / 60_000);
