// Zoom's error answers, one helper each, so every route answers with the same shape and code.
import { json, type SimResponse } from './http.ts';

/** 400 code 300: each field Zoom names as invalid. */
export const validationFailed = (errors: { field: string; message: string }[]): SimResponse =>
  json(400, { code: 300, message: 'Validation Failed.', errors });

export const invalidFields = (...fields: string[]): SimResponse => validationFailed(fields.map((field) => ({ field, message: 'Invalid field.' })));

export const invalidBody = (): SimResponse => json(400, { code: 300, message: 'Request Body should be a valid JSON object.' });

export const invalidToken = (expired: boolean): SimResponse =>
  json(401, { code: 124, message: expired ? 'Access token is expired.' : 'Invalid access token.' });

export const missingScope = (anyOf: readonly string[]): SimResponse =>
  json(400, { code: 4711, message: `Invalid access token, does not contain scopes:[${anyOf.join(', ')}].` });

export const userNotFound = (userId: string): SimResponse => json(404, { code: 1001, message: `User does not exist: ${userId}.` });

export const meetingNotFound = (id: string): SimResponse => json(404, { code: 3001, message: `Meeting does not exist: ${id}.` });

export const routeNotFound = (): SimResponse => json(404, { code: 404, message: 'Not found' });
