// The GraphQL documents the web app sends, read from its own .graphql files: an operation and the fragments
// it spreads, printed as Apollo Client prints them. The bench measures what the web asks for, not a copy
// that drifts from it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './bench-server.mjs';

// graphql is the API's dependency, not the bench's: the same copy the server parses with.
const { Kind, parse, print, visit } = createRequire(path.join(root, 'api', 'package.json'))('graphql');

/** @param {string} dir @returns {string[]} */
function graphqlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

let definitions;
function allDefinitions() {
  definitions ??= graphqlFiles(path.join(root, 'web', 'src')).flatMap(
    (file) => parse(readFileSync(file, 'utf8')).definitions,
  );
  return definitions;
}

/** The web's operation `name` with every fragment it needs, as one document string. */
export function webOperation(name) {
  const all = allDefinitions();
  const operation = all.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`the web app has no operation named ${name}`);
  const fragments = new Map(all.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const needed = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !needed.has(spread.name.value)) {
          needed.set(spread.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] });
}
