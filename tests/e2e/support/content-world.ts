import type { CDPSession, Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/**
 * Runs code inside the extension's content-script world of a page (Chrome DevTools Protocol), to check
 * what a content script can and cannot do: a compromised or confused content script is the threat.
 */
export class ContentWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  static async attach(page: Page, extensionId: string): Promise<ContentWorld> {
    const cdp = await page.context().newCDPSession(page);
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) =>
      contexts.push(event.context),
    );
    await cdp.send('Runtime.enable');
    for (let waited = 0; waited < 5000; waited += 50) {
      const world = contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
      );
      if (world) return new ContentWorld(cdp, world.id);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(
      `no content-script world of ${extensionId}: ${JSON.stringify(contexts.map((c) => [c.origin, c.auxData]))}`,
    );
  }

  /** Evaluates an async expression in the content script's world and returns its JSON value. */
  async run<T>(expression: string): Promise<T> {
    const result = (await this.cdp.send('Runtime.evaluate', {
      expression: `(async () => { ${expression} })()`,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string } } };
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
    return result.result.value;
  }
}
