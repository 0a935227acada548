/** Node timers overflow past 2^31-1 ms and then fire at once; a longer phase timeout would abort immediately. */
export declare const MAX_TIMER_MINUTES: number;
