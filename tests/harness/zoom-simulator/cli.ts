// Runs the simulator standalone: npx tsx tests/harness/zoom-simulator/cli.ts --port 8788
import { startZoomSimulator } from './index.ts';

function portArg(argv: string[]): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port ${raw}`);
  return port;
}

const sim = await startZoomSimulator({ port: portArg(process.argv.slice(2)) });
console.log(sim.baseUrl);

const stop = (): void => {
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
