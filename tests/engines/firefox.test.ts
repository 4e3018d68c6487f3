/** The reader's flows (./flows.ts) in firefox. */
import { forEngine, readerFlows } from './flows';

forEngine('firefox', readerFlows);
