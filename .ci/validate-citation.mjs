// Validates CITATION.cff against the Citation File Format 1.2.0 JSON schema, as shipped by the
// npm package cffjs (installed by .ci/run into a temporary folder, given as the first argument).
// Usage: node .ci/validate-citation.mjs <folder with node_modules/cffjs> <CITATION.cff>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, file] = process.argv.slice(2);
const cffjs = await import(pathToFileURL(path.join(dir, 'node_modules', 'cffjs', 'dist', 'index.js')).href);
const yaml = (await import(pathToFileURL(path.join(dir, 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs')).href)).default;
// The JSON schema of the YAML: dates stay strings, as the CFF schema expects them.
const data = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA });
if (data === null || typeof data !== 'object' || Array.isArray(data)) {
  console.error(`${file}: not a mapping`);
  process.exit(1);
}
// cffjs validates any other cff-version as 1.2.0: refuse it here instead.
if (data['cff-version'] !== '1.2.0') {
  console.error(`${file}: cff-version must be 1.2.0, got ${JSON.stringify(data['cff-version'])}`);
  process.exit(1);
}
try {
  cffjs.validateCFF(data);
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(1);
}
console.log(`valid: ${file} (CFF ${data['cff-version']}, version ${data.version})`);
