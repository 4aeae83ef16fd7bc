// Checks of the extension's configuration, run with node's test runner (npm run test:config):
// the plugin JSON against a schema generated from ACA's and ADF's plugin types (plugin-schema.mjs, ajv), and the plugin, translations and constants against the
// content model, its messages and the Share forms, so that ACA and Share show the same aspects the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluginValidator } from './plugin-schema.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ext = join(here, '..');
const repo = join(ext, '..');
const read = (p) => readFileSync(p, 'utf8');
const json = (p) => JSON.parse(read(p));

const plugin = json(join(ext, 'assets/regiobesluit.plugin.json'));
const modelXml = read(join(repo, 'platform-module/src/main/resources/alfresco/module/regiobesluit-platform/model/regiobesluit-model.xml'));
const messagesDir = join(repo, 'platform-module/src/main/resources/alfresco/module/regiobesluit-platform/messages');
const shareConfig = read(join(repo, 'share-module/src/main/resources/META-INF/share-config-custom.xml'));

/** aspect name → its property names, in model order */
function modelAspects() {
  const aspects = new Map();
  for (const m of modelXml.matchAll(/<aspect name="(rb:[A-Za-z]+)">([\s\S]*?)<\/aspect>/g)) {
    aspects.set(m[1], [...m[2].matchAll(/<property name="(rb:[A-Za-z]+)"/g)].map((p) => p[1]));
  }
  return aspects;
}

