// Field specs: one declaration per entity says which fields are collaborative text (Y.Text),
// which are plain values (validated with valibot) and which are nested maps. The same spec
// drives creating, patching and reading an entity, and its TypeScript type (Entity<Spec>),
// so the four can never drift apart.
import * as v from 'valibot';
import * as Y from 'yjs';
import { CodedError } from '../i18n/errors.js';
import { idSchema } from '../base/ids.js';
import { emptyRecord, own } from '../base/records.js';
import { problem, type ReadProblem } from './problems.js';
import { replaceText } from './text-diff.js';

export interface TextField {
  readonly kind: 'text';
}
export interface ValueField<S extends v.GenericSchema = v.GenericSchema> {
  readonly kind: 'value';
  readonly schema: S;
  readonly fallback: v.InferOutput<S>;
}
export interface MapField<K extends string = string, S extends v.GenericSchema = v.GenericSchema, Every extends readonly K[] | null = readonly K[] | null> {
  readonly kind: 'map';
  readonly keys: v.GenericSchema<unknown, K>;
  readonly schema: S;
  /** Every key, each read as null while absent (a score not given yet); null: absent keys are left out. */
  readonly every: Every;
}
export type FieldSpec = TextField | ValueField | MapField;
export type EntitySpec = Readonly<Record<string, FieldSpec>>;
/** A fixed section holds no nested maps: its values live in one Y.Map already. */
export type SectionSpec = Readonly<Record<string, TextField | ValueField>>;

export const text = (): TextField => ({ kind: 'text' });
export const value = <S extends v.GenericSchema>(schema: S, fallback: v.InferOutput<S>): ValueField<S> => ({ kind: 'value', schema, fallback });
/** A nested Y.Map from keys to values; absent keys are left out when read. */
export const nestedMap = <K extends string, S extends v.GenericSchema>(keys: v.GenericSchema<unknown, K>, schema: S): MapField<K, S, null> => ({
  kind: 'map',
  keys,
  schema,
  every: null,
});
/** A nested Y.Map over a fixed set of keys, read with every key (null where absent). */
export const fullMap = <const K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S): MapField<K, S, readonly K[]> => ({
  kind: 'map',
  keys: v.picklist(keys),
  schema,
  every: keys,
});

/** The TypeScript type a field reads as. */
export type FieldType<F> = F extends TextField
  ? string
  : F extends ValueField<infer S>
    ? v.InferOutput<S>
    : F extends MapField<infer K, infer S, infer Every>
      ? Every extends null
        ? string extends K
          ? Record<string, v.InferOutput<S>>
          : Partial<Record<K, v.InferOutput<S>>>
        : Record<K, v.InferOutput<S> | null>
      : never;
/** What a write may give a field; in a nested map, null removes a key. */
export type FieldInput<F> = F extends MapField<infer K, infer S> ? Partial<Record<K, v.InferOutput<S> | null>> : FieldType<F>;

type Flat<T> = { [K in keyof T]: T[K] };
/** The fields of a spec as read. */
export type Fields<S extends EntitySpec> = { -readonly [K in keyof S]: FieldType<S[K]> };
/** A list item as read: its id and every field of its spec. */
export type Entity<S extends EntitySpec> = Flat<{ id: string } & Fields<S>>;
/** What a new item or a patch may give; every field optional. */
export type EntityInput<S extends EntitySpec> = { -readonly [K in keyof S]?: FieldInput<S[K]> };

/** Thrown when a write is refused: bad input, an unknown item, a draft this client may not write. */
export class AgreementError extends CodedError {
  override name = 'AgreementError';
}

/** Validate one plain value for a field, throwing a coded error for bad input. */
function checked<S extends v.GenericSchema>(field: string, schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new AgreementError('invalid-value', { field, reason: result.issues[0].message });
  return result.output;
}

/** Set (or with null, remove) the entries of a nested map, keys and values checked. */
function patchMap(nested: Y.Map<unknown>, name: string, field: MapField, entries: unknown): void {
  if (typeof entries !== 'object' || entries === null) throw new AgreementError('invalid-value', { field: name, reason: 'expected an object' });
  for (const [key, entry] of Object.entries(entries)) {
    checked(name, field.keys, key);
    if (entry === null) nested.delete(key);
    else if (entry !== undefined) nested.set(key, checked(`${name}.${key}`, field.schema, entry));
  }
}

/** Build the Y.Map for a new entity; text and map fields always exist from the start. */
export function createEntity<S extends EntitySpec>(spec: S, id: string, input: EntityInput<S>): Y.Map<unknown> {
  const given: Partial<Record<string, unknown>> = input;
  const map = new Y.Map<unknown>();
  map.set('id', id);
  for (const [name, field] of Object.entries(spec)) {
    const entry = given[name];
    if (field.kind === 'text') {
      map.set(name, new Y.Text(typeof entry === 'string' ? entry : ''));
    } else if (field.kind === 'map') {
      const nested = new Y.Map<unknown>();
      patchMap(nested, name, field, entry ?? {});
      map.set(name, nested);
    } else {
      map.set(name, entry === undefined ? field.fallback : checked(name, field.schema, entry));
    }
  }
  return map;
}

function textFor(given: unknown, field: string, get: () => Y.Text): void {
  if (typeof given !== 'string') throw new AgreementError('not-text', { field });
  replaceText(get(), given);
}

