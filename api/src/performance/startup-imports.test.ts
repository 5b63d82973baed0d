import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The server's memory at rest (docs/performance.md, RSS ≤ 300 MB): the renderers of preview images and PDFs
// (satori with its layout engine, resvg, pdfkit with its fonts, qrcode: some 50 MB) and the demo's texts are loaded
// on first use, never at start. This follows the static imports from main.ts, as Node would at start, and fails when
// one of them is reached without a dynamic import().

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LOADED_ON_DEMAND = ['satori', '@resvg/resvg-js', 'pdfkit', 'qrcode'];

/** The static (value) imports of a TypeScript module: `import … from`, `export … from`, bare `import '…'`. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

function resolveSource(from: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return path.resolve(path.dirname(from), specifier.replace(/\.js$/, '.ts'));
  const workspace = /^@tt\/(db|shared)\/(.+)$/.exec(specifier);
  if (workspace) return path.join(root, workspace[1] as string, 'src', `${workspace[2]}.ts`);
  return null;
}

/** Every module main.ts reaches by static imports: our files, and the packages named. */
function startupGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [path.join(root, 'api/src/main.ts')];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const next = resolveSource(file, specifier);
      if (next === null) {
        if (!specifier.startsWith('node:')) packages.add(specifier);
      } else if (existsSync(next)) {
        pending.push(next);
      } else {
        throw new Error(`${path.relative(root, file)} imports ${specifier}, not found as ${next}`);
      }
    }
  }
  return { files, packages };
}

describe('what the server loads at start', () => {
  const graph = startupGraph();

  it('follows the imports (the walk reaches the server, the schema and the database layer)', () => {
    const relative = [...graph.files].map((file) => path.relative(root, file));
    expect(relative).toContain('api/src/server.ts');
    expect(relative).toContain('api/src/http/listing-pdf-routes.ts');
    expect(relative).toContain('db/src/prepare-database.ts');
    expect(graph.packages).toContain('@mikro-orm/postgresql');
  });

  it('leaves the renderers of preview images and PDFs to their first request', () => {
    const eager = [...graph.packages].filter((name) => LOADED_ON_DEMAND.some((lazy) => name.startsWith(lazy)));
    expect(eager).toEqual([]);
  });

  it('leaves the demo data to the first start on an empty database', () => {
    const seeds = [...graph.files].filter((file) => file.includes(`${path.sep}seeds${path.sep}`));
    expect(seeds.map((file) => path.relative(root, file))).toEqual([]);
  });
});
