/** The reader's flows (./flows.ts) in chromium. */
import { forEngine, readerFlows } from './flows';

forEngine('chromium', readerFlows);
