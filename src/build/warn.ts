/**
 * A warning in the build log for editors: names the file and the field, is
 * shown once however many pages hit it, and never stops the build.
 */
import { fieldLabel } from '../lib/content-error';

const printed = new Set<string>();

export function warn(file: string, field: string, detail: string): void {
  const message = `Let op: ${file} → ${fieldLabel(field)}: ${detail} (Een waarschuwing: de site wordt wel gebouwd.)`;
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(message);
}
