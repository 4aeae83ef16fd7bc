// The JSON schema of an ACA plugin file, generated at test time from the TypeScript declarations ACA and ADF ship in
// node_modules (test/aca-plugin.schema.ts composes them) with ts-json-schema-generator, then adjusted where the
// declared types describe an element after loading rather than in a file. Each adjustment names its reason; ACA's own
// shipped plugin files (@alfresco/aca-content) pass the result (test/plugin.test.mjs checks that).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import Ajv from 'ajv';

const ext = join(dirname(fileURLToPath(import.meta.url)), '..');

/** keys the declared types make required that a plugin file may leave out, per type */
export const OPTIONAL_IN_A_FILE = {
  // ExtensionLoaderService.setActionDefaults() (adf-extensions) sets `type` to ContentActionType.default
  ContentActionRef: ['type'],
  // a parent link has children instead of a route, a child has no icon, a link with a `component` renders itself
  NavBarLinkRef: ['icon', 'route', 'title'],
  // ADF's data table sorts by `key` when there is no `sortingKey`, and uses its own cell when there is no `template`
  DocumentListPresetRef: ['sortingKey', 'template']
};

/**
 * Rule references: the declared `rules` maps are `{ [key: string]: string }`; ACA also takes a list of rule ids that
 * must all hold (aca-shared's AppExtensionService.evaluateRule(ruleId: string | string[])), and its own files use it.
 */
const RULE_REF = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

export function generatedSchema() {
  const schema = createGenerator({
    path: join(ext, 'test/aca-plugin.schema.ts'),
    tsconfig: join(ext, 'tsconfig.json'),
    type: 'AcaPluginFile',
    expose: 'all',
    skipTypeCheck: true,
    // keys a type does not declare pass: the loader passes them through (ACA's own files carry "comment", "data")
    additionalProperties: true
  }).createSchema('AcaPluginFile');
  const defs = schema.definitions;
  for (const [type, keys] of Object.entries(OPTIONAL_IN_A_FILE)) {
    if (!defs[type]) throw new Error(`${type} is no longer among the generated definitions`);
    defs[type].required = defs[type].required.filter((k) => !keys.includes(k));
  }
  for (const def of Object.values(defs)) {
    const rules = def.properties?.rules;
    if (rules?.type === 'object' && rules.additionalProperties?.type === 'string') {
      rules.additionalProperties = RULE_REF;
      for (const p of Object.values(rules.properties ?? {})) Object.assign(p, RULE_REF, { type: undefined });
    }
  }
  return JSON.parse(JSON.stringify(schema));
}

let cached;
/**
 * One ajv validator for the generated schema (generation takes a few seconds). The schema is also written to
 * target/aca-plugin.schema.json, which the plugin's `$schema` names for editors.
 */
export function pluginValidator() {
  if (!cached) {
    const schema = generatedSchema();
    mkdirSync(join(ext, 'target'), { recursive: true });
    writeFileSync(join(ext, 'target/aca-plugin.schema.json'), JSON.stringify(schema, null, 2) + '\n');
    cached = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return cached;
}
