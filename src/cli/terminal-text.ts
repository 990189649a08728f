// Text from AdminPulse, printed on a terminal. Anyone who can edit a company in AdminPulse chooses
// its name, and a terminal obeys the escape sequences in what it prints: clear the screen, print
// a green "Synced OK" that is not, retitle the window, even set the clipboard (OSC 52). Bidi
// overrides reorder what follows them. All of it is removed; the rest of the text is kept.

/* eslint-disable no-control-regex -- matching control characters is the point */
/**
 * Whole escape sequences, so that no "[2J" is left behind: CSI (ESC [ or U+009B) with its
 * parameters; the string sequences OSC, DCS, SOS, PM and APC, up to their terminator (BEL or ST)
 * or, unterminated, to the end, as a terminal would swallow it; any other ESC sequence.
 */
const SEQUENCES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]?/g;
/** C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates. */
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** The text without terminal escape sequences or control characters; line breaks and tabs become spaces. */
export function terminalSafe(text: string): string {
  return text
    .replace(SEQUENCES, "")
    .replace(/[\t\n\r]/g, " ")
    .replace(CONTROLS, "");
}
