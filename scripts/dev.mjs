// Starts the mock API, then the Vite dev server once the API listens: the app's first requests
// are answered, never refused while the API generates its data. Arguments go to Vite
// (`npm run dev -- --port 5180`). Ctrl-C or SIGTERM stops both, and this script exits only once
// they have: the mock API folds its journal into its database first.
import { spawn } from 'node:child_process';

// Node itself, not npm or the tsx binary in between: signals reach the servers directly. The API
// writes to the terminal itself (its progress line is rewritten in place there), and tells over
// IPC once it listens: no line to parse, and no other server on the port to mistake for it.
const api = spawn(process.execPath, ['--import', 'tsx', 'mock-api/server.ts'], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
const children = [api];

let stopping = false;
let exitCode = 0;

function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));

function watch(child) {
  child.on('exit', (code) => {
    // A child that ends on its own stops the other and gives its code. Once stopped on a signal,
    // the mock API's code tells whether its clean stop went well (Vite's only echoes the signal).
    if (!stopping) exitCode = code ?? 1;
    else if (child === api && code) exitCode ||= code;
    stop('SIGTERM');
    const exited = children.every((one) => one.exitCode !== null || one.signalCode !== null);
    if (exited) process.exit(exitCode);
  });
}

watch(api);
api.once('message', (message) => {
  if (stopping || !message?.listening) return;
  const web = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  children.push(web);
  watch(web);
});
