/**
 * The components editors can use in MDX without importing anything.
 * Adding one here makes it available in every content file.
 */
import AudioFragment from './FragmentPlayer.astro';
import StoryBox from './StoryBox.astro';
import PullQuote from './PullQuote.astro';
import RoleDiagram from './RoleDiagram.astro';
import Aside from './Aside.astro';
import RoleGuide from './RoleGuide.astro';
import RecordingStatus from './RecordingStatus.astro';

export const mdxComponents = { AudioFragment, StoryBox, PullQuote, RoleDiagram, Aside, RoleGuide, RecordingStatus };
