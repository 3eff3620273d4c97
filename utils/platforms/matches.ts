/** The sites the content script runs on. The panel frame is web-accessible there, and nowhere else. */
export const PAGE_MATCHES = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];
