/** Shows spaces an editor cannot see (a flagged double space, a one-space fix) as ␣. */
export function visibleText(text: string): string {
  return text !== '' && text.trim() === '' ? text.replace(/ /g, '␣').replace(/\t/g, '⇥').replace(/\n/g, '↵') : text;
}
