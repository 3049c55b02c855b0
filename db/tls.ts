/**
 * P18: connections to any database host other than this machine must use TLS with a verified
 * certificate. Returns the `ssl` option for `pg`/Neon pools, or throws when the URL asks for
 * an unencrypted remote connection.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export class InsecureDatabaseUrlError extends Error {
  constructor(host: string) {
    super(
      `DATABASE_URL points at ${host}, which is not this machine, with TLS disabled. Remote database connections require TLS (sslmode=require or verify-full).`,
    );
    this.name = "InsecureDatabaseUrlError";
  }
}

export function isLocalDatabaseHost(url: string): boolean {
  const parsed = new URL(url);
  const host = parsed.hostname || parsed.searchParams.get("host") || "";
  // A Unix socket path (host=/var/run/postgresql) never leaves the machine.
  return LOCAL_HOSTS.has(host.toLowerCase()) || host.startsWith("/");
}

export function tlsOptionFor(url: string): false | { rejectUnauthorized: true } {
  if (isLocalDatabaseHost(url)) return false;
  const mode = new URL(url).searchParams.get("sslmode");
  if (mode === "disable" || mode === "allow" || mode === "prefer") {
    throw new InsecureDatabaseUrlError(new URL(url).hostname);
  }
  return { rejectUnauthorized: true };
}
