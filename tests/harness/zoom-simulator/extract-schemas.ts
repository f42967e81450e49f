// Generates openapi-meeting-schemas.json from Zoom's archived OpenAPI 2.0 spec.
// Run: npx tsx tests/harness/zoom-simulator/extract-schemas.ts [path/to/zoom-openapi-v2.json]
// The output is committed so the simulator works even where ../shared is absent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SchemaNode } from './schema-types.ts';

// The repo is cloned to X/ and the shared folder sits at X/../shared.
const DEFAULT_SPEC = new URL('../../../../shared/reference/zoom-openapi-v2.json', import.meta.url);
const OUTPUT = new URL('./openapi-meeting-schemas.json', import.meta.url);

type RawSchema = Record<string, unknown>;
interface Spec {
  paths: Record<string, Record<string, { parameters?: RawSchema[] }>>;
  definitions: Record<string, RawSchema>;
}

const KEPT_KEYWORDS = ['type', 'enum', 'format', 'minimum', 'maximum', 'maxLength', 'pattern'] as const;

function loadSpec(path: string): Spec {
  if (!existsSync(path)) {
    throw new Error(
      `Zoom OpenAPI spec not found at ${path}. Expected the shared folder beside the repo ` +
        '(X/../shared/reference/zoom-openapi-v2.json), or pass the path as the first argument.',
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Spec;
}

function resolve(spec: Spec, raw: RawSchema): RawSchema {
  const ref = raw.$ref;
  if (typeof ref !== 'string') return raw;
  const name = ref.replace('#/definitions/', '');
  const target = spec.definitions[name];
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return resolve(spec, target);
}

// Flattens $ref / allOf into a plain tree that validate.ts can walk without the spec's machinery.
function normalise(spec: Spec, input: RawSchema): SchemaNode {
  const raw = resolve(spec, input);
  const node: SchemaNode = {};
  for (const key of KEPT_KEYWORDS) {
    if (raw[key] !== undefined) (node as Record<string, unknown>)[key] = raw[key];
  }
  const parts = Array.isArray(raw.allOf) ? (raw.allOf as RawSchema[]) : [];
  for (const part of parts) {
    const sub = normalise(spec, part);
    node.type ??= sub.type;
    if (sub.properties) node.properties = { ...node.properties, ...sub.properties };
  }
  if (raw.properties && typeof raw.properties === 'object') {
    const props: Record<string, SchemaNode> = { ...node.properties };
    for (const [name, child] of Object.entries(raw.properties as Record<string, RawSchema>)) {
      props[name] = normalise(spec, child);
    }
    node.properties = props;
  }
  if (raw.items && typeof raw.items === 'object') node.items = normalise(spec, raw.items as RawSchema);
  // The spec leaves `type` off some inline objects (tracking_fields items).
  if (!node.type && node.properties) node.type = 'object';
  return node;
}

function bodySchema(spec: Spec, path: string, method: string): SchemaNode {
  const params = spec.paths[path]?.[method]?.parameters ?? [];
  const body = params.find((p) => p.in === 'body');
  if (!body || typeof body.schema !== 'object' || body.schema === null) {
    throw new Error(`No body parameter for ${method.toUpperCase()} ${path}`);
  }
  return normalise(spec, body.schema as RawSchema);
}

// Facts the 2018 spec states only in prose or gets wrong, and newer fields from Zoom's current
// docs that the extension sends. Each carries x-sim-source so nobody mistakes it for the spec.
function applyOverlay(schema: SchemaNode, isUpdate: boolean): void {
  const props = schema.properties ?? {};
  props.password = {
    ...props.password,
    type: 'string',
    maxLength: 10,
    pattern: '^[a-zA-Z0-9@\\-_*]*$',
    'x-sim-source': 'spec description: [a-z A-Z 0-9 @ - _ *], max 10 characters',
  };
  props.topic = { ...props.topic, type: 'string', maxLength: 200, 'x-sim-source': 'current Zoom docs: max 200' };
  props.agenda = { ...props.agenda, type: 'string', maxLength: 2000, 'x-sim-source': 'current Zoom docs: max 2000' };
  props.default_password = { type: 'boolean', 'x-sim-source': 'current Zoom docs' };
  props.pre_schedule = { type: 'boolean', 'x-sim-source': 'current Zoom docs' };
  const recurrence = props.recurrence?.properties;
  if (recurrence?.weekly_days) {
    // The 2018 spec says integer; the live API takes a comma-separated string such as "2,4".
    recurrence.weekly_days = { type: 'string', 'x-sim-source': 'current Zoom docs (spec says integer)' };
  }
  const settings = props.settings?.properties;
  if (settings) {
    settings.jbh_time = { type: 'integer', enum: [0, 5, 10, 15], 'x-sim-source': 'current Zoom docs' };
    settings.alternative_hosts_email_notification = { type: 'boolean', 'x-sim-source': 'current Zoom docs' };
    settings.email_notification = { type: 'boolean', 'x-sim-source': 'current Zoom docs' };
    settings.meeting_invitees = {
      type: 'array',
      items: { type: 'object', properties: { email: { type: 'string' } } },
      'x-sim-source': 'current Zoom docs',
    };
    if (isUpdate) settings.registrants_confirmation_email ??= { type: 'boolean' };
  }
  schema.properties = props;
}

function main(): void {
  const arg = process.argv[2];
  const specPath = arg ?? fileURLToPath(DEFAULT_SPEC);
  const spec = loadSpec(specPath);
  const meetingCreate = bodySchema(spec, '/users/{userId}/meetings', 'post');
  const meetingUpdate = bodySchema(spec, '/meetings/{meetingId}', 'patch');
  applyOverlay(meetingCreate, false);
  applyOverlay(meetingUpdate, true);
  const out = {
    $comment:
      'Generated by extract-schemas.ts from zoom-openapi-v2.json (Zoom OpenAPI 2.0, 2018). ' +
      'Nodes with x-sim-source are additions from Zoom docs, not from the spec. Do not edit by hand.',
    meetingCreate,
    meetingUpdate,
  };
  writeFileSync(OUTPUT, JSON.stringify(out, null, 2) + '\n');
  console.log(`Wrote ${fileURLToPath(OUTPUT)}`);
}

main();
