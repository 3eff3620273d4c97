// Stands in for polyfills modern browsers do not need (see wxt.config.ts).
export {};
