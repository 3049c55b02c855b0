/** The client address as the nearest proxy reports it. */
export function clientIpFrom(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || h.get("x-real-ip")?.trim() || null;
  return ip && ip.length <= 64 ? ip : null;
}
