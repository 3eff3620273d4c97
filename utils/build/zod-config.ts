import { z } from 'zod';

/**
 * zod compiles a fast path for object schemas with `new Function`, after probing whether it may. The
 * extension's pages and worker forbid eval (their CSP), so the probe only logs a CSP error each time a
 * context starts (Firefox reports two per context): no JIT, no probe. Imported first by every
 * entrypoint that validates anything.
 */
z.config({ jitless: true });
