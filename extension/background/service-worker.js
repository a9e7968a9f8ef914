// Chromium's entry point (Firefox loads the same two files from manifest background.scripts).
// importScripts resolves against this worker script's URL, i.e. extension/background/.
importScripts('../engine/tidings.js', 'background.js');
