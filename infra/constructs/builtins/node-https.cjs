// `node:https` as CommonJS: see `alias` in LINE_BUNDLING (../line-function.ts).
module.exports = require('node:https');
