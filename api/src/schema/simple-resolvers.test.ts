import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './build-schema.js';

// Types built with `simpleResolvers: true` (the public catalogue's) resolve their plain fields with GraphQL's
// default resolver: type-graphql then applies no middleware and no @Authorized to those fields, silently. None
// may carry either; a field that needs a check belongs in a resolver (@FieldResolver), where it runs.

interface FieldMetadata {
  name: string;
  roles?: unknown[];
  middlewares?: unknown[];
}
interface ClassMetadata {
  name: string;
  target: object;
  fields?: FieldMetadata[];
  simpleResolvers?: boolean;
  interfaceClasses?: object[];
}
interface Storage {
  objectTypes: ClassMetadata[];
  interfaceTypes: ClassMetadata[];
}

describe('simple resolvers', () => {
  it('are used only for fields without middleware or authorization', async () => {
    await buildAppSchema();
    // type-graphql's metadata (not exported by the package): where it keeps each field's roles and middlewares.
    const storage = (globalThis as { TypeGraphQLMetadataStorage?: Storage }).TypeGraphQLMetadataStorage;
    if (!storage) throw new Error('type-graphql keeps its metadata elsewhere: update this test');
    const simple = storage.objectTypes.filter((type) => type.simpleResolvers);
    expect(simple.map((type) => type.name)).toEqual(expect.arrayContaining(['Asset', 'AssetEdge', 'Sector']));
    for (const type of simple) {
      const interfaces = storage.interfaceTypes.filter((candidate) =>
        type.interfaceClasses?.includes(candidate.target),
      );
      for (const owner of [type, ...interfaces]) {
        if (!owner.fields) throw new Error(`${owner.name}: no field metadata (was the schema built?)`);
        for (const field of owner.fields) {
          expect(field.roles, `${type.name}.${field.name} has @Authorized`).toBeUndefined();
          expect(field.middlewares ?? [], `${type.name}.${field.name} has a middleware`).toEqual([]);
        }
      }
    }
  });
});
