/**
 * Registrations accepted per client in the last hour, so that the funnel beacon can't be filled
 * with "envoye" events nobody sent: a client may report at most as many sent forms as it had
 * registrations accepted. Timestamps only, per client key; pruned as they age.
 */
export interface AcceptedTally {
  record(client: string): void;
  count(client: string): number;
}

export function acceptedTally(now: () => number, windowMs = 60 * 60 * 1000): AcceptedTally {
  const times = new Map<string, number[]>();
  let nextSweep = 0;
  const recent = (client: string): number[] => {
    const t = now();
    if (t >= nextSweep) {
      for (const [key, list] of times) if ((list[list.length - 1] ?? 0) <= t - windowMs) times.delete(key);
      nextSweep = t + windowMs;
    }
    const list = (times.get(client) ?? []).filter((time) => time > t - windowMs);
    if (list.length > 0) times.set(client, list);
    else times.delete(client);
    return list;
  };
  return {
    record(client) {
      const list = recent(client);
      list.push(now());
      times.set(client, list);
    },
    count: (client) => recent(client).length,
  };
}
