// The flattened schema shape written by extract-schemas.ts and read by validate.ts.
export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

export interface SchemaNode {
  type?: SchemaType;
  enum?: Array<string | number | boolean>;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  'x-sim-source'?: string;
}

export interface MeetingSchemas {
  meetingCreate: SchemaNode;
  meetingUpdate: SchemaNode;
}
