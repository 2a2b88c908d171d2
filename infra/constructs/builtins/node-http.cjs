// `node:http` as CommonJS: see `alias` in LINE_BUNDLING (../line-function.ts).
module.exports = require('node:http');
