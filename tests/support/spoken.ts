/**
 * What a screen reader gets from Chromium, read from its accessibility tree
 * over CDP (Accessibility.getPartialAXTree): the focused element's role, name
 * and value, as "name, role (value)", and the text of live regions. A spoken
 * log is the list of these phrases along a keyboard walk. The same tree that
 * NVDA, JAWS, VoiceOver and TalkBack read through the platform's API.
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

/** Presses Tab until `done` matches what is spoken (at most `max` presses); returns the phrases on the way. */
export async function tabTo(page: Page, done: RegExp, max = 30, key = 'Tab'): Promise<string[]> {
  const log: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await spokenFocus(page);
    log.push(now);
    if (done.test(now)) return log;
  }
  throw new Error(`${key} never reached ${done}; spoken: ${log.join(' | ')}`);
}

/**
 * Records what live regions (role=status/alert, aria-live) say from now on,
 * as a screen reader queues it: each change of their text, once.
 */
export async function recordLive(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __live: string[] };
    w.__live = [];
    const live = '[role=status], [role=alert], [aria-live]:not([aria-live=off])';
    new MutationObserver((records) => {
      const regions = new Set<Element>();
      for (const r of records) {
        const el = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(live);
        if (el) regions.add(el);
      }
      for (const el of regions) {
        const text = (el as HTMLElement).innerText.trim();
        if (text && !el.closest('[hidden]')) w.__live.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  });
  return () => page.evaluate(() => (window as unknown as { __live: string[] }).__live.splice(0));
}
