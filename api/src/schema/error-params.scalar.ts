import type { ErrorParams } from '@tt/shared/error-messages';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// The values an error's sentence names, as one JSON object of strings and numbers ({ "max": 200 }): clients
// word the error's code in their reader's language with them. Only ever an answer, never an argument.

function isErrorParams(value: unknown): value is ErrorParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)),
  );
}

export const ErrorParamsScalar = new GraphQLScalarType<ErrorParams, ErrorParams>({
  name: 'ErrorParams',
  description: 'The values an error message names, by name (e.g. { "max": 200 }): a JSON object of strings and numbers',
  serialize(value) {
    if (!isErrorParams(value)) throw new GraphQLError('ErrorParams must be an object of strings and numbers');
    return value;
  },
  parseValue() {
    throw new GraphQLError('ErrorParams is never an input');
  },
  parseLiteral(ast) {
    throw new GraphQLError(`ErrorParams is never an input (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind})`);
  },
});
