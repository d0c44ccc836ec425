/**
 * Regular-expression scanning that ES2016 engines can run. Lookbehind (`(?<!…)`, `(?<=…)`) is ES2018;
 * classic Outlook's JavaScript-only runtime before build 2403 cannot even parse it. So a pattern that
 * needs "not preceded by …" is written without the lookbehind and scanned with {@link execNotAfter},
 * which checks the preceding characters in code.
 *
 * Why the matches are the same as with the lookbehind: a global regex tries start positions from
 * `lastIndex` upwards and returns the first where the pattern matches. With a lookbehind, a position
 * whose preceding text is rejected simply fails and the engine tries the next one. Without it, the engine
 * returns the first position where the rest matches; when that position's preceding text is rejected,
 * the search restarts one code unit later, which is exactly the position the engine would have tried
 * next. (None of these patterns can match the empty string, and none uses the `u` flag, so "one code
 * unit later" is the engine's own step.)
 */

/**
 * The next match of the global (or sticky) `re` in `text` from `re.lastIndex` whose start is not
 * rejected by `rejectAt(text, start)`; `re.lastIndex` is left after it, as `exec` does. Null when there is
 * none (and `lastIndex` is then 0).
 */
export function execNotAfter(re: RegExp, text: string, rejectAt: (text: string, start: number) => boolean): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!rejectAt(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** ASCII letter or digit, by code. */
export function isAsciiAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII digit, by code. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `(?<![A-Za-z0-9])`: an ASCII letter or digit just before `start`. */
export function afterAsciiAlnum(text: string, start: number): boolean {
  return start > 0 && isAsciiAlnumCode(text.charCodeAt(start - 1));
}

/** `(?<![A-Za-z])`: an ASCII letter just before `start`. */
export function afterAsciiLetter(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
