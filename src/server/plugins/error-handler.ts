import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BirtizimError, isBirtizimError } from '../../core/errors/birtizim-error';
import { isLanguage, type Language } from '../../core/localized';
import type { ErrorBody } from '../schemas/common-schemas';

/** The first of kk/ru/en the client accepts; English otherwise. */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return 'en';
}

export function errorBody(error: BirtizimError, language: Language): ErrorBody {
  return { code: error.code, message: error.localizedMessage(language), fix: error.localizedFix(language) };
}

/** Any failure becomes `{ code, message, fix }` with a registered code and its HTTP status. */
export function toBirtizimError(error: FastifyError | Error): BirtizimError {
  if (isBirtizimError(error)) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return new BirtizimError('BZ_SERVER_BAD_REQUEST', { detail: error.message });
  if (fastifyError.statusCode === 429) return new BirtizimError('BZ_SERVER_RATE_LIMITED');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new BirtizimError('BZ_SERVER_BAD_REQUEST', { detail: error.message });
  }
  return new BirtizimError('BZ_INTERNAL', { detail: error.message }, { cause: error });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const failure = toBirtizimError(error);
    if (failure.httpStatus >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(failure.httpStatus).send(errorBody(failure, requestLanguage(request)));
  });
}
