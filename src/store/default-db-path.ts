import { posix, win32 } from 'node:path';

/**
 * Where the embedded database lives when no `--db` is given: `PARALLAX_DB` if set, else the platform's user data
 * folder: `$XDG_DATA_HOME/parallax/parallax.db` or `~/.local/share/parallax/parallax.db` (Linux, BSD),
 * `~/Library/Application Support/parallax/parallax.db` (macOS), `%LOCALAPPDATA%\parallax\parallax.db` (Windows).
 * Pure: the environment, platform and home folder come in as arguments; `openStore` creates the folder.
 *
 * @example
 * defaultDbPath(process.env, process.platform, os.homedir());
 */
export function defaultDbPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, homedir: string): string {
  const explicit = env.PARALLAX_DB?.trim();
  if (explicit) return explicit;
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA?.trim() || win32.join(homedir, 'AppData', 'Local');
    return win32.join(base, 'parallax', 'parallax.db');
  }
  if (platform === 'darwin')
    return posix.join(homedir, 'Library', 'Application Support', 'parallax', 'parallax.db');
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME?.trim();
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.local', 'share');
  return posix.join(base, 'parallax', 'parallax.db');
}
