/**
 * What a screen reader gets from Chromium, read from its accessibility tree
 * over CDP (Accessibility.getPartialAXTree): the focused element's role, name
 * and value, as "name, role (value)". The same tree that NVDA, JAWS,
 * VoiceOver and TalkBack read through the platform's API. What a screen reader
 * speaks while moving (live regions included) is tests/support/virtual-screen-reader.
 */
import type { CDPSession, Page } from 'playwright-core';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  value?: AXValue;
  properties?: { name: string; value: AXValue }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The accessibility node of one element (its object id from a JS handle). */
async function axNodeOf(page: Page, objectId: string): Promise<AXNode> {
  const cdp = await session(page);
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false })) as { nodes: AXNode[] };
  return nodes[0]!;
}

/** "name, role" (and ", value" for a control with a value), as a screen reader speaks an element; "" when ignored (hidden). */
function phrase(node: AXNode): string {
  if (node.ignored) return '';
  const parts = [String(node.name?.value ?? '').trim(), String(node.role?.value ?? '')];
  const value = node.properties?.find((p) => p.name === 'valuetext')?.value.value ?? node.value?.value;
  if (value !== undefined && value !== '') parts.push(String(value));
  return parts.filter(Boolean).join(', ');
}

async function objectIdOf(page: Page, expression: string): Promise<string | undefined> {
  const cdp = await session(page);
  const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId?: string } };
  return result.objectId;
}

/** What is spoken on focus now. */
export async function spokenFocus(page: Page): Promise<string> {
  const id = await objectIdOf(page, 'document.activeElement');
  return id ? phrase(await axNodeOf(page, id)) : '';
}

/** What the first element matching a CSS selector is to a screen reader ("" when it is out of the accessibility tree). */
export async function spoken(page: Page, selector: string): Promise<string> {
  const id = await objectIdOf(page, `document.querySelector(${JSON.stringify(selector)})`);
  if (!id) throw new Error(`nothing matches ${selector}`);
  return phrase(await axNodeOf(page, id));
}
