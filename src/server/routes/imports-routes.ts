import { createWriteStream } from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { REGISTRY_NAMES } from '../../registries/catalog';
import { recordAccess } from '../audit-trail';
import { unzipSnapshot } from '../imports/unzip-snapshot';
import { authOf } from '../plugins/auth-plugin';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import {
  ImportJobParamsSchema,
  ImportJobSchema,
  ImportJobsResponseSchema,
  type ImportJob,
} from '../schemas/imports-schemas';
import type { ServerContext } from '../server-context';

const REGISTRY_FILE = new RegExp(`^(${REGISTRY_NAMES.join('|')})\\.(csv|xlsx|tsv|txt)$`, 'i');

export function importsRoutes(context: ServerContext, options: { maxUploadBytes: number }) {
  return async (app: FastifyInstance) => {
    await app.register(multipart, { limits: { fileSize: options.maxUploadBytes, files: 64 } });

    app.post(
      '/api/imports',
      { config: { access: 'imports' }, schema: { response: { 202: ImportJobSchema, ...ERROR_RESPONSES } } },
      async (request, reply): Promise<ImportJob> => {
        if (!request.isMultipart())
          throw new BirtizimError('BZ_SERVER_IMPORT_INVALID', { detail: 'send multipart/form-data' });
        const { id, dir } = context.imports.newJobDir();
        const files: string[] = [];
        let asOf = new Date().toISOString().slice(0, 10);
        try {
          for await (const part of request.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'asOf' && /^\d{4}-\d{2}-\d{2}$/.test(String(part.value)))
                asOf = String(part.value);
              continue;
            }
            const name = part.filename.split(/[\\/]/).pop() ?? '';
            if (/\.zip$/i.test(name)) {
              const zipPath = join(dir, 'upload.zip');
              await pipeline(part.file, createWriteStream(zipPath));
              files.push(
                ...(await unzipSnapshot(zipPath, join(dir, 'snapshot'))).filter((f) => REGISTRY_FILE.test(f)),
              );
              rmSync(zipPath);
            } else if (REGISTRY_FILE.test(name)) {
              await pipeline(part.file, createWriteStream(join(dir, 'snapshot', name)));
              files.push(name);
            } else {
              part.file.resume();
            }
          }
          if (files.length === 0)
            throw new BirtizimError('BZ_SERVER_IMPORT_INVALID', {
              detail: 'no registry file (population.csv, ...) in the upload',
            });
        } catch (error) {
          rmSync(dir, { recursive: true, force: true });
          throw error;
        }
        const { user } = authOf(request);
        await context.imports.start(id, dir, files, user.login, asOf);
        await recordAccess(context.store, request, 'import.started', id, { files, asOf }, null);
        reply.status(202);
        return (await context.imports.get(id)) as ImportJob;
      },
    );

    app.get(
      '/api/imports',
      {
        config: { access: 'imports' },
        schema: { response: { 200: ImportJobsResponseSchema, ...ERROR_RESPONSES } },
      },
      async () => ({
        items: await context.imports.list(),
      }),
    );

    app.get<{ Params: { jobId: string } }>(
      '/api/imports/:jobId',
      {
        config: { access: 'imports' },
        schema: { params: ImportJobParamsSchema, response: { 200: ImportJobSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<ImportJob> => {
        const job = await context.imports.get(request.params.jobId);
        if (!job) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `import ${request.params.jobId}` });
        return job;
      },
    );
  };
}
