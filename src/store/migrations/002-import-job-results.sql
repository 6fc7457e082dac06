-- What an import's load produced, kept with the job: the load summary (LoadSummary of
-- src/ingest/load-summary.ts) once the load committed, and, when the headers were refused
-- (BZ_INGEST_UNKNOWN_HEADER and the like), how each uploaded file's headers were read.
ALTER TABLE import_jobs ADD COLUMN load_summary JSONB;
ALTER TABLE import_jobs ADD COLUMN header_proposals JSONB;
