import { createHash } from 'node:crypto';
import type { Compilable, CompiledQuery } from 'kysely';
import { preparedStatementMarker } from './prepared-query.js';

// Building a statement with Kysely and compiling it to SQL costs the server's CPU on every call: for the listing
// page's two large reads (some 60 columns, the relations as JSON subqueries), more than PostgreSQL spent running
// them, and the garbage of their frozen trees besides. Where the SQL text depends only on a few things known up front
// (the fields selected, the language), it is built and compiled once per such key, and each call puts its own
// inputs into the parameters they took.

interface Template<Row> {
  query: CompiledQuery<Row>;
  /** For each parameter: the input it is (its index), or null for a constant of the statement. */
  slots: (number | null)[];
}

/** A value no input ever is, standing for input `index` while the template is built. */
function placeholder(index: number): string {
  return `\u0000query-template-input-${index}\u0000`;
}

/**
 * Compiled statements by database and key, at most `max` per database (the least recently used goes first).
 * `build` must build on `db` and pass its inputs into the statement as values only (compared, inserted, given to
 * a function), never let them shape the SQL text, and the key must name everything else that does: each input is
 * checked to come out as a parameter. Templates are kept per Kysely instance because its plugins shape the SQL
 * too (`db.withPlugin(…)` is another instance: an EXPLAIN wrapper, say, must never reach the plain one).
 */
export class QueryTemplates {
  private readonly byDatabase = new WeakMap<object, Map<string, Template<unknown>>>();

  /**
   * @param max templates kept per database
   * @param options.prepared when set, every template is sent as a named prepared statement (parsed and planned
   * once per connection: prepared-query.ts), named after this prefix and a hash of its SQL text, so one name
   * always stands for one text, whichever process or template made it.
   */
  constructor(
    private readonly max = 100,
    private readonly options: { prepared?: string } = {},
  ) {}

  compile<Inputs extends readonly unknown[], Row>(
    db: object,
    key: string,
    inputs: Inputs,
    build: (inputs: Inputs) => Compilable<Row>,
  ): CompiledQuery<Row> {
    let templates = this.byDatabase.get(db);
    if (!templates) {
      templates = new Map();
      this.byDatabase.set(db, templates);
    }
    let template = templates.get(key) as Template<Row> | undefined;
    if (template) {
      templates.delete(key);
    } else {
      template = this.templateOf(key, inputs, build);
      if (templates.size >= this.max) templates.delete(templates.keys().next().value as string);
    }
    templates.set(key, template as Template<unknown>);
    const { query, slots } = template;
    return { ...query, parameters: slots.map((slot, i) => (slot === null ? query.parameters[i] : inputs[slot])) };
  }

  private templateOf<Inputs extends readonly unknown[], Row>(
    key: string,
    inputs: Inputs,
    build: (inputs: Inputs) => Compilable<Row>,
  ): Template<Row> {
    const placeholders = inputs.map((_, index) => placeholder(index));
    const query = build(placeholders as unknown as Inputs).compile();
    const slots = query.parameters.map((parameter) => {
      const index = typeof parameter === 'string' ? placeholders.indexOf(parameter) : -1;
      return index < 0 ? null : index;
    });
    const missing = placeholders.findIndex((_, index) => !slots.includes(index));
    if (missing >= 0) throw new Error(`Query template ${key}: input ${missing} is not a parameter of the statement`);
    if (query.sql.includes('\u0000')) throw new Error(`Query template ${key}: an input is in the statement's text`);
    const prefix = this.options.prepared;
    if (!prefix) return { query, slots };
    const name = `${prefix}-${createHash('sha256').update(query.sql).digest('hex').slice(0, 20)}`;
    return { query: { ...query, sql: `${preparedStatementMarker(name)} ${query.sql}` }, slots };
  }
}
