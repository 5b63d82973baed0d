import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { sharedCatalogueOperation } from './shared-catalogue-fields.js';

// The public catalogue's reads (the operations the response cache shares: shared-catalogue-fields.ts) run as
// queries compiled by graphql-jit: a page of 20 listings with their relations is some 600 fields, and
// graphql-js spends about a tenth of such a request's CPU walking them (resolve info, arguments, paths, a
// resolver call per field). Everything else, and every request whose variables are not valid, runs on graphql-js
// as before. Apollo Server takes an executor only through its gateway interface.

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** What is known of one operation of one parsed document (Apollo hands the same object for the same text). */
interface Plan {
  shared: boolean;
  sightings: number;
  compiled?: CompiledOperation;
}

/** A shared operation compiled, and the variables it declares. */
export interface CompiledOperation {
  compiled: CompiledQuery;
  variableDefinitions: readonly VariableDefinitionNode[];
}

/**
 * The shared operations compiled so far, by the text Apollo parsed and validated them from and their operation
 * name: what compiled-catalogue-answers.ts may answer without Apollo. The most recently compiled `max` are kept.
 */
export class CompiledOperations {
  private readonly byText = new Map<string, CompiledOperation>();

  constructor(private readonly max = 200) {}

  get(query: string, operationName: string | null): CompiledOperation | undefined {
    return this.byText.get(`${operationName ?? ''}\u0000${query}`);
  }

  add(query: string, operationName: string | null, operation: CompiledOperation): void {
    const key = `${operationName ?? ''}\u0000${query}`;
    this.byText.delete(key);
    if (this.byText.size >= this.max) this.byText.delete(this.byText.keys().next().value as string);
    this.byText.set(key, operation);
  }
}

/**
 * Answers with errors computed by compiled-catalogue-answers.ts, handed to Apollo to write (formatted, masked, a
 * refusal as 503) instead of being computed again: by the response of the request they answer.
 */
const computedAnswers = new WeakMap<object, ExecutionResult>();

/** Hands `result`, computed for the request of `res`, to Apollo's execution of the same request. */
export function handOverToApollo(res: object, result: ExecutionResult): void {
  computedAnswers.set(res, result);
}

/** Compiling costs far more than one execution: a document is compiled when it is seen the second time. */
const COMPILE_AT_SIGHTING = 2;

/**
 * A graphql-jit error as graphql-js makes one (the same message, locations, path, cause and extensions): jit's
 * own are frozen, and Apollo's plugins (graphql-armor's) rewrite messages.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (copy as { locations: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/** A compiled query's result with its errors as graphql-js makes them. */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
}

export function catalogueExecution(schema: GraphQLSchema, operations?: CompiledOperations): Gateway {
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();

  const planFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): Plan => {
    let byName = plans.get(document);
    if (!byName) {
      byName = new Map();
      plans.set(document, byName);
    }
    let plan = byName.get(operationName ?? '');
    if (!plan) {
      plan = { shared: sharedCatalogueOperation(schema, document, operationName ?? undefined) !== null, sightings: 0 };
      byName.set(operationName ?? '', plan);
    }
    if (plan.shared && !plan.compiled && ++plan.sightings >= COMPILE_AT_SIGHTING) {
      // What graphql-jit cannot compile stays with graphql-js.
      try {
        const compiled = compileQuery(schema, document, operationName ?? undefined);
        if (isCompiledQuery(compiled))
          plan.compiled = { compiled, variableDefinitions: operation.variableDefinitions ?? [] };
        else plan.shared = false;
      } catch {
        plan.shared = false;
      }
    }
    return plan;
  };

  const executor: Executor = async ({ document, operation, operationName, request, context }) => {
    const res = (context as { res?: object }).res;
    const computed = res && computedAnswers.get(res);
    if (computed) {
      computedAnswers.delete(res);
      return withGraphQLErrors(computed);
    }
    const variables = request.variables ?? {};
    const { compiled } = planFor(document, operation, operationName);
    // Once compiled, its text may be answered without Apollo (compiled-catalogue-answers.ts), which has validated it:
    // by the text and the operation name the request gave (none, for a document of one operation).
    const asked = request.operationName ?? null;
    if (compiled && operations && typeof request.query === 'string' && !operations.get(request.query, asked)) {
      operations.add(request.query, asked, compiled);
    }
    // graphql-js says what is wrong with the variables, in its own words: the compiled query only runs valid ones.
    if (compiled && !getVariableValues(schema, compiled.variableDefinitions, variables).errors) {
      return withGraphQLErrors((await compiled.compiled.query(undefined, context, variables)) as ExecutionResult);
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
