import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ApiError } from '#shared/common.ts';

type Fields = Record<string, string>;

/** An error a client can act on; mapped once to the JSON error shape. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields?: Fields;
  constructor(status: number, code: string, message: string, fields?: Fields) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}
export class BadRequest extends AppError {
  constructor(message: string, fields?: Fields) {
    super(400, 'invalid_input', message, fields);
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
    super(404, 'not_found', `${what} was not found.`);
  }
}
export class Conflict extends AppError {
  constructor(message: string, fields?: Fields) {
    super(409, 'conflict', message, fields);
  }
}

/** `{ "name.fi": "Too long" }` from zod issues; unknown keys are named one by one. */
export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[], prefix: string[] = []): Fields {
  const fields: Fields = {};
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...path, key].join('.')] = 'is not a known field';
    } else {
      fields[path.join('.') || '(body)'] ??= issue.message;
    }
  }
  return fields;
}

function errorBody(code: string, message: string, fields?: Fields): ApiError {
  return { error: fields ? { code, message, fields } : { code, message } };
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
  } else reply.status(status).send(errorBody('invalid_request', 'The address is not valid.'));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.fields));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Fields = {};
      for (const v of err.validation) {
        const path = v.instancePath.split('/').filter(Boolean);
        const issue = { ...v.params, code: v.keyword, path, message: v.message } as z.core.$ZodIssue;
        Object.assign(fields, fieldsFromIssues([issue]));
      }
      const context = err.validationContext === 'body' ? 'body' : err.validationContext;
      return reply.status(400).send(errorBody('invalid_input', `Invalid ${context}.`, fields));
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
    const code = status === 413 ? 'too_large' : status === 429 ? 'rate_limited' : 'invalid_request';
    return reply.status(status).send(errorBody(code, err.message));
  });
}
