/**
 * The reader's flows (./flows.ts) in Firefox (and its native player with
 * JavaScript switched off in its profile), WebKit and Chromium: one engine
 * after another, each with one browser, in one file and so in one worker.
 * These flows mostly wait for audio to play in real time, so they run beside
 * the two CPU-bound workers in a third one (vitest.config.ts) instead of
 * taking turns with them.
 */
import { forEngine, readerFlows, withoutJavaScript } from './flows';

forEngine('firefox', readerFlows);
forEngine('firefox', withoutJavaScript, { javascript: false });
forEngine('webkit', readerFlows);
forEngine('chromium', readerFlows);
