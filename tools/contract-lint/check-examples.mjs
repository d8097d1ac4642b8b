// Checks the examples in ../../openapi.yaml (run by `npm run lint`, after Spectral):
//
// 1. every `example` and every `examples.*.value` is valid against its schema: those of media
//    types (request bodies and responses, also in components), parameters, headers, and the
//    `example` of every schema (property) in the document;
// 2. every operation has an example on each JSON (`application/json`, `*+json` except
//    problem+json) 2xx response body and on its JSON request body.
//
// OpenAPI 3.0 schemas are translated to JSON Schema first: `nullable: true` admits null; the
// formats int32/int64/float/double/byte/binary/password are accepted as annotations.
// Exits 1 and names every finding, or prints a one-line summary and exits 0.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('@stoplight/yaml');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;

const contractPath = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));
const doc = parse(readFileSync(contractPath, 'utf8'));

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const SCHEMA_ID = 'vekst-openapi';

// OpenAPI 3.0 Schema Object -> JSON Schema (draft 7 as Ajv reads it).
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'discriminator' || key === 'xml'
        || key === 'externalDocs' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out.$ref = `${SCHEMA_ID}${value}`;
    } else if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(f, true);
ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: toJsonSchema(doc.components?.schemas ?? {}) } });

function deref(node) {
  let seen = 0;
  while (node && typeof node === 'object' && typeof node.$ref === 'string' && seen++ < 20) {
    const parts = node.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = parts.reduce((n, p) => n?.[p], doc);
  }
  return node;
}

const problems = [];
const validators = new Map();
let checked = 0;

function check(where, schema, value) {
  if (!schema) return;
  checked++;
  let validate = validators.get(schema);
  if (!validate) {
    try {
      validate = ajv.compile(toJsonSchema(schema));
    } catch (e) {
      problems.push(`${where}: schema does not compile: ${e.message}`);
      return;
    }
    validators.set(schema, validate);
  }
  if (!validate(value)) {
    for (const err of validate.errors) {
      const extra = err.params && Object.keys(err.params).length ? ` ${JSON.stringify(err.params)}` : '';
      problems.push(`${where}${err.instancePath || ''}: ${err.message}${extra}`);
    }
  }
}

// Checks a Media Type / Parameter / Header Object's example(s) against its schema.
function checkHolder(where, holder) {
  holder = deref(holder);
  if (!holder || typeof holder !== 'object') return false;
  const schema = holder.schema ?? (holder.content && Object.values(holder.content)[0]?.schema);
  let has = false;
  if ('example' in holder) {
    has = true;
    check(`${where}.example`, schema, holder.example);
  }
  for (const [name, ex] of Object.entries(holder.examples ?? {})) {
    const e = deref(ex);
    if (e && 'value' in e) {
      has = true;
      check(`${where}.examples.${name}`, schema, e.value);
    } else if (e?.externalValue) {
      has = true;
    }
  }
  return has;
}

const isJson = (mediaType) => /^application\/(.+\+)?json$/.test(mediaType) && mediaType !== 'application/problem+json';

function checkContent(where, content) {
  const withExample = {};
  for (const [mediaType, media] of Object.entries(content ?? {})) {
    withExample[mediaType] = checkHolder(`${where}.content[${mediaType}]`, media);
  }
  return withExample;
}

// Operations: examples of request bodies, parameters, responses and their headers; required ones.
const missing = [];
let operations = 0;
for (const [path, item] of Object.entries(doc.paths ?? {})) {
  for (const p of item.parameters ?? []) checkHolder(`paths[${path}].parameters[${deref(p)?.name}]`, p);
  for (const method of HTTP_METHODS) {
    const op = item[method];
    if (!op) continue;
    operations++;
    const at = `${method.toUpperCase()} ${path}`;
    for (const p of op.parameters ?? []) checkHolder(`${at} parameter ${deref(p)?.name}`, p);
    const body = deref(op.requestBody);
    if (body) {
      const found = checkContent(`${at} requestBody`, body.content);
      for (const [mediaType, has] of Object.entries(found)) {
        if (isJson(mediaType) && !has) missing.push(`${at}: request body ${mediaType} has no example`);
      }
    }
    for (const [status, responseOrRef] of Object.entries(op.responses ?? {})) {
      const response = deref(responseOrRef);
      if (!response) continue;
      const found = checkContent(`${at} ${status}`, response.content);
      for (const [name, header] of Object.entries(response.headers ?? {})) checkHolder(`${at} ${status} header ${name}`, header);
      if (!/^2/.test(status)) continue;
      for (const [mediaType, has] of Object.entries(found)) {
        if (isJson(mediaType) && !has) missing.push(`${at}: ${status} ${mediaType} has no example`);
      }
    }
  }
}

// Components: responses, request bodies, parameters, headers (also those only used by $ref, so a
// shared example is checked once here, with its component's name).
const components = doc.components ?? {};
for (const [name, r] of Object.entries(components.responses ?? {})) {
  checkContent(`components.responses.${name}`, r.content);
  for (const [h, header] of Object.entries(r.headers ?? {})) checkHolder(`components.responses.${name}.headers.${h}`, header);
}
for (const [name, b] of Object.entries(components.requestBodies ?? {})) checkContent(`components.requestBodies.${name}`, b.content);
for (const [name, p] of Object.entries(components.parameters ?? {})) checkHolder(`components.parameters.${name}`, p);
for (const [name, h] of Object.entries(components.headers ?? {})) checkHolder(`components.headers.${name}`, h);

// The `example` of every schema, wherever it sits (components.schemas, inline schemas).
function walkSchemas(node, where, inSchema) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => walkSchemas(n, `${where}[${i}]`, inSchema));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (inSchema && 'example' in node && !('$ref' in node)) check(`${where}.example`, node, node.example);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue;
    const childIsSchema = key === 'schema' || key === 'items' || key === 'additionalProperties' || key === 'not'
      || (inSchema && ['allOf', 'anyOf', 'oneOf'].includes(key));
    if (inSchema && (key === 'properties' || key === 'patternProperties')) {
      for (const [prop, sub] of Object.entries(value ?? {})) walkSchemas(sub, `${where}.properties.${prop}`, true);
    } else if (key === 'schemas' && where === 'components') {
      for (const [n, sub] of Object.entries(value ?? {})) walkSchemas(sub, `components.schemas.${n}`, true);
    } else {
      walkSchemas(value, `${where}.${key}`, childIsSchema);
    }
  }
}
walkSchemas(doc.paths, 'paths', false);
walkSchemas(components, 'components', false);

for (const m of missing) problems.push(m);
if (problems.length) {
  console.error(`check-examples: ${problems.length} problem(s) in openapi.yaml\n`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`check-examples: ${checked} examples valid; all ${operations} operations have examples on their JSON bodies.`);
