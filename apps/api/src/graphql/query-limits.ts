import { ApolloArmor } from '@escape.tech/graphql-armor';

// What one GraphQL document may ask, checked while it is validated, before any resolver runs: a document over a
// limit is refused in milliseconds with one error, however many aliases or levels it has. The limits sit well
// above what the web app's and an analyst's queries need (the deepest page query has 4 levels, none uses aliases
// beyond a handful); the editor's introspection query is exempt from the depth and cost limits.
export const QUERY_LIMITS = {
  maxAliases: 15,
  maxDepth: 10,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

export function queryLimits() {
  return new ApolloArmor({
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // "Did you mean …" lists field names a caller may not know; the schema is public to those who may introspect.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
