import { describe, expect, it } from "vitest";
import { InsecureDatabaseUrlError, isLocalDatabaseHost, tlsOptionFor } from "@/db/tls";

describe("P18 database connections outside localhost require TLS", () => {
  it("requires a verified TLS connection for a remote host", () => {
    expect(tlsOptionFor("postgres://u:p@db.example.com:5432/hearth")).toEqual({ rejectUnauthorized: true });
    expect(tlsOptionFor("postgres://u:p@db.example.com/hearth?sslmode=require")).toEqual({
      rejectUnauthorized: true,
    });
  });

  it("refuses a remote URL that disables or merely prefers TLS", () => {
    for (const mode of ["disable", "allow", "prefer"]) {
      expect(() => tlsOptionFor(`postgres://u:p@10.0.0.5/hearth?sslmode=${mode}`)).toThrow(
        InsecureDatabaseUrlError,
      );
    }
  });

  it("allows plain connections on this machine only", () => {
    for (const url of [
      "postgres://postgres@127.0.0.1:5432/test",
      "postgres://postgres@localhost/test",
      "postgres://postgres@[::1]:5432/test",
      "postgres:///test?host=/var/run/postgresql",
    ]) {
      expect(isLocalDatabaseHost(url)).toBe(true);
      expect(tlsOptionFor(url)).toBe(false);
    }
    expect(isLocalDatabaseHost("postgres://u@127.0.0.1.evil.example/db")).toBe(false);
  });
});
