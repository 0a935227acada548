/** A TOML table as runner.config holds it (a plain object, not an array). */
export const isTable = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
