import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  type ApiError,
  type ErrorCode,
  FIELD_TEXT,
  type FieldIssue,
  fieldCodeOfText,
  fieldIssueOf,
} from '#shared/errors.ts';

/**
 * A field's problem: its English text (the code is found back from the text, `FIELD_TEXT`), or a
 * code with the English text to go with it.
 */
export type FieldProblem = string | (FieldIssue & { message: string });
type Fields = Record<string, FieldProblem>;
/** Both views of the refused fields, as the error body carries them. */
export type FieldReport = { fields: Record<string, string>; fieldIssues: Record<string, FieldIssue> };

function reportOf(problems: Fields): FieldReport {
  const report: FieldReport = { fields: {}, fieldIssues: {} };
  for (const [path, problem] of Object.entries(problems)) {
    if (typeof problem === 'string') {
      report.fields[path] = problem;
      report.fieldIssues[path] = { code: fieldCodeOfText(problem) };
    } else {
      const { message, ...issue } = problem;
      report.fields[path] = message;
      report.fieldIssues[path] = issue;
    }
  }
  return report;
}

/** An error a client can act on; mapped once to the JSON error shape. */
export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields?: FieldReport;
  constructor(status: number, code: ErrorCode, message: string, fields?: Fields) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields ? reportOf(fields) : undefined;
  }
}
export class BadRequest extends AppError {
  constructor(message: string, fields?: Fields) {
    super(400, 'invalid-input', message, fields);
  }
}
export class Unauthorized extends AppError {
  constructor(message = 'Sign in first.') {
    super(401, 'unauthorized', message);
  }
}
export class Forbidden extends AppError {
  constructor(message = 'You may not do this.') {
    super(403, 'forbidden', message);
  }
}
export class NotFound extends AppError {
  constructor(what = 'The resource') {
    super(404, 'not-found', `${what} was not found.`);
  }
}
export class Conflict extends AppError {
  constructor(message: string, fields?: Fields) {
    super(409, 'conflict', message, fields);
  }
}

/** `{ "name.fi": "Too long" }` and its codes from zod issues; unknown keys are named one by one. */
export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[], prefix: string[] = []): FieldReport {
  const report: FieldReport = { fields: {}, fieldIssues: {} };
  const add = (path: string, message: string, issue: FieldIssue) => {
    if (path in report.fields) return;
    report.fields[path] = message;
    report.fieldIssues[path] = issue;
  };
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        add([...path, key].join('.'), FIELD_TEXT['unknown-field'], { code: 'unknown-field' });
      }
    } else add(path.join('.') || '(body)', issue.message, fieldIssueOf(issue));
  }
  return report;
}

function errorBody(code: ErrorCode, message: string, report?: FieldReport): ApiError {
  return { error: report ? { code, message, ...report } : { code, message } };
}

/**
 * Fastify's option for the errors its router raises before any hook or handler, such as an
 * address that is not valid percent-encoded UTF-8 (`/n/%ED%A0%80`); the error handler never sees them.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  if (status >= 500) {
    reply.log.error({ err: error }, 'request failed before routing');
    reply.status(500).send(errorBody('internal', 'Something went wrong on our side.'));
  } else reply.status(status).send(errorBody('invalid-request', 'The address is not valid.'));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.fields));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const report: FieldReport = { fields: {}, fieldIssues: {} };
      for (const v of err.validation) {
        const path = v.instancePath.split('/').filter(Boolean);
        const issue = { ...v.params, code: v.keyword, path, message: v.message } as z.core.$ZodIssue;
        const one = fieldsFromIssues([issue]);
        Object.assign(report.fields, one.fields);
        Object.assign(report.fieldIssues, one.fieldIssues);
      }
      const context = err.validationContext === 'body' ? 'body' : err.validationContext;
      return reply.status(400).send(errorBody('invalid-input', `Invalid ${context}.`, report));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
      return reply.status(500).send(errorBody('internal', 'Something went wrong on our side.'));
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err }, 'request failed');
      return reply.status(500).send(errorBody('internal', 'Something went wrong on our side.'));
    }
    // Fastify's own client errors: malformed JSON, too large, unsupported media type, rate limit.
    const code = status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : 'invalid-request';
    return reply.status(status).send(errorBody(code, err.message));
  });
}
