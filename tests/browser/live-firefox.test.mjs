// Live pages and the user's control in Firefox ESR with the real extension (lib/live-suite.mjs).
import { defineLiveSuite } from './lib/live-suite.mjs';
import { firefoxDriver } from './lib/reader-drivers.mjs';

defineLiveSuite(firefoxDriver());