function properties(file) {
  const out = {};
  for (const line of read(join(messagesDir, file)).split(/\r?\n/)) {
    const m = /^([^#=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    if (m) {
      out[m[1]] = m[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    }
  }
  return out;
}

const groups = plugin.features['content-metadata-presets'][0].custom;

// The schema is generated from the declarations ACA's extension loader reads (see plugin-schema.mjs).
test('the plugin JSON is valid by the schema of ACA plugin types', () => {
  const validate = pluginValidator();
  assert.ok(validate(plugin), JSON.stringify(validate.errors));
});

test('ACA own plugin files pass the same validator', () => {
  const validate = pluginValidator();
  const names = ['assets/app.extensions.json', 'about/assets/about.plugin.json', 'folder-rules/assets/folder-rules.plugin.json', 'ms-office/assets/aos.plugin.json'];
  for (const name of names) {
    const ok = validate(json(join(ext, 'node_modules/@alfresco/aca-content', name)));
    assert.ok(ok, `${name}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema check refuses a sidebar tab without a component, a badge without a tooltip, a route without a path and a column with a wrong type', () => {
  const validate = pluginValidator();
  const broken = structuredClone(plugin);
  delete broken.features.sidebar.tabs[0].component;
  delete broken.features.badges[0].tooltip;
  delete broken.routes[0].path;
  broken.features.documentList.files[0].sortable = 'no';
  assert.equal(validate(broken), false);
  const failed = validate.errors.map((e) => `${e.instancePath} ${e.params.missingProperty ?? e.keyword}`);
  for (const expected of ['/features/sidebar/tabs/0 component', '/features/badges/0 tooltip', '/routes/0 path', '/features/documentList/files/0/sortable type']) {
    assert.ok(failed.includes(expected), `${expected} not in: ${failed.join(', ')}`);
  }
});

test('the schema check refuses a plugin without its $id and a metadata item without properties', () => {
  const validate = pluginValidator();
  const broken = structuredClone(plugin);
  delete broken.$id;
  delete broken.features['content-metadata-presets'][0].custom[0].items[0].properties;
  assert.equal(validate(broken), false);
  const failed = validate.errors.map((e) => `${e.instancePath} ${e.params.missingProperty ?? e.keyword}`);
  assert.ok(failed.includes(' $id'), failed.join(', '));
  assert.ok(failed.includes('/features/content-metadata-presets/0/custom/0/items/0 properties'), failed.join(', '));
});

test('every rb aspect of the model has its own metadata group, listing all its properties', () => {
  const aspects = modelAspects();
  assert.deepEqual(new Set(groups.map((g) => g.items[0].aspect)), new Set(aspects.keys()));
  for (const g of groups) {
    const aspect = g.items[0].aspect;
    assert.ok(g.items.every((i) => i.aspect === aspect), `${g.id} mixes aspects`);
    const listed = g.items.flatMap((i) => (i.properties === '*' ? aspects.get(aspect) : i.properties));
    assert.deepEqual(new Set(listed), new Set(aspects.get(aspect)), `${g.id} lists other properties than ${aspect} has`);
    assert.equal(listed.length, new Set(listed).size, `${g.id} lists a property twice`);
  }
});

test('service-owned aspects are read-only, and so is every field the Share forms make read-only', () => {
  const serviceOwned = ['rb:voteResult'];
  for (const g of groups.filter((g) => serviceOwned.includes(g.items[0].aspect))) {
    assert.ok(g.items.every((i) => i.editable === false), `${g.id} must be read-only`);
  }
  const readOnly = new Set([...shareConfig.matchAll(/<field id="(rb:[A-Za-z]+)"[^>]*read-only="true"/g)].map((m) => m[1]));
  assert.ok(readOnly.size > 10, 'read-only fields found in share-config-custom.xml');
  const editableHere = new Set(groups.flatMap((g) => g.items.filter((i) => i.editable !== false).flatMap((i) => i.properties)));
  const nonEditableHere = new Set(groups.flatMap((g) => g.items.filter((i) => i.editable === false).flatMap((i) => i.properties)));
  for (const p of readOnly) {
    if (modelAspects().size && [...modelAspects().values()].some((ps) => ps.includes(p))) {
      assert.ok(!editableHere.has(p) && nonEditableHere.has(p), `${p} is read-only in Share but editable in ACA`);
    }
  }
});

test('aspect-visible offers the aspects Share offers in Manage aspects', async () => {
  const src = read(join(ext, 'src/lib/aspect-visible.ts'));
  const shareVisible = [...shareConfig.matchAll(/<visible>([\s\S]*?)<\/visible>/g)]
    .flatMap((m) => [...m[1].matchAll(/<aspect name="(rb:[A-Za-z]+)"/g)].map((a) => a[1]));
  const userFacing = /USER_FACING_ASPECTS[^=]*=\s*\[([^\]]*)\]/.exec(src)[1];
  const constants = read(join(ext, 'src/lib/model.ts'));
  const named = [...userFacing.matchAll(/RB\.([A-Z_]+)/g)].map((m) => new RegExp(`${m[1]}: '([^']+)'`).exec(constants)[1]);
  assert.deepEqual(new Set(named), new Set(shareVisible));
});

test('group titles, route statuses and voting bodies use the model labels, Dutch in nl and English in en', () => {
  const nl = json(join(ext, 'assets/i18n/nl.json')).RB;
  const en = json(join(ext, 'assets/i18n/en.json')).RB;
  const byLang = { nl: [nl, properties('regiobesluit-model_nl.properties')], en: [en, properties('regiobesluit-model.properties')] };
  for (const [lang, [t, model]] of Object.entries(byLang)) {
    for (const g of groups) {
      const key = g.title.replace(/^RB\./, '').split('.');
      const aspect = g.items[0].aspect.replace(':', '_');
      assert.equal(t[key[0]][key[1]], model[`rb_contentModel.aspect.${aspect}.title`], `${lang} ${g.title}`);
    }
    for (const [list, section] of [['rb_routeStatusList', 'ROUTE_STATUS'], ['rb_votingBodyList', 'VOTING_BODY']]) {
      const values = Object.keys(model).filter((k) => k.startsWith(`listconstraint.${list}.`));
      assert.ok(values.length > 0);
      for (const k of values) {
        assert.equal(t[section][k.split('.').pop()], model[k], `${lang} ${k}`);
      }
    }
  }
});

test('nl and en have the same keys', () => {
  const keys = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  assert.deepEqual(keys(json(join(ext, 'assets/i18n/en.json'))).sort(), keys(json(join(ext, 'assets/i18n/nl.json'))).sort());
});

test('every translation key the plugin names exists', () => {
  const nl = json(join(ext, 'assets/i18n/nl.json'));
  const keysIn = JSON.stringify(plugin).match(/"RB\.[A-Z_.]+"/g).map((k) => k.slice(1, -1));
  for (const k of keysIn) {
    assert.equal(typeof k.split('.').reduce((o, p) => o?.[p], nl), 'string', k);
  }
});

test('the components and rules the plugin names are the ones the extension registers', () => {
  const src = read(join(ext, 'src/lib/regiobesluit.extension.ts'));
  const registered = new Set([...src.matchAll(/'(rb\.[A-Za-z.]+)'/g)].map((m) => m[1]));
  const text = JSON.stringify(plugin);
  const named = new Set([...text.matchAll(/"(?:component|template|visible)":"(rb\.[A-Za-z.]+)"/g)].map((m) => m[1]));
  assert.ok(named.size >= 4);
  for (const id of named) {
    assert.ok(registered.has(id), `${id} is named in the plugin but not registered`);
  }
  for (const id of registered) {
    assert.ok(named.has(id), `${id} is registered but the plugin does not use it`);
  }
});

test('the constants in model.ts are names of the content model', () => {
  const constants = read(join(ext, 'src/lib/model.ts'));
  const names = [...constants.matchAll(/'(rb:[A-Za-z]+)'/g)].map((m) => m[1]);
  assert.ok(names.length > 20);
  for (const n of names) {
    assert.ok(modelXml.includes(`name="${n}"`), `${n} is not in regiobesluit-model.xml`);
  }
  for (const [list, name] of [['rb:routeStatusList', 'ROUTE_STATUSES'], ['rb:votingBodyList', 'VOTING_BODIES']]) {
    const block = new RegExp(`<constraint name="${list}"[\\s\\S]*?</constraint>`).exec(modelXml)[0];
    const values = [...block.matchAll(/<value>([A-Z_]+)<\/value>/g)].map((m) => m[1]);
    const here = [...new RegExp(`${name}: \\[([^\\]]*)\\]`).exec(constants)[1].matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    assert.deepEqual(here, values, name);
  }
});
