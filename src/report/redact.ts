/**
 * Secrets never reach logs, the terminal or NDJSON: the values of `runner.env` and of well-known key
 * variables are replaced, and so is anything shaped like a common API key or token. The same knowledge
 * scans the agent's files before each commit (`Redactor.secretsIn`, src/git/commit-checks.ts).
 */
const KNOWN_SECRET_VARS = [
  "OPENAI_API_KEY",
  "CODEX_API_KEY",
  "ANTHROPIC_API_KEY",
  "AZURE_OPENAI_API_KEY",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GRAPHITE_AUTH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
];
/** Variable names that by convention hold credentials (also kept out of the agent's shell, src/runner/shell-env.ts). */
export const SECRET_NAME = /(API_?KEY|_KEY|TOKEN|SECRET|CREDENTIALS?)$|PASSWORD|PASSWD/i;
/**
 * SPEC §3: `runner.env` values of this length or more are secrets, redacted everywhere. Shorter ones are
 * too likely to be ordinary words or numbers (`1`, `on`, `dev`) to blank everywhere: they are passed
 * through and are not secret (README "Where the contract is silent").
 */
export const MIN_SECRET_LENGTH = 4;

const KEY_SHAPES = [
  /sk-[A-Za-z0-9_-]{16,}/,
  /gh[pousr]_[A-Za-z0-9]{20,}/,
  /github_pat_[A-Za-z0-9_]{20,}/,
  /xox[abprs]-[A-Za-z0-9-]{10,}/,
  /AKIA[0-9A-Z]{16}/,
  /AIza[0-9A-Za-z_-]{35}/,
];

export const REDACTED = "[REDACTED]";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export class Redactor {
  private readonly pattern: RegExp;

  constructor(secretValues: Iterable<string>) {
    const literals = new Set<string>();
    for (const value of secretValues) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      literals.add(value);
      // The same secret inside a JSON string is escaped; match that spelling too.
      literals.add(JSON.stringify(value).slice(1, -1));
    }
    const alternatives = [...literals].sort((a, b) => b.length - a.length).map(escapeRegExp);
    alternatives.push(...KEY_SHAPES.map((r) => r.source));
    this.pattern = new RegExp(alternatives.join("|"), "g");
  }

  redact(text: string): string {
    return text.replace(this.pattern, REDACTED);
  }

  /** The distinct secret values and key-shaped strings in `text` (for the commit scan; never shown). */
  secretsIn(text: string): Set<string> {
    return new Set(text.match(this.pattern) ?? []);
  }
}

/** Secret values from the environment the engine runs in plus the runner's own `env` values (all of them). */
export function secretValuesFrom(env: NodeJS.ProcessEnv, runnerEnv: Record<string, string>): string[] {
  const values: string[] = Object.values(runnerEnv);
  for (const [name, value] of Object.entries(env)) {
    if (value && (KNOWN_SECRET_VARS.includes(name) || SECRET_NAME.test(name))) values.push(value);
  }
  return values;
}
