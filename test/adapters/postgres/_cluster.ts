import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server of its own for one test file, on a loopback port, in a temp folder. */
export interface ThrowawayCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, no password). */
  readonly connectionString: string;
  readonly port: number;
  /** Stops the server at once (`-m immediate`) and removes its folder; safe to call twice. */
  stop(): Promise<void>;
}

/** The OS user that runs the server when we are root (initdb and postgres refuse root). */
const serverUser = 'postgres';

/** Options of {@link startThrowawayCluster}. */
export interface ThrowawayClusterOptions {
  /**
   * Keep PostgreSQL's durable defaults (`fsync`, `synchronous_commit`, `full_page_writes` on),
   * as a production server has them: for benchmarks. Default false: tests run with
   * durability off, which changes no result, only the speed.
   */
  readonly durable?: boolean;
}

/** Settings that trade durability for speed: tests only. */
const fastSettings = ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'];

/** Settings for every cluster: loopback only, room for many pools, little shared memory. */
const commonSettings = [
  "listen_addresses = '127.0.0.1'",
  'max_connections = 200',
  'shared_buffers = 32MB',
  "log_min_messages = 'warning'",
];

/** The folder holding `initdb`, `pg_ctl` and `postgres`: PATH first, then Debian's layout. */
async function findBinaries(): Promise<string> {
  const hasAll = (dir: string) =>
    ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name)));
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir !== '' && hasAll(dir)) return dir;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? await readdir(root) : [];
  const found = versions
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && hasAll(join(root, v, 'bin')))
    .sort((a, b) => Number(b) - Number(a));
  const best = found[0];
  if (best === undefined) {
    throw new Error(
      'PostgreSQL server binaries not found: no initdb, pg_ctl and postgres on PATH nor in ' +
        '/usr/lib/postgresql/<version>/bin. Install them (Debian/Ubuntu: `apt-get install ' +
        'postgresql`) to run the real-server tests.',
    );
  }
  return join(root, best, 'bin');
}

/** A loopback port nobody listens on right now (the OS picks it for a socket bound to 0). */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** The command line of a server binary, through `runuser` when we are root. */
function asServerUser(binary: string, args: readonly string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', serverUser, '--', binary, ...args]]
    : [binary, [...args]];
}

/** Runs a server binary in `cwd` (a folder the server user can read). */
async function runServerBinary(binary: string, args: readonly string[], cwd: string) {
  const [file, argv] = asServerUser(binary, args);
  await run(file, argv, { cwd, timeout: 60_000 });
}

/** The same, synchronously: for the process `exit` handler, where nothing async runs. */
function runServerBinarySync(binary: string, args: readonly string[], cwd: string) {
  const [file, argv] = asServerUser(binary, args);
  execFileSync(file, argv, { cwd, stdio: 'ignore', timeout: 30_000 });
}

/** The server log, to explain a failed start. */
async function readLog(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).slice(-2000);
  } catch {
    return '(no log)';
  }
}

/**
 * Starts a throw-away PostgreSQL cluster: `initdb` (trust, user `postgres`, UTF8, locale C,
 * no sync) in a fresh temp folder, then `pg_ctl -w start` on a free loopback port with the
 * socket inside the folder and durability off (unless `options.durable`). When we are root it runs the server as the
 * `postgres` OS user. A process `exit` handler stops it if the test run ends without `stop()`.
 *
 * @param options - `durable: true` keeps PostgreSQL's durable defaults (benchmarks)
 * @returns the connection string, the port and `stop()`
 * @throws Error when the PostgreSQL binaries are missing (how to install them is in the
 *   message) or the server does not start (the end of its log is in the message)
 * @example
 * ```ts
 * const cluster = await startThrowawayCluster();
 * const pool = new pg.Pool({ connectionString: cluster.connectionString });
 * // … tests …
 * await pool.end();
 * await cluster.stop();
 * ```
 */
export async function startThrowawayCluster(
  options: ThrowawayClusterOptions = {},
): Promise<ThrowawayCluster> {
  const settings = options.durable === true ? commonSettings : [...commonSettings, ...fastSettings];
  const bin = await findBinaries();
  const folder = await mkdtemp(join(tmpdir(), 'ordokit-pg-'));
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  const stopSync = () => {
    try {
      runServerBinarySync(pgCtl, ['-D', data, '-m', 'immediate', 'stop'], folder);
    } catch {
      // Not running (never started, or stopped already): just remove the folder.
    }
    execFileSync('rm', ['-rf', folder]);
  };
  process.on('exit', stopSync);
  try {
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', serverUser], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', serverUser], { encoding: 'utf8' }).trim());
      await chown(folder, uid, gid);
    }
    const initdb = ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'];
    await runServerBinary(join(bin, 'initdb'), [...initdb, '--locale=C'], folder);
    const port = await startOnFreePort({ pgCtl, data, folder, log, settings });
    let stopped: Promise<void> | undefined;
    return {
      port,
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () => {
        stopped ??= (async () => {
          process.off('exit', stopSync);
          try {
            await runServerBinary(pgCtl, ['-D', data, '-m', 'immediate', 'stop'], folder);
          } finally {
            await rm(folder, { recursive: true, force: true });
          }
        })();
        return stopped;
      },
    };
  } catch (error) {
    process.off('exit', stopSync);
    stopSync();
    throw error;
  }
}

/**
 * Starts the server on a free port; tries again with another port when the one found was
 * taken meanwhile (another test file starting its own cluster).
 */
async function startOnFreePort(where: {
  readonly pgCtl: string;
  readonly data: string;
  readonly folder: string;
  readonly log: string;
  readonly settings: readonly string[];
}): Promise<number> {
  const { pgCtl, data, folder, log } = where;
  const conf = join(data, 'postgresql.conf');
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await findFreePort();
    const settings = [...where.settings, `port = ${port}`, `unix_socket_directories = '${folder}'`];
    await appendFile(conf, `\n${settings.join('\n')}\n`);
    try {
      await runServerBinary(pgCtl, ['-D', data, '-l', log, '-w', '-t', '30', 'start'], folder);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`PostgreSQL did not start: ${reason}\n${await readLog(log)}`);
}
