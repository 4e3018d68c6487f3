/** The reader's flows (./flows.ts) in webkit. */
import { forEngine, readerFlows } from './flows';

forEngine('webkit', readerFlows);
