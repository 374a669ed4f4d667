// Entry point of `npm start`: configuration from the environment, start, print the URL,
// graceful shutdown on SIGINT/SIGTERM.
import { startServer } from './app.js';
import { configFromEnv } from './config.js';
import { coreIntegrations } from './integrations.js';

const config = configFromEnv();
const server = await startServer(config, coreIntegrations);
const storage = config.databaseUrl ? 'PostgreSQL' : config.memoryStorage ? 'geheugen (niet bewaard!)' : `SQLite in ${config.dataDir}`;
console.log(`Samenspel-server klaar op ${server.url} (opslag: ${storage}${config.redisUrl ? ', Redis-fan-out' : ''})`);
console.log(`READY ${server.url}`);

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${sig}: server stopt…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (e) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
}
