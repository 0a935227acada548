export { GitGuard, refusal, GIT_TIMEOUTS, type GuardScope, type GuardOptions, type CommandListener } from "./guard";
export { Worktrees, parseWorktreeList, fallbackIdentity, type WorktreeInfo } from "./worktrees";
export { Graphite, gtRefusal } from "./graphite";
export { movedRefs, readRefs, MAIN_HEAD } from "./refs";
export type { RefSnapshot } from "../core/types";
export { safeGitEnv, NO_HOOKS } from "./safe-env";
