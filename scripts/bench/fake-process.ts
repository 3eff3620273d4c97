import { FakeLlm } from '../../tests/support/fake-llm';

/**
 * The fake endpoint in a process of its own, so that the benchmark's own work (driving the browser)
 * never delays its answers: the extension and the direct SDK call then meet the same server.
 */
const fake = new FakeLlm();
await fake.start();
process.send?.({ type: 'ready', baseURL: fake.baseURL });
process.on('message', (message: { type: string }) => {
  if (message.type === 'requests')
    process.send?.({ type: 'requests', bodies: fake.chatRequests().map((r) => r.body) });
  if (message.type === 'stop') void fake.stop().then(() => process.exit(0));
});
