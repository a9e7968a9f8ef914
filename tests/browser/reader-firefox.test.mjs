// The reader view and settings in Firefox ESR with the real extension (lib/reader-suite.mjs).
import { firefoxDriver } from './lib/reader-drivers.mjs';
import { defineReaderSuite } from './lib/reader-suite.mjs';

defineReaderSuite(firefoxDriver());
