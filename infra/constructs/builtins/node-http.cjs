// `node:http` as CommonJS: see `alias` in LINE_BUNDLING (../line-function.ts). Not `require`: the
// alias applies to this file too, so a require of `node:http` here would load this file again.
module.exports = process.getBuiltinModule('node:http');
