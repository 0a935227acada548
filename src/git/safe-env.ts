/**
 * The environment every engine git (and gt) process runs in. Configuration that makes git start a program
 * is overridden through environment-level config (`GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`),
 * which wins over the system, global, repository and worktree files alike, so neither the repository's
 * config nor a gitdir the agent pointed a worktree at can choose a program for the engine to run.
 * (The guard refuses `-c`, and environment config also reaches the git processes git itself starts.)
 */

export interface SafeEnvOptions {
  /** `worktrees.signCommits`: leave commit signing as the user configured it. */
  signCommits: boolean;
  /**
   * A push or fetch talks to the remote with the user's transport settings (ssh command, credential
   * helpers): it needs them. Every other engine git call is local and runs with them off.
   */
  network: boolean;
  /** Run against this git dir and work tree, whatever the work tree's `.git` file says. */
  pin?: { gitDir: string; workTree: string };
  /** Config for this one call only (the push's token header): in its environment, never in a file. */
  extra?: [string, string][];
}

/** Hooks are looked up as `<hooksPath>/<name>`: below /dev/null nothing can exist. */
export const NO_HOOKS = "/dev/null";

/** Variables that would point git at another repository, index or program than the engine chose. */
const DROPPED = new Set([
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_EXTERNAL_DIFF",
  "GIT_EDITOR",
  "GIT_SEQUENCE_EDITOR",
  "EDITOR",
  "VISUAL",
  "PAGER",
  "GIT_PAGER",
]);

function overrides(opts: SafeEnvOptions): [string, string][] {
  const pairs: [string, string][] = [
    ["core.fsmonitor", "false"],
    ["core.hooksPath", NO_HOOKS],
    // ":" is git's own "no editor"; "cat" its "no pager".
    ["core.editor", ":"],
    ["sequence.editor", ":"],
    ["core.pager", "cat"],
    ["protocol.ext.allow", "never"],
    ["push.gpgSign", "false"],
    // No background `gc --auto`/maintenance: nothing outlives the engine's call.
    ["gc.auto", "0"],
    ["maintenance.auto", "false"],
  ];
  if (!opts.signCommits) pairs.push(["commit.gpgSign", "false"], ["tag.gpgSign", "false"]);
  if (!opts.network) {
    // An empty helper entry clears the list; an empty askpass is none.
    pairs.push(["credential.helper", ""], ["core.askPass", ""], ["core.sshCommand", "ssh"]);
  } else {
    // The engine pushes to and fetches from origin only; these name programs git runs locally for local and ssh remotes.
    pairs.push(["remote.origin.receivepack", "git-receive-pack"], ["remote.origin.uploadpack", "git-upload-pack"]);
  }
  return pairs;
}

export function safeGitEnv(base: Record<string, string | undefined>, opts: SafeEnvOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && !DROPPED.has(name)) env[name] = value;
  // Environment config the user set (the Docker image's safe.directory) is kept; the engine's entries come
  // after it, and for one key the last entry wins.
  const given = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
  let count = Number.isSafeInteger(given) && given > 0 ? given : 0;
  for (const [key, value] of [...overrides(opts), ...(opts.extra ?? [])]) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count += 1;
  }
  env.GIT_CONFIG_COUNT = String(count);
  env.GIT_EDITOR = ":";
  env.GIT_SEQUENCE_EDITOR = ":";
  env.GIT_PAGER = "cat";
  // gt pages through PAGER.
  env.PAGER = "cat";
  env.GIT_NO_REPLACE_OBJECTS = "1";
  // Never wait for a credential prompt: fail instead.
  env.GIT_TERMINAL_PROMPT = "0";
  if (opts.pin) {
    env.GIT_DIR = opts.pin.gitDir;
    env.GIT_WORK_TREE = opts.pin.workTree;
  }
  return env;
}
