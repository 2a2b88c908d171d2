import { z } from 'zod';
import { startLocalLine } from './host.js';
import { clearLocalState, writeLocalState } from './state.js';

/** `npm start`: the local line on 127.0.0.1, until Ctrl-C. */
const port = z.coerce
  .number()
  .int()
  .min(0)
  .max(65535)
  .safeParse(process.env.PORT ?? '3000');
if (!port.success) {
  process.stderr.write(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}\n`);
  process.exit(2);
}

try {
  const line = await startLocalLine({ port: port.data });
  writeLocalState({ endpoint: line.dynamoEndpoint, tableName: line.tableName, pid: process.pid });
  const clock = process.env.LINE_NOW ? ` (clock fixed at ${process.env.LINE_NOW})` : '';
  process.stdout.write(
    `Info line ready at ${line.url}${clock}: POST /ussd, POST /sms, GET /dev/outbox, GET /dev/metrics. Ctrl-C stops it.\n`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearLocalState();
    await line.stop();
    process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`Could not start the local line: ${(error as Error).message}\n`);
  process.exit(1);
}
