import type { ApolloServerPlugin } from '@apollo/server';

// Apollo's and Nest's stock editors load their scripts from the internet and stay blank on a closed network.
// This landing page loads GraphiQL 3 and React 18 from this same server (/graphiql/…), so it works offline; its own
// script is a file too (/graphiql/start.js), as the content security policy allows no inline script.
const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <title>BHXH Scorecard · GraphQL</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  <link rel="stylesheet" href="/graphiql/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Đang tải trình soạn truy vấn…</div>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>`;

/** What /graphiql/start.js runs: GraphiQL on /graphql with a first query to try. */
const DEFAULT_QUERY = `# BHXH Scorecard: ranking of the 63 provinces on one metric
query Ranking {
  ranking(planId: "2800-KH-BHXH-2021", metric: "dev_compulsory_si") {
    rank
    province { code nameVi region }
    target
    targetToDate
    actual
    attainmentToDate
    attainmentOfPeriod
    onTrack
    status
    synthetic
  }
}
`;
export const GRAPHIQL_START = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
);
`;

export function graphiqlLandingPagePlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PAGE };
        },
      };
    },
  };
}
