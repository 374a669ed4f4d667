// Field specs: one declaration per entity says which fields are collaborative text (Y.Text),
// which are plain values (validated with valibot) and which are nested maps. The same spec
// drives creating, patching and reading an entity, so the three can never drift apart.
import * as v from 'valibot';
import * as Y from 'yjs';
import type { Problem } from './schema.js';
import { replaceText } from './text-diff.js';

export type FieldSpec =
  | { kind: 'text' }
  | { kind: 'value'; schema: v.GenericSchema; fallback: unknown }
  | { kind: 'map'; schema: v.GenericSchema };

export type EntitySpec = Readonly<Record<string, FieldSpec>>;

export const text = (): FieldSpec => ({ kind: 'text' });
export const value = (schema: v.GenericSchema, fallback: unknown): FieldSpec => ({ kind: 'value', schema, fallback });
export const nestedMap = (schema: v.GenericSchema): FieldSpec => ({ kind: 'map', schema });

/** Thrown when a mutation is given input the schema does not allow. */
export class AgreementError extends Error {
  override name = 'AgreementError';
}

const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** A random id of 16 url-safe characters (96 bits); works outside secure contexts too. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return Number.parseInt(out.slice(0, 12), 16).toString(36).padStart(10, '0') + out.slice(12, 18);
}

/** Validate one plain value for a field, throwing a clear error for bad input. */
function checked(name: string, spec: Extract<FieldSpec, { kind: 'value' | 'map' }>, input: unknown): unknown {
  const result = v.safeParse(spec.schema, input);
  if (!result.success) {
    throw new AgreementError(`Ongeldige waarde voor '${name}': ${result.issues[0]?.message ?? 'onbekend'}`);
  }
  return result.output;
}

/** Build the Y.Map for a new entity; text and map fields always exist from the start. */
export function createEntity(spec: EntitySpec, id: string, input: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', id);
  for (const [name, field] of Object.entries(spec)) {
    const given = input[name];
    if (field.kind === 'text') {
      map.set(name, new Y.Text(typeof given === 'string' ? given : ''));
    } else if (field.kind === 'map') {
      const nested = new Y.Map<unknown>();
      for (const [key, entry] of Object.entries((given ?? {}) as Record<string, unknown>)) {
        if (entry !== null && entry !== undefined) nested.set(key, checked(`${name}.${key}`, field, entry));
      }
      map.set(name, nested);
    } else {
      map.set(name, given === undefined ? field.fallback : checked(name, field, given));
    }
  }
  return map;
}

/** Apply a patch to an entity's Y.Map. Texts are diffed so concurrent typing merges per character. */
export function patchEntity(map: Y.Map<unknown>, spec: EntitySpec, patch: Record<string, unknown>): void {
  for (const [name, given] of Object.entries(patch)) {
    const field = spec[name];
    if (!field) throw new AgreementError(`Onbekend veld '${name}'`);
    if (given === undefined) continue;
    if (field.kind === 'text') {
      if (typeof given !== 'string') throw new AgreementError(`'${name}' moet tekst zijn`);
      let ytext = map.get(name);
      if (!(ytext instanceof Y.Text)) {
        ytext = new Y.Text();
        map.set(name, ytext);
      }
      replaceText(ytext as Y.Text, given);
    } else if (field.kind === 'map') {
      let nested = map.get(name);
      if (!(nested instanceof Y.Map)) {
        nested = new Y.Map<unknown>();
        map.set(name, nested);
      }
      for (const [key, entry] of Object.entries(given as Record<string, unknown>)) {
        if (entry === null) (nested as Y.Map<unknown>).delete(key);
        else (nested as Y.Map<unknown>).set(key, checked(`${name}.${key}`, field, entry));
      }
    } else {
      map.set(name, checked(name, field, given));
    }
  }
}

