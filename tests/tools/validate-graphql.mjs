#!/usr/bin/env node
// Checks GraphQL documents against a schema with graphql-js: a query GitHub would reject fails here.
//
// usage: node validate-graphql.mjs SCHEMA.graphql[.gz] DOCUMENT.graphql [...]
// Prints "OK DOCUMENT" per valid document, "DOCUMENT:LINE:COLUMN: message" per problem; exits 0 when
// every document is valid, 1 when one is not, 2 on a usage or set-up problem.
//
// GitHub's published SDL defines a few fields twice, so the schema is built with assumeValidSDL:
// the documents are what is checked, not the schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

function loadGraphQL() {
  const require = createRequire(import.meta.url);
  for (const candidate of [process.env.GRAPHQL_JS_DIR, 'graphql', '/usr/share/nodejs/graphql'].filter(Boolean)) {
    try { return require(candidate); } catch { /* next */ }
  }
  console.error('validate-graphql: graphql-js not found: install node-graphql (Debian) or set GRAPHQL_JS_DIR');
  process.exit(2);
}

export function readSchemaText(path) {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

const [schemaPath, ...documents] = process.argv.slice(2);
if (!schemaPath || documents.length === 0) {
  console.error('usage: node validate-graphql.mjs SCHEMA.graphql[.gz] DOCUMENT.graphql [...]');
  process.exit(2);
}
const { buildSchema, parse, validate, Source } = loadGraphQL();
const schema = buildSchema(readSchemaText(schemaPath), { assumeValidSDL: true });
let failed = false;
for (const document of documents) {
  let errors;
  try {
    errors = validate(schema, parse(new Source(readFileSync(document, 'utf8'), document)));
  } catch (error) {
    errors = [error];
  }
  if (errors.length === 0) {
    console.log(`OK ${document}`);
    continue;
  }
  failed = true;
  for (const error of errors) {
    const where = (error.locations || [{ line: 0, column: 0 }])[0];
    console.log(`${document}:${where.line}:${where.column}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
