import { expect, it } from 'vitest';
import { decodeEntities, escapeXml } from '../../src/lib/html';

it('escapes what HTML and XML give meaning to', () => {
  expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
});

it('decodes numeric and common named references, and undoes escapeXml', () => {
  expect(decodeEntities('&#39;self&#39; &#x27;x&#x27; &quot;q&quot; &lt;b&gt; &nbsp;|&apos;')).toBe(`'self' 'x' "q" <b> \u00a0|'`);
  expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  expect(decodeEntities('&onbekend; & los')).toBe('&onbekend; & los');
  const text = `Wonen & werken: "de 'buurt'" <samen>`;
  expect(decodeEntities(escapeXml(text))).toBe(text);
});