function readField(raw: unknown, name: string, field: FieldSpec, path: string, problems: Problem[]): unknown {
  const at = `${path}.${name}`;
  if (field.kind === 'text') {
    if (raw === undefined) return '';
    if (raw instanceof Y.Text) return raw.toString();
    problems.push({ path: at, message: 'verwacht tekst (Y.Text)' });
    return '';
  }
  if (field.kind === 'map') {
    const out: Record<string, unknown> = {};
    if (raw === undefined) return out;
    if (!(raw instanceof Y.Map)) {
      problems.push({ path: at, message: 'verwacht een map (Y.Map)' });
      return out;
    }
    for (const [key, entry] of raw.entries()) {
      const result = v.safeParse(field.schema, entry);
      if (result.success) out[key] = result.output;
      else problems.push({ path: `${at}.${key}`, message: result.issues[0]?.message ?? 'ongeldige waarde' });
    }
    return out;
  }
  if (raw === undefined) return field.fallback;
  const result = v.safeParse(field.schema, raw);
  if (result.success) return result.output;
  problems.push({ path: at, message: result.issues[0]?.message ?? 'ongeldige waarde' });
  return field.fallback;
}

/** Read an entity; null (and a problem) when it has no valid id, otherwise every field, defaulted where wrong. */
export function readEntity(raw: unknown, spec: EntitySpec, path: string, problems: Problem[]): Record<string, unknown> | null {
  if (!(raw instanceof Y.Map)) {
    problems.push({ path, message: 'verwacht een item (Y.Map)' });
    return null;
  }
  const id = v.safeParse(ID, raw.get('id'));
  if (!id.success) {
    problems.push({ path: `${path}.id`, message: 'item zonder geldige id overgeslagen' });
    return null;
  }
  const out: Record<string, unknown> = { id: id.output };
  for (const [name, field] of Object.entries(spec)) out[name] = readField(raw.get(name), name, field, path, problems);
  return out;
}

/** Read a list of entities, skipping invalid ones and later duplicates of an id. */
export function readEntities(array: Y.Array<unknown> | null, spec: EntitySpec, path: string, problems: Problem[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  if (!array) return out;
  const seen = new Set<string>();
  array.forEach((raw, index) => {
    const item = readEntity(raw, spec, `${path}[${index}]`, problems);
    if (!item) return;
    if (seen.has(item.id as string)) {
      problems.push({ path: `${path}[${index}]`, message: `dubbele id ${String(item.id)} overgeslagen` });
      return;
    }
    seen.add(item.id as string);
    out.push(item);
  });
  return out;
}

/** Read a singleton section: texts are top-level Y.Texts `<name>.<field>`, values live in the Y.Map `<name>`. */
export function readSingleton(
  getText: (key: string) => Y.Text | null,
  map: Y.Map<unknown> | null,
  spec: EntitySpec,
  name: string,
  problems: Problem[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, fieldSpec] of Object.entries(spec)) {
    const raw = fieldSpec.kind === 'text' ? (getText(`${name}.${field}`) ?? undefined) : map?.get(field);
    out[field] = readField(raw, field, fieldSpec, name, problems);
  }
  return out;
}

/** Apply a patch to a singleton section (see readSingleton for the layout). */
export function patchSingleton(
  getText: (key: string) => Y.Text,
  map: Y.Map<unknown>,
  spec: EntitySpec,
  name: string,
  patch: Record<string, unknown>,
): void {
  for (const [field, given] of Object.entries(patch)) {
    const fieldSpec = spec[field];
    if (!fieldSpec) throw new AgreementError(`Onbekend veld '${name}.${field}'`);
    if (given === undefined) continue;
    if (fieldSpec.kind === 'text') {
      if (typeof given !== 'string') throw new AgreementError(`'${name}.${field}' moet tekst zijn`);
      replaceText(getText(`${name}.${field}`), given);
    } else if (fieldSpec.kind === 'value') {
      map.set(field, checked(`${name}.${field}`, fieldSpec, given));
    } else {
      throw new AgreementError(`'${name}.${field}': geneste maps horen niet in een vaste sectie`);
    }
  }
}
