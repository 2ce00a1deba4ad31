// The committed export schema compiled with ajv (draft 2020-12) and its
// formats, so "date-time" is checked as the schema says, not skipped: ajv
// alone ignores `format`; ajv-formats adds RFC 3339 date-time validation.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export const EXPORT_SCHEMA = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'schemas', 'claimlens-export.schema.json'), 'utf8')) as { $id: string };

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv, ['date-time']);

export const validateExport = ajv.compile(EXPORT_SCHEMA);
