import { compress } from 'hono/compress';
import type { Db } from '../db/client';
import { apiCaching, type ApiCachingOptions } from './api-caching';
import { onError, onNotFound, readOnly } from './errors';
import { openApiDocument } from './openapi';
import { createRouter } from './router';
import { securityHeaders } from './security-headers';
import { assessmentsRoutes } from './routes/assessments';
import { auditsRoutes } from './routes/audits';
import { changesRoutes } from './routes/changes';
import { contractorsRoutes } from './routes/contractors';
import { contractsRoutes } from './routes/contracts';
import { filesRoutes } from './routes/files';
import { municipalitiesRoutes } from './routes/municipalities';
import { outliersRoutes } from './routes/outliers';
import { proceduresRoutes } from './routes/procedures';
import { provisionsRoutes } from './routes/provisions';
import { ratingsRoutes } from './routes/ratings';
import { searchRoutes } from './routes/search';
import { sourcesRoutes } from './routes/sources';
import { statsRoutes } from './routes/stats';
import { systemsRoutes } from './routes/systems';
import { thresholdsRoutes } from './routes/thresholds';

export interface AppOptions {
  /** the clock outliers judge renewal by; tests fix it */
  now?: () => Date;
  /** how JSON answers are kept (none unless the database's version is given) */
  caching?: ApiCachingOptions;
}

/** The API over an (injected) assessment database. */
export function createApp(db: Db, { now = () => new Date(), caching }: AppOptions = {}) {
  const app = createRouter();
  // outermost first: headers on every answer, then compression of whatever is not compressed yet
  app.use(securityHeaders());
  app.use(compress());
  app.use('/api/*', readOnly());
  app.use('/api/*', apiCaching(caching));
  app.onError(onError);
  app.notFound(onNotFound);
  const api = app
    .route('/api/stats', statsRoutes(db))
    .route('/api/municipalities', municipalitiesRoutes(db))
    .route('/api/assessments', assessmentsRoutes(db))
    .route('/api/files', filesRoutes(db))
    .route('/api/systems', systemsRoutes(db))
    .route('/api/contracts', contractsRoutes(db))
    .route('/api/contractors', contractorsRoutes(db))
    .route('/api/provisions', provisionsRoutes(db))
    .route('/api/ratings', ratingsRoutes(db))
    .route('/api/audits', auditsRoutes(db))
    .route('/api/procedures', proceduresRoutes(db))
    .route('/api/changes', changesRoutes(db))
    .route('/api/thresholds', thresholdsRoutes(db))
    .route('/api/outliers', outliersRoutes(db, now))
    .route('/api/search', searchRoutes(db))
    .route('/api/sources', sourcesRoutes(db));
  let doc: ReturnType<typeof openApiDocument> | undefined;
  return api.get('/api/openapi.json', (c) => c.json((doc ??= openApiDocument(app)) as object, 200));
}

export type AppType = ReturnType<typeof createApp>;
