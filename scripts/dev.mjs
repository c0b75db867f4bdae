// Starts the mock API and the Vite dev server together. Ctrl-C or SIGTERM stops both, and this
// script exits only once they have: the mock API folds its journal into its database first.
import { spawn } from 'node:child_process';

// Node itself, not npm or the tsx binary in between: signals reach the servers directly.
const api = spawn(process.execPath, ['--import', 'tsx', 'mock-api/server.ts'], {
  stdio: 'inherit',
});
const web = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' });
const children = [api, web];

let stopping = false;
let exitCode = 0;
let running = children.length;

function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));

for (const child of children) {
  child.on('exit', (code) => {
    // A child that ends on its own stops the other and gives its code. Once stopped on a signal,
    // the mock API's code tells whether its clean stop went well (Vite's only echoes the signal).
    if (!stopping) exitCode = code ?? 1;
    else if (child === api && code) exitCode ||= code;
    stop('SIGTERM');
    running -= 1;
    if (running === 0) process.exit(exitCode);
  });
}
