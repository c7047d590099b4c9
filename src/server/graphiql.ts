// Self-hosted GraphiQL: the page and its assets come from installed packages (graphiql 3 and
// React 18 UMD builds), so it works with no internet. Subscriptions go over graphql-ws.
import path from 'node:path';
import express, { type Router } from 'express';

const asset = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'react.js': asset('react', 'umd/react.production.min.js'),
  'react-dom.js': asset('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': asset('graphiql', 'graphiql.min.js'),
  'graphiql.css': asset('graphiql', 'graphiql.min.css'),
  'graphql-ws.js': asset('graphql-ws', 'umd/graphql-ws.min.js'),
};

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>五社联动 Wushe · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">加载中… Loading…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphql-ws.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/start.js"></script>
</body></html>`;

// Reads the token from the headers editor, so both HTTP and WebSocket operations are signed in.
const START = `(function () {
  var url = location.origin + '/graphql';
  var wsUrl = url.replace(/^http/, 'ws');
  function headers() {
    try { return JSON.parse(localStorage.getItem('graphiql:headers') || '{}'); } catch (e) { return {}; }
  }
  var fetcher = GraphiQL.createFetcher({
    url: url,
    wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: function () { return headers(); } }),
  });
  var defaultQuery = '# 五社联动 Wushe — 先登录 (sign in first):\\n' +
    '# mutation { authLogin(input: { login: "admin", password: "wushe-demo" }) { accessToken userErrors { message } } }\\n' +
    '# 然后在 Headers 中填入 {"Authorization": "Bearer <accessToken>"}\\n\\n' +
    'query { community { name kind modules { key name enabled } } }\\n';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true, shouldPersistHeaders: true })
  );
})();`;

export function graphiqlRouter(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-store').send(PAGE);
  });
  router.get('/assets/start.js', (_req, res) => {
    res.type('application/javascript').send(START);
  });
  router.get('/assets/:file', (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) return void res.status(404).end();
    res.set('Cache-Control', 'public, max-age=86400').sendFile(file);
  });
  return router;
}
