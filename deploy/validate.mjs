// Validates the deployment files without Docker. Called by deploy/check.sh, one check a call:
//   node deploy/validate.mjs compose      docker-compose.yml: Compose Specification schema + rules
//   node deploy/validate.mjs gitlab-ci    .gitlab-ci.yml: GitLab's CI schema + references
//   node deploy/validate.mjs dockerfiles  COPY/ADD sources of every Dockerfile compose builds
// Prints what it found; exits 1 on any problem.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import dockerignore from '@balena/dockerignore';
import { parse as parseYaml } from 'yaml';

const deployDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(deployDir, '..');
const modules = join(deployDir, 'node_modules');
const problems = [];
const problem = (message) => problems.push(message);

function readYaml(path) {
  // merge: YAML merge keys (<<), which both Compose and GitLab accept.
  return parseYaml(readFileSync(join(root, path), 'utf8'), { merge: true, maxAliasCount: -1 });
}

function schemaErrors(schema, data) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}` +
    (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''));
}

// ---------------------------------------------------------------- compose

// KEY=VALUE lines of .env.example; a commented-out `# KEY=...` documents an optional variable.
function readEnvExample() {
  const values = new Map();
  const documented = new Set();
  for (const line of readFileSync(join(root, '.env.example'), 'utf8').split('\n')) {
    const m = line.match(/^\s*(#\s*)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/);
    if (!m) continue;
    documented.add(m[2]);
    if (!m[1]) values.set(m[2], m[3].trim().replace(/^(['"])(.*)\1$/, '$2'));
  }
  return { values, documented };
}

// Compose's interpolation: $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+a}, ${VAR+a}.
const VAR = /\$(?:\$|([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\})/g;

function interpolate(value, env, used, where) {
  if (typeof value === 'string') {
    return value.replace(VAR, (whole, bare, name, op, arg) => {
      if (whole === '$$') return '$';
      const key = bare ?? name;
      used.add(key);
      const set = env.has(key);
      const nonEmpty = set && env.get(key) !== '';
      switch (op) {
        case ':-': return nonEmpty ? env.get(key) : interpolate(arg, env, used, where);
        case '-': return set ? env.get(key) : interpolate(arg, env, used, where);
        case ':?':
        case '?':
          // Required: .env.example leaves it empty on purpose, for the operator to fill in.
          return (op === ':?' ? nonEmpty : set) ? env.get(key) : `required-${key}`;
        case ':+': return nonEmpty ? interpolate(arg, env, used, where) : '';
        case '+': return set ? interpolate(arg, env, used, where) : '';
        default: return env.get(key) ?? '';
      }
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, used, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env, used, `${where}.${k}`)]));
  }
  return value;
}

function checkCompose() {
  const schema = JSON.parse(readFileSync(join(modules, 'dclint/schemas/compose.schema.json'), 'utf8'));
  const raw = readYaml('docker-compose.yml');
  for (const e of schemaErrors(schema, raw)) problem(`docker-compose.yml ${e}`);

  // As Compose would see it with .env.example as .env.
  const { values, documented } = readEnvExample();
  const used = new Set();
  const resolved = interpolate(raw, values, used, 'docker-compose.yml');
  for (const e of schemaErrors(schema, resolved)) problem(`docker-compose.yml with .env.example: ${e}`);
  for (const key of used) {
    if (!documented.has(key)) problem(`docker-compose.yml uses \${${key}}, which .env.example does not document`);
  }
  for (const key of documented) {
    if (!used.has(key)) problem(`.env.example documents ${key}, which docker-compose.yml never uses`);
  }

  const services = raw.services ?? {};
  for (const name of ['db', 'backend', 'web']) {
    if (!services[name]) problem(`docker-compose.yml has no service ${name}`);
  }
  for (const [name, service] of Object.entries(services)) {
    if (service.ports && name !== 'web') problem(`service ${name} publishes ports: only web may`);
    // No secret written into the file: a value for a password, secret or key is ${...} or a path.
    const env = Array.isArray(service.environment)
      ? Object.fromEntries(service.environment.map((l) => [l.split('=')[0], l.split('=').slice(1).join('=')]))
      : service.environment ?? {};
    for (const [key, value] of Object.entries(env)) {
      if (/PASSWORD|SECRET|TOKEN|PRIVATE/i.test(key) && typeof value === 'string'
          && !/^\$\{[^}]+\}$/.test(value) && !value.startsWith('/')) {
        problem(`service ${name}: ${key} has a literal value; take it from the environment`);
      }
    }
  }
  const test = [services.db?.healthcheck?.test].flat().join(' ');
  if (!test.includes('pg_isready')) problem('service db: healthcheck must use pg_isready');
  if (!String(services.db?.image ?? '').startsWith('postgres:17')) problem('service db: image must be postgres:17');
  console.log(`docker-compose.yml: ${Object.keys(services).length} services, ${used.size} variables, all documented in .env.example`);
}

// ---------------------------------------------------------------- GitLab CI

async function checkGitlabCi() {
  // GitLab's own schema (app/assets/javascripts/editor/schema/ci.json), as gitlab-ci-local ships it.
  const { schema } = await import(pathToFileURL(join(modules, 'gitlab-ci-local/src/schema/schema.js')).href);
  const ci = readYaml('.gitlab-ci.yml');
  for (const e of schemaErrors(schema, ci)) problem(`.gitlab-ci.yml ${e}`);

  const reserved = new Set(['image', 'services', 'stages', 'types', 'before_script', 'after_script',
    'variables', 'cache', 'include', 'pages:deploy', 'default', 'workflow', 'spec']);
  const stages = ci.stages ?? ['.pre', 'build', 'test', 'deploy', '.post'];
  const jobs = Object.entries(ci).filter(([k]) => !reserved.has(k) && !k.startsWith('.'));
  for (const [name, job] of jobs) {
    const stage = job.stage ?? 'test';
    if (!stages.includes(stage) && stage !== '.pre' && stage !== '.post') problem(`job ${name}: stage ${stage} is not in stages`);
    for (const need of job.needs ?? []) {
      const other = typeof need === 'string' ? need : need.job;
      if (other && !ci[other]) problem(`job ${name}: needs unknown job ${other}`);
    }
    for (const parent of [job.extends ?? []].flat()) {
      if (!ci[parent]) problem(`job ${name}: extends unknown ${parent}`);
    }
  }
  console.log(`.gitlab-ci.yml: ${jobs.length} jobs in ${stages.length} stages`);
}

// ---------------------------------------------------------------- Dockerfiles

// Instructions of a Dockerfile: comments dropped, backslash continuations joined.
function instructions(text) {
  const out = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue; // comments, also inside a continuation, as Docker does
    const continued = /\\\s*$/.test(line);
    current += (current ? ' ' : '') + line.replace(/\\\s*$/, '').trim();
    if (!continued) {
      if (current.trim()) out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function copySources(args) {
  let rest = args.trim();
  const flags = {};
  for (let m; (m = rest.match(/^--([a-z-]+)(?:=(\S+))?\s+/));) {
    flags[m[1]] = m[2] ?? true;
    rest = rest.slice(m[0].length);
  }
  const parts = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/);
  return { flags, sources: parts.slice(0, -1) };
}

function globToRegExp(glob) {
  return new RegExp('^' + glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
}

// Paths in dir matching a COPY source with * and ? in its segments.
function expand(dir, source) {
  let found = [''];
  for (const segment of source.split('/').filter((s) => s && s !== '.')) {
    const next = [];
    for (const base of found) {
      const abs = join(dir, base);
      if (!/[*?[]/.test(segment)) {
        if (existsSync(join(abs, segment))) next.push(join(base, segment));
        continue;
      }
      if (!existsSync(abs) || !statSync(abs).isDirectory()) continue;
      const re = globToRegExp(segment);
      for (const entry of readdirSync(abs)) if (re.test(entry)) next.push(join(base, entry));
    }
    found = next;
  }
  return found;
}

function checkDockerfile(service, context, dockerfile) {
  const file = join(context, dockerfile);
  const shown = relative(root, file);
  if (!existsSync(file)) {
    problem(`service ${service}: ${shown} does not exist`);
    return 0;
  }
  // BuildKit reads <Dockerfile>.dockerignore beside the Dockerfile first, else <context>/.dockerignore.
  const ignoreFile = [`${file}.dockerignore`, join(context, '.dockerignore')].find(existsSync);
  const ig = dockerignore({ ignorecase: false });
  if (ignoreFile) ig.add(readFileSync(ignoreFile, 'utf8').split('\n'));
  const stages = new Set();
  let count = 0;
  for (const line of instructions(readFileSync(file, 'utf8'))) {
    const [, keyword, args] = line.match(/^(\S+)\s*(.*)$/);
    const kw = keyword.toUpperCase();
    if (kw === 'FROM') {
      const as = args.match(/\s+AS\s+(\S+)\s*$/i);
      if (as) stages.add(as[1].toLowerCase());
      continue;
    }
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const { flags, sources } = copySources(args);
    if (flags.from) {
      if (!stages.has(String(flags.from).toLowerCase()) && !String(flags.from).includes(':') && !/^\d+$/.test(flags.from)) {
        problem(`${shown}: ${kw} --from=${flags.from} names no earlier stage`);
      }
      continue;
    }
    for (const source of sources) {
      count++;
      if (/^[a-z]+:\/\//i.test(source) || source.startsWith('git@')) continue; // ADD of a URL
      const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
      // What the build context sends: the ignore file must let the source through.
      const probe = clean.replace(/[*?]/g, 'x') || '.';
      if (probe !== '.' && ig.ignores(probe)) {
        problem(`${shown}: ${kw} ${source} is excluded by ${relative(root, ignoreFile)}`);
        continue;
      }
      if (clean === 'target' || clean.startsWith('target/')) {
        const built = expand(context, clean).length > 0;
        console.log(`  ${shown}: ${source} (build output of ./mvnw package${built ? ', present' : ', not built yet'})`);
        continue;
      }
      if (expand(context, clean).length === 0) problem(`${shown}: ${kw} ${source}: nothing in ${relative(root, context) || '.'} matches`);
      else console.log(`  ${shown}: ${source} ok`);
    }
  }
  return count;
}

function checkDockerfiles() {
  const services = readYaml('docker-compose.yml').services ?? {};
  let files = 0;
  let sources = 0;
  for (const [name, service] of Object.entries(services)) {
    if (!service.build) continue;
    const build = typeof service.build === 'string' ? { context: service.build } : service.build;
    const context = resolve(root, build.context ?? '.');
    if (!existsSync(context)) {
      problem(`service ${name}: build context ${build.context} does not exist`);
      continue;
    }
    sources += checkDockerfile(name, context, build.dockerfile ?? 'Dockerfile');
    files++;
  }
  if (files < 2) problem(`docker-compose.yml builds ${files} images; expected backend and web`);
  console.log(`${files} Dockerfiles, ${sources} COPY/ADD sources checked`);
}

// ---------------------------------------------------------------- main

const checks = { compose: checkCompose, 'gitlab-ci': checkGitlabCi, dockerfiles: checkDockerfiles };
const which = process.argv[2];
if (!checks[which]) {
  console.error(`usage: node deploy/validate.mjs ${Object.keys(checks).join('|')}`);
  process.exit(2);
}
try {
  await checks[which]();
} catch (e) {
  problem(`${which}: ${e.message}`);
}
for (const p of problems) console.log(`  problem: ${p}`);
process.exit(problems.length ? 1 : 0);
