import { readFileSync } from 'node:fs';
import { stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'vite';

// At build time each graphql(`…`) call of the documents is replaced by the text GraphQL Code Generator printed for it
// (with the fragments it uses, src/api/generated/graphql.ts), stripped of what GraphQL ignores. The client posts
// that text, so a page's documents ship in its own chunk, once. Left as calls, every document would ship three times
// in the shared chunk: as written, as a key of the lookup table in generated/gql.ts, and as printed. The type check
// and src/api/generated-types.spec.ts keep the generated file current; the build stops on a document it lacks.

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
const GENERATED_DOCUMENT = /^export const (\w+) = new TypedDocumentString\(\s*`([^`]*)`/gm;
/** The import of graphql() itself, which would bring in the lookup table and every printed document. */
const GRAPHQL_IMPORT = /^import \{ graphql \} from '[^']*\/generated\/gql';\n/m;

/** The name codegen gives the document of a definition: LatePaymentDocument, ProvinceFieldsFragmentDoc. */
function documentName(source: string, id: string): string {
  const definition = DEFINITION.exec(source);
  if (!definition) throw new Error(`${id}: a graphql(\`…\`) document must start with a named operation or fragment`);
  const [, keyword, name] = definition;
  return keyword === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
}

/** `documents`: the files codegen reads the documents from (codegen.ts); `generated`: its graphql.ts. */
export function graphqlDocuments(options: { documents: (id: string) => boolean; generated: string }): Plugin {
  let printed = new Map<string, string>();
  return {
    name: 'scorecard-graphql-documents',
    apply: 'build',
    // On the source as written, before TypeScript is compiled away.
    enforce: 'pre',
    buildStart() {
      const text = readFileSync(options.generated, 'utf8');
      printed = new Map([...text.matchAll(GENERATED_DOCUMENT)].map(([, name, body]) => [name!, body!]));
    },
    transform(code, id) {
      if (!options.documents(id) || !code.includes('graphql(')) return null;
      let replaced = false;
      const result = code.replace(CALL, (_call, source: string) => {
        const name = documentName(source, id);
        const body = printed.get(name);
        if (body === undefined) throw new Error(`${id}: ${name} is not generated yet: run npm run codegen`);
        replaced = true;
        return JSON.stringify(stripIgnoredCharacters(body));
      });
      return replaced ? { code: result.replace(GRAPHQL_IMPORT, ''), map: null } : null;
    },
  };
}
