// Type-checks JSON bodies against the meeting schemas extracted from Zoom's OpenAPI spec, the way
// Zoom answers: every violation becomes {field, message: "Invalid field."}. Unknown fields pass
// (the 2018 spec predates many fields the live API accepts).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isObject } from './merge.ts';
import type { MeetingSchemas, SchemaNode } from './schema-types.ts';

export interface FieldError {
  field: string;
  message: string;
}

const SCHEMA_FILE = new URL('./openapi-meeting-schemas.json', import.meta.url);

function loadSchemas(): MeetingSchemas {
  const path = fileURLToPath(SCHEMA_FILE);
  if (!existsSync(path)) {
    throw new Error(
      `Zoom simulator: ${path} is missing. Regenerate it with ` +
        '`npx tsx tests/harness/zoom-simulator/extract-schemas.ts` (needs ../shared/reference/zoom-openapi-v2.json).',
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as MeetingSchemas;
}

const schemas = loadSchemas();

// Zoom documents two forms only: UTC with Z, or local time without offset (read in `timezone`).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z?$/;

function typeMatches(type: SchemaNode['type'], value: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
  }
}

function checkNode(node: SchemaNode, value: unknown, field: string, errors: FieldError[]): void {
  const invalid = (): void => {
    errors.push({ field, message: 'Invalid field.' });
  };
  // null is not a JSON-schema type in OpenAPI 2.0; treat it as a type error rather than "absent".
  if (value === null || !typeMatches(node.type, value)) return invalid();
  if (node.enum && !node.enum.includes(value as string | number | boolean)) return invalid();
  if (typeof value === 'string') {
    if (node.maxLength !== undefined && value.length > node.maxLength) return invalid();
    if (node.pattern !== undefined && !new RegExp(node.pattern).test(value)) return invalid();
    if (node.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value.replace(/Z?$/, 'Z'))))) {
      return invalid();
    }
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return invalid();
    if (node.maximum !== undefined && value > node.maximum) return invalid();
  }
  if (Array.isArray(value) && node.items) {
    const items = node.items;
    value.forEach((item, i) => checkNode(items, item, `${field}[${i}]`, errors));
  }
  if (isObject(value) && node.properties) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (value[name] === undefined) continue;
      checkNode(child, value[name], field ? `${field}.${name}` : name, errors);
    }
  }
}

function validateAgainst(schema: SchemaNode, body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  checkNode(schema, body, '', errors);
  return errors;
}

export function validateMeetingCreate(body: unknown): FieldError[] {
  return validateAgainst(schemas.meetingCreate, body);
}

export function validateMeetingUpdate(body: unknown): FieldError[] {
  return validateAgainst(schemas.meetingUpdate, body);
}

/** Zoom's timezone list is IANA-based; anything Intl does not know is rejected. */
export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
