// Code the tests run inside the extension (service worker, pages) uses the `chrome` global.
/// <reference types="chrome" />
