// Live pages and the user's control in Chromium with the real extension (lib/live-suite.mjs).
import { defineLiveSuite } from './lib/live-suite.mjs';
import { chromiumDriver } from './lib/reader-drivers.mjs';

defineLiveSuite(chromiumDriver());
