/**
 * Untrusted text (agent messages, commands and their output, reasoning, paths, phase summaries, issue
 * titles, git's words about the agent's files) is shown to a person through a terminal or the Actions log.
 * Neither may read it as instructions: every control character is made visible instead of being sent.
 *
 * - C0 controls (ESC, BEL, CR, backspace…) and DEL become their Unicode "control pictures" (`␛`, `␇`, `␍`),
 *   so CSI/OSC sequences (colours faking a green "done", window titles, OSC 52 clipboard writes) arrive
 *   as harmless text. Newline and tab are kept: they only lay text out.
 * - C1 controls (U+0080–U+009F, e.g. the one-character CSI U+009B) and the bidirectional overrides and
 *   isolates (which reorder what is displayed, "Trojan source") become `\uXXXX` text.
 *
 * Workflow commands (`::error::`, `::add-mask::`, `::stop-commands::`) are plain printable text: they are
 * the Actions door's business (src/action/reporter.ts), not this function's.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

export function neutralise(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** True when `text` holds nothing `neutralise` would change. */
export const isNeutral = (text: string): boolean => !new RegExp(UNSAFE.source).test(text);
