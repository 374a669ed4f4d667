// Records keyed by ids a draft brings (partner ids, question ids): made without a prototype
// and read through own properties only, so an id such as `constructor`, `toString` or
// `__proto__` is an id like any other and never reaches Object.prototype.

/** An empty record with no prototype: setting `__proto__` or `constructor` makes an ordinary own entry. */
export const emptyRecord = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/** The entry for `key` only when the record holds it itself (never an inherited Object.prototype member). */
export const own = <K extends string, V>(record: Readonly<Partial<Record<K, V>>>, key: K): V | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A prototype-free record of `entries`, for filtering or building an id-keyed record. */
export function recordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = emptyRecord<V>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}
