import { fail, ok, type Problem, type Result } from "../errors";

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * `runner.env` values may reference the engine's environment as `${VAR}`. A reference to an unset
 * variable is an error naming the key: silently passing an empty API key would only fail later, worse.
 */
export function expandEnv(env: Record<string, string>, base: NodeJS.ProcessEnv): Result<Record<string, string>> {
  const out: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(env)) {
    out[name] = value.replace(REFERENCE, (whole, ref: string) => {
      const resolved = base[ref];
      if (resolved === undefined) {
        problems.push({
          code: "CONFIG_INVALID",
          key: `runner.env.${name}`,
          message: `references \${${ref}}, which is not set in the environment`,
          hint: `Export ${ref} before running, or remove the entry.`,
        });
        return whole;
      }
      return resolved;
    });
  }
  return problems.length > 0 ? fail(problems) : ok(out);
}
