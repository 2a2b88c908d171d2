import { z } from 'zod';
import { startLocalLine } from './host.js';
import { clearLocalState, runningLocalLines, writeLocalState } from './state.js';

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
  // Lines of this checkout that died without stopping: their files go, and any DynamoDB Local they left.
  runningLocalLines();
  const line = await startLocalLine({ port: port.data });
  writeLocalState({
    endpoint: line.dynamoEndpoint,
    tableName: line.tableName,
    pid: process.pid,
    dynamoPid: line.dynamoPid,
    url: line.url,
  });
  const clock = process.env.LINE_NOW ? ` (clock fixed at ${process.env.LINE_NOW})` : '';
  process.stdout.write(
    `Info line ready at ${line.url}${clock}: POST /ussd, POST /sms, GET /dev/outbox, GET /dev/metrics, GET|POST /dev/faults.\n` +
      `Phone simulator: ${line.url}/  Dashboard: ${line.url}/dashboard  Ctrl-C stops it.\n`,
  );
  // Without its storage the line could only apologise: stop, saying why, rather than run on.
  line.storageLost.then(async (what) => {
    clearLocalState();
    process.stderr.write(`${what}. The local line cannot work without it and stops; run npm start again.\n`);
    await line.stop().catch(() => undefined);
    process.exit(1);
  });
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
