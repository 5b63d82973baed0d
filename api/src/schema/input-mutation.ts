import { Arg, type ClassType, Ctx, Mutation } from 'type-graphql';

/**
 * A mutation with the one argument every mutation of this API takes, `input`: the method is
 * `(ctx: RequestContext, input: TheInput)` and its parameters need no decorators of their own.
 * Authorization stays explicit: put @Authorized above it as on any other mutation.
 */
export function InputMutation(
  returns: () => ClassType,
  input: ClassType,
  options: { description?: string } = {},
): MethodDecorator {
  return (prototype, key, descriptor) => {
    if (typeof key === 'symbol') throw new Error('A mutation needs a string name');
    Ctx()(prototype, key, 0);
    Arg('input', () => input)(prototype, key, 1);
    Mutation(returns, options)(prototype, key, descriptor);
  };
}
