import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The schema a value at `path` (`name.fi`, `speakers.*.name`) is checked by, through wrappers. */
function schemaAt(schema: z.ZodType, path: string[]): z.ZodType | undefined {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return schemaAt(inner, path);
  const [head, ...rest] = path;
  if (head === undefined) return schema;
  const next = def.type === 'object' ? def.shape?.[head] : def.type === 'array' ? def.element : def.valueType;
  return next && schemaAt(next, rest);
}

/**
 * The longest text the shared schema accepts at `path`, for a field's `maxLength`, so a form
 * cannot drift from the contract the server checks.
 */
export function maxLengthOf(schema: z.ZodType, path = ''): number {
  const target = schemaAt(schema, path === '' ? [] : path.split('.'));
  const maxima = (target ? (defOf(target).checks ?? []) : [])
    .map((check) => check._zod.def)
    .flatMap((def) => (def.check === 'max_length' && def.maximum !== undefined ? [def.maximum] : []));
  if (maxima.length === 0) throw new Error(`No maximum length at "${path}"`);
  return Math.min(...maxima);
}