/** Apply a patch to an entity's Y.Map. Texts are diffed so concurrent typing merges per character. */
export function patchEntity<S extends EntitySpec>(map: Y.Map<unknown>, spec: S, patch: EntityInput<S>): void {
  for (const [name, given] of Object.entries(patch)) {
    const field = own<string, FieldSpec>(spec, name);
    if (!field) throw new AgreementError('unknown-field', { field: name });
    if (given === undefined) continue;
    if (field.kind === 'text') {
      textFor(given, name, () => {
        const current = map.get(name);
        if (current instanceof Y.Text) return current;
        const made = new Y.Text();
        map.set(name, made);
        return made;
      });
    } else if (field.kind === 'map') {
      const current = map.get(name);
      const nested = current instanceof Y.Map ? current : new Y.Map<unknown>();
      if (nested !== current) map.set(name, nested);
      patchMap(nested, name, field, given);
    } else {
      map.set(name, checked(name, field.schema, given));
    }
  }
}

/** Keys are ids a partner's client chose (a partner id may be `constructor`): the record has no prototype. */
function readMap(raw: Y.Map<unknown> | null, field: MapField, at: string, problems: ReadProblem[]): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  for (const [key, entry] of raw?.entries() ?? []) {
    if (!v.is(field.keys, key)) {
      problems.push(problem(`${at}.${key}`, 'unknown-key', { key, field: at }));
      continue;
    }
    const result = v.safeParse(field.schema, entry);
    if (result.success) out[key] = result.output;
    else problems.push(problem(`${at}.${key}`, 'invalid-value', { field: `${at}.${key}`, reason: result.issues[0].message }));
  }
  if (field.every) for (const key of field.every) out[key] ??= null;
  return out;
}

function readField(raw: unknown, field: FieldSpec, at: string, problems: ReadProblem[]): unknown {
  if (field.kind === 'text') {
    if (raw === undefined) return '';
    if (raw instanceof Y.Text) return raw.toString();
    problems.push(problem(at, 'not-text', { field: at }));
    return '';
  }
  if (field.kind === 'map') {
    if (raw instanceof Y.Map) return readMap(raw, field, at, problems);
    if (raw !== undefined) problems.push(problem(at, 'not-map', { field: at }));
    return readMap(null, field, at, problems);
  }
  if (raw === undefined) return field.fallback;
  const result = v.safeParse(field.schema, raw);
  if (result.success) return result.output;
  problems.push(problem(at, 'invalid-value', { field: at, reason: result.issues[0].message }));
  return field.fallback;
}

/** Read an entity; null (and a problem) when it has no valid id, otherwise every field, defaulted where wrong. */
export function readEntity<S extends EntitySpec>(raw: unknown, spec: S, path: string, problems: ReadProblem[]): Entity<S> | null {
  if (!(raw instanceof Y.Map)) {
    problems.push(problem(path, 'not-item'));
    return null;
  }
  const id = v.safeParse(idSchema, raw.get('id'));
  if (!id.success) {
    problems.push(problem(`${path}.id`, 'missing-id'));
    return null;
  }
  const out: Record<string, unknown> = { id: id.output };
  for (const [name, field] of Object.entries(spec)) out[name] = readField(raw.get(name), field, `${path}.${name}`, problems);
  // The one seam between spec and type: every field was read by its own spec just above.
  return out as Entity<S>;
}

/** Read a list of entities, skipping invalid ones and later duplicates of an id. */
export function readEntities<S extends EntitySpec>(array: Y.Array<unknown> | null, spec: S, path: string, problems: ReadProblem[]): Entity<S>[] {
  const out: Entity<S>[] = [];
  if (!array) return out;
  const seen = new Set<string>();
  array.forEach((raw, index) => {
    const item = readEntity(raw, spec, `${path}[${index}]`, problems);
    if (!item) return;
    if (seen.has(item.id)) {
      problems.push(problem(`${path}[${index}]`, 'duplicate-id', { id: item.id }));
      return;
    }
    seen.add(item.id);
    out.push(item);
  });
  return out;
}

/** Read a fixed section: texts are top-level Y.Texts `<name>.<field>`, values live in the Y.Map `<name>`. */
export function readSingleton<S extends SectionSpec>(
  getText: (key: string) => Y.Text | null,
  map: Y.Map<unknown> | null,
  spec: S,
  name: string,
  problems: ReadProblem[],
): Fields<S> {
  const out: Record<string, unknown> = {};
  for (const [field, fieldSpec] of Object.entries(spec)) {
    const raw = fieldSpec.kind === 'text' ? (getText(`${name}.${field}`) ?? undefined) : map?.get(field);
    out[field] = readField(raw, fieldSpec, `${name}.${field}`, problems);
  }
  // As in readEntity: each field was read by its own spec.
  return out as Fields<S>;
}

/** Apply a patch to a fixed section (see readSingleton for the layout). */
export function patchSingleton<S extends SectionSpec>(
  getText: (key: string) => Y.Text,
  map: Y.Map<unknown>,
  spec: S,
  name: string,
  patch: Partial<Fields<S>>,
): void {
  for (const [field, given] of Object.entries(patch)) {
    const fieldSpec = own<string, SectionSpec[string]>(spec, field);
    if (!fieldSpec) throw new AgreementError('unknown-field', { field: `${name}.${field}` });
    if (given === undefined) continue;
    if (fieldSpec.kind === 'text') textFor(given, `${name}.${field}`, () => getText(`${name}.${field}`));
    else map.set(field, checked(`${name}.${field}`, fieldSpec.schema, given));
  }
}
