import type { Locator, Page } from '@playwright/test';

/** What the side panel shows of the conversation: the manager's questions and the streamed answers. */
export function conversation(side: Page): Locator {
  return side.getByRole('list', { name: 'Conversation' });
}

/** Asks the side panel's assistant as the manager does: the question typed in its box, sent with Enter. */
export async function ask(side: Page, question: string): Promise<void> {
  const box = side.getByRole('textbox', { name: 'Ask anything' });
  await box.fill(question);
  await box.press('Enter');
}
