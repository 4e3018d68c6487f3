import { expect, it } from 'vitest';
import { findReferences } from '../../src/build/mdx-references';

it('finds placed components with their attribute and line', () => {
  const body = [
    '---',
    'title: x',
    '---',
    'Tekst met <em>html</em>.',
    '',
    '<StoryBox story="buurt-in-bloei">',
    '',
    '<AudioFragment id="begin-klein" />',
    '',
    '</StoryBox>',
    "<AudioFragment  id='zo-min-mogelijk'/>",
    '<PullQuote cite="iemand">Citaat</PullQuote>',
  ].join('\n');
  expect(findReferences(body, { StoryBox: 'story', AudioFragment: 'id' })).toEqual([
    { component: 'StoryBox', attribute: 'story', value: 'buurt-in-bloei', line: 6 },
    { component: 'AudioFragment', attribute: 'id', value: 'begin-klein', line: 8 },
    { component: 'AudioFragment', attribute: 'id', value: 'zo-min-mogelijk', line: 11 },
  ]);
});
