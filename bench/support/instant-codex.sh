#!/bin/sh
# A codex stand-in for benchmarks: speaks `codex exec --json` (JSONL thread events on stdout) and answers
# at once — the reviewer passes, the developer reports done after writing one file in its worktree.
if [ "$1" = "--version" ]; then echo "codex-cli 0.0.0 (instant stand-in)"; exit 0; fi
prompt=$(cat)
case "$prompt" in
  *"You are the reviewer"*)
    answer='{\"phase\":\"review\",\"status\":\"pass\",\"summary\":\"ok\",\"findings\":[]}' ;;
  *)
    echo "work" > instant-work.txt
    answer='{\"phase\":\"dev\",\"status\":\"done\",\"summary\":\"ok\",\"changes\":[],\"tests\":[],\"notes\":[]}' ;;
esac
printf '%s\n' '{"type":"thread.started","thread_id":"instant"}' '{"type":"turn.started"}'
printf '{"type":"item.completed","item":{"id":"item_0","type":"agent_message","text":"%s"}}\n' "$answer"
printf '%s\n' '{"type":"turn.completed","usage":{"input_tokens":1,"cached_input_tokens":0,"output_tokens":1}}'
