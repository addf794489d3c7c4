export { ingestItems, type IngestResult, type IngestSummary, type ReadItem } from './ingest/ingest.js'
export { createAnalyzer, defaultJobs, type Analyzer } from './ingest/analyzer.js'
export { capJobs, type JobCount } from './ingest/job-ceiling.js'
