/**
 * The line of a field an editor wrote, for messages that point at the
 * content file: a field as ContentError names it (`order`,
 * `fragment “begin-klein” → end`, `rolwijzer → situatie “behoefte” → link
 * “Stimuleren” → href`) looked up in the file's text, one segment after the
 * other: a plain name is the next line `name:`, an item named by its id or
 * label the next line whose value is that text (`- id: begin-klein`).
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 1-based line of `field` in `text`, or undefined when a segment is not found. */
export function fieldLine(text: string, field: string): number | undefined {
  const lines = text.split(/\r?\n/);
  let at = -1;
  let found = false;
  for (const segment of field.split(' → ')) {
    const item = /^\S+ “(.+)”$/.exec(segment);
    let pattern: RegExp;
    if (item) pattern = new RegExp(`^\\s*(?:-\\s+)?[\\w-]+:\\s*(["']?)${escape(item[1]!)}\\1\\s*$`);
    else if (/^[\w-]+$/.test(segment)) pattern = new RegExp(`^\\s*(?:-\\s+)?${escape(segment)}:`);
    else continue; // an item counted by number ("pagina 2"): stay where we are
    const next = lines.findIndex((line, i) => i > at && pattern.test(line));
    if (next < 0) return found ? at + 1 : undefined;
    at = next;
    found = true;
  }
  return found ? at + 1 : undefined;
}
