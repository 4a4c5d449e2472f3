/**
 * Free TCP ports on 127.0.0.1, found synchronously (a config file cannot await): a child Node
 * asks the system for ports (listen on port 0) and prints them. The browser tests' previews
 * use them, so `npm test` runs beside `npm start` (port 4321) and beside other test runs.
 */
import { execFileSync } from 'node:child_process';

const PICK = `
const net = require('node:net');
const n = Number(process.argv[1]);
const servers = [];
const next = () => {
  if (servers.length === n) {
    console.log(servers.map((s) => s.address().port).join(' '));
    for (const s of servers) s.close();
    return;
  }
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { servers.push(s); next(); });
};
next();
`;

/** `count` distinct free ports (all held open together while asked for, so they differ). */
export function freePorts(count: number): number[] {
  const out = execFileSync(process.execPath, ['-e', PICK, String(count)], { encoding: 'utf8' });
  return out.trim().split(' ').map(Number);
}
