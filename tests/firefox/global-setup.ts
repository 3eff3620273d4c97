import { buildFixtures } from '../fixtures/build';

export default async function globalSetup(): Promise<void> {
  await buildFixtures();
}
