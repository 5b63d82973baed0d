import type { Request, RequestHandler, Response } from 'express';
import { type ExecutionResult, type GraphQLSchema, getVariableValues } from 'graphql';
import { type CompiledOperations, handOverToApollo } from './compiled-execution.js';

// The public catalogue's reads that graphql-jit has compiled (compiled-execution.ts) are answered here, without
// Apollo Server's request pipeline: for an uncached browse page that pipeline (its request context, plugin hooks,
// header maps, promise chains and their garbage) was about 30 % of the server's CPU (docs/performance.md). Only
// what Apollo would answer with the data alone comes here: a POST whose text Apollo has parsed, validated and
// compiled before, with valid variables and a media type Apollo would choose (its order: JSON first). An answer
// with errors is handed to Apollo to write (formatted, masked, a refusal as 503 with Retry-After), not computed
// again; everything else (bad variables, persisted queries, batches, GET, another media type, searches while every
// search slot is taken) steps aside to Apollo before anything is computed.

/** Apollo's media types for one answer, in its order (chooseContentTypeForSingleResultResponse). */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
const CALLBACK_TYPE = 'application/json; callbackSpec=1.0; charset=utf-8';

let answered = 0;

/** How many answers this process gave here (tests check that a request did not go through Apollo). */
export function compiledAnswerCount(): number {
  return answered;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function compiledCatalogueAnswers(options: {
  schema: GraphQLSchema;
  operations: CompiledOperations;
  /** The request's GraphQL context, as Apollo's is made. */
  context: (req: Request, res: Response) => Promise<object>;
  /** True when requests should go through Apollo now (every search slot taken: a refusal is Apollo's to write). */
  stepAside: () => boolean;
}): RequestHandler {
  return async (req, res, next) => {
    const body: unknown = req.body;
    if (req.method !== 'POST' || !isRecord(body) || typeof body.query !== 'string' || body.extensions !== undefined) {
      return next();
    }
    const operationName = body.operationName ?? null;
    const variables = body.variables ?? {};
    if ((operationName !== null && typeof operationName !== 'string') || !isRecord(variables)) return next();
    const operation = options.operations.get(body.query, operationName);
    if (!operation || options.stepAside()) return next();
    const type = req.accepts([JSON_TYPE, GRAPHQL_RESPONSE_TYPE, CALLBACK_TYPE]);
    if (type !== JSON_TYPE && type !== GRAPHQL_RESPONSE_TYPE) return next();
    if (getVariableValues(options.schema, operation.variableDefinitions, variables).errors) return next();
    let result: ExecutionResult;
    try {
      result = (await operation.compiled.query(
        undefined,
        await options.context(req, res),
        variables,
      )) as ExecutionResult;
    } catch {
      return next();
    }
    // An answer with errors is Apollo's to write (formatted, masked, a refusal as 503): handed over, not computed again
    // (a search stopped at its timeout would wait as long again).
    if (result.errors?.length || result.data == null) {
      handOverToApollo(res, result);
      return next();
    }
    answered += 1;
    // As Apollo writes it: the data alone, a newline after it.
    res
      .status(200)
      .setHeader('content-type', type)
      .end(`${JSON.stringify({ data: result.data })}\n`);
  };
}
