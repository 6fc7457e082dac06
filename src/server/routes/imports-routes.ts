import { createWriteStream } from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { REGISTRY_NAMES } from '../../registries/catalog';
import { accessPurpose, recordAccess } from '../audit-trail';
import { saveMappingEntry } from '../imports/header-mapping-store';
import { readQuarantine } from '../imports/import-results';
import { unzipSnapshot } from '../imports/unzip-snapshot';
import { authOf } from '../plugins/auth-plugin';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import {
  HeaderMappingBodySchema,
  HeaderMappingResponseSchema,
  HeaderProposalsResponseSchema,
  ImportJobParamsSchema,
  ImportJobSchema,
  ImportJobsResponseSchema,
  LoadSummarySchema,
  QuarantinePageSchema,
  QuarantineQuerySchema,
  type HeaderMappingBody,
  type HeaderMappingResponse,
  type HeaderProposalBody,
  type HeaderProposalsResponse,
  type ImportJob,
  type LoadSummaryBody,
  type QuarantinePage,
  type QuarantineQuery,
} from '../schemas/imports-schemas';
import type { ServerContext } from '../server-context';

const REGISTRY_FILE = new RegExp(`^(${REGISTRY_NAMES.join('|')})\\.(csv|xlsx|tsv|txt)$`, 'i');

/**
 * Imports: upload, follow the job, read what its load did, teach the server new headers.
 *
 * Access: every route needs `imports` (admin and analyst). A job's load summary, quarantine and
 * header proposals describe the WHOLE snapshot (every district's rows, the quarantine with the
 * IINs and names of rejected rows); they are technical data of the import, not district work,
 * so district officers, auditors and viewers get 403 rather than a district-scoped view.
 * Reading the quarantine is a personal-data read: it needs a purpose and is audited.
 */
export function importsRoutes(context: ServerContext, options: { maxUploadBytes: number; dataDir: string }) {
  const jobOr404 = async (jobId: string): Promise<ImportJob> => {
    const job = await context.imports.get(jobId);
    if (!job) throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `import ${jobId}` });
    return job;
  };
  const noResult = (job: ImportJob, what: string): BirtizimError =>
    new BirtizimError('BZ_SERVER_IMPORT_NO_RESULT', {
      jobId: job.id,
      what,
      detail:
        job.status === 'queued' || job.status === 'running'
          ? 'the job is still running'
          : job.status === 'failed'
            ? `the job failed (${job.error?.code ?? 'unknown'})`
            : 'it is no longer kept',
    });

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
      async (request): Promise<ImportJob> => jobOr404(request.params.jobId),
    );

    app.get<{ Params: { jobId: string } }>(
      '/api/imports/:jobId/summary',
      {
        config: { access: 'imports' },
        schema: { params: ImportJobParamsSchema, response: { 200: LoadSummarySchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<LoadSummaryBody> => {
        const job = await jobOr404(request.params.jobId);
        const summary = (await context.store.importJobs.loadSummary(job.id)) as LoadSummaryBody | null;
        if (!summary) throw noResult(job, 'load summary');
        return summary;
      },
    );

    app.get<{ Params: { jobId: string }; Querystring: QuarantineQuery }>(
      '/api/imports/:jobId/quarantine',
      {
        config: { access: 'imports' },
        schema: {
          params: ImportJobParamsSchema,
          querystring: QuarantineQuerySchema,
          response: { 200: QuarantinePageSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<QuarantinePage> => {
        const purpose = accessPurpose(request);
        const job = await jobOr404(request.params.jobId);
        const { offset, limit } = request.query;
        const page = await readQuarantine(context.workspace, options.dataDir, job.id, offset, limit);
        if (!page) throw noResult(job, 'quarantine');
        // Rejected rows carry IINs and names: the read is logged like any personal data.
        await recordAccess(
          context.store,
          request,
          'import.quarantine.read',
          job.id,
          { offset, limit, returned: page.items.length },
          purpose,
        );
        return page;
      },
    );

    app.get<{ Params: { jobId: string } }>(
      '/api/imports/:jobId/headers',
      {
        config: { access: 'imports' },
        schema: {
          params: ImportJobParamsSchema,
          response: { 200: HeaderProposalsResponseSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<HeaderProposalsResponse> => {
        const job = await jobOr404(request.params.jobId);
        const files = (await context.store.importJobs.headerProposals(job.id)) as HeaderProposalBody[] | null;
        if (!files) throw noResult(job, 'header proposals');
        return { files };
      },
    );

    app.post<{ Body: HeaderMappingBody }>(
      '/api/header-mappings',
      {
        config: { access: 'imports' },
        schema: {
          body: HeaderMappingBodySchema,
          response: { 200: HeaderMappingResponseSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<HeaderMappingResponse> => {
        const saved = { ...request.body, header: request.body.header.trim() };
        const mapping = await saveMappingEntry(options.dataDir, saved);
        await recordAccess(context.store, request, 'header-mapping.saved', saved.registry, saved, null);
        return { saved, mapping };
      },
    );
  };
}
