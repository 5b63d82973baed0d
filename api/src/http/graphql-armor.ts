import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestContext } from '../context.js';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** Limits on what one operation may ask for; the web app's own operations stay under half of each. */
export const ARMOR_LIMITS = {
  maxDepth: 20,
  maxAliases: 15,
  maxCost: 10000,
  maxTokens: 2500,
  maxDirectives: 20,
} as const;

export function armorConfig(limits: { [K in keyof typeof ARMOR_LIMITS]: number } = ARMOR_LIMITS): GraphQLArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    // Tokens are limited by graphql-js's parser instead (see parseOptions): armor's plugin turns every
    // syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  };
}

export function graphqlArmor(limits = ARMOR_LIMITS) {
  const { plugins, validationRules } = new ApolloArmor(armorConfig(limits)).protect();
  // Armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<RequestContext>[],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
