// The reader view and settings in Chromium with the real extension (lib/reader-suite.mjs).
import { chromiumDriver } from './lib/reader-drivers.mjs';
import { defineReaderSuite } from './lib/reader-suite.mjs';

defineReaderSuite(chromiumDriver());
