export { GitGuard, refusal, type GuardScope, type CommandListener } from "./guard";
export { Worktrees, parseWorktreeList, type WorktreeInfo } from "./worktrees";
export { Graphite, gtRefusal } from "./graphite";
