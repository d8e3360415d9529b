import { ident, type Sql } from '#server/db/sql-session.ts';

/** A table of the `public` schema as the catalog describes it. */
export type Table = {
  name: string;
  /** Columns a row is written with: all but generated ones, in table order. */
  columns: string[];
  generated: string[];
  /** Has a bytea column: read one row at a time, since a row may hold megabytes. */
  binary: boolean;
};

/**
 * Every table of the `public` schema, read from the catalog (so a new feature's tables are
 * included without a list to keep), parents before the tables whose foreign keys point at them.
 */
export async function listTables(sql: Sql): Promise<Table[]> {
  const columns = await sql<{ table: string; column: string; generated: boolean; binary: boolean }>(`
    SELECT c.relname AS "table", a.attname AS "column", a.attgenerated <> '' AS generated,
           a.atttypid = 'bytea'::regtype AS binary
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, Table>();
  for (const c of columns) {
    const table = tables.get(c.table) ?? { name: c.table, columns: [], generated: [], binary: false };
    (c.generated ? table.generated : table.columns).push(c.column);
    table.binary ||= c.binary;
    tables.set(c.table, table);
  }
  const references = await sql<{ table: string; parent: string }>(`
    SELECT DISTINCT child.relname AS "table", parent.relname AS parent
    FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid
    JOIN pg_class parent ON parent.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid`);
  return parentsFirst([...tables.values()], references);
}

function parentsFirst(tables: Table[], references: Array<{ table: string; parent: string }>): Table[] {
  const ordered: Table[] = [];
  const placed = new Set<string>();
  let waiting = tables;
  while (waiting.length > 0) {
    const ready = waiting.filter((t) =>
      references.every((r) => r.table !== t.name || placed.has(r.parent) || r.parent === t.name),
    );
    if (ready.length === 0) {
      throw new Error(`Foreign keys form a cycle among ${waiting.map((t) => t.name).join(', ')}.`);
    }
    for (const t of ready) placed.add(t.name);
    ordered.push(...ready);
    waiting = waiting.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** Sequences of the `public` schema (serial and identity columns own one each). */
export async function listSequences(sql: Sql): Promise<string[]> {
  const rows = await sql<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  return rows.map((r) => r.name);
}

/** Tables that have rows, with their counts: what makes an installation not empty. */
export async function nonEmptyTables(sql: Sql): Promise<Array<{ table: string; rows: number }>> {
  const found: Array<{ table: string; rows: number }> = [];
  for (const { name } of await listTables(sql)) {
    const [row] = await sql<{ n: string | number }>(`SELECT count(*) AS n FROM public.${ident(name)}`);
    if (Number(row?.n) > 0) found.push({ table: name, rows: Number(row?.n) });
  }
  return found;
}
