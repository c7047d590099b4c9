#!/usr/bin/env node
// `npx wushe …` runs the compiled CLI (build first: `npm run build`).
require('../dist/src/main.js');
