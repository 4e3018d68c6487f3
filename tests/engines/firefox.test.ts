/** The reader's flows (./flows.ts) in Firefox, and the native player with JavaScript switched off in its profile. */
import { forEngine, readerFlows, withoutJavaScript } from './flows';

forEngine('firefox', readerFlows);
forEngine('firefox', withoutJavaScript, { javascript: false });
