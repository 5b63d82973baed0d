/** Replacements in a stored function's definition: each `[from, to]` must apply, in order. */
export type DefinitionEdits = [from: string, to: string][];

/**
 * A DO block that applies `edits` to the stored definition of `signature` (e.g. `public.f(integer, integer)`) and
 * executes the result, failing when one does not apply: a migration that changes a few lines of a long function
 * keeps the rest as it is defined rather than restating it.
 */
export function editFunctionDefinition(signature: string, edits: DefinitionEdits): string {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const name = signature.replace(/^public\./, '').replace(/\(.*$/, '');
  const steps = edits
    .map(
      ([from, to]) => `  if position(${quote(from)} in definition) = 0 then
    raise exception '${name}: % not found', ${quote(from)};
  end if;
  definition := replace(definition, ${quote(from)}, ${quote(to)});`,
    )
    .join('\n');
  return `do $edit$
declare
  definition text := pg_get_functiondef('${signature}'::regprocedure);
begin
${steps}
  execute definition;
end
$edit$;`;
}

/** The edits that undo `edits`: each reversed, the last first. */
export function reverseEdits(edits: DefinitionEdits): DefinitionEdits {
  return edits.map(([from, to]): [string, string] => [to, from]).reverse();
}
