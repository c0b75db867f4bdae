import path from 'node:path';
import jsonServer from 'json-server';
import type { ApiHandler } from '../core/api';
import type { MockConfig } from '../config';
import { bridge } from './bridge';
import { cors } from './cors';

/** json-server's express app: our CORS, its static files and request log, the API under `/api`. */
export function createApp(handle: ApiHandler, config: MockConfig) {
  const app = jsonServer.create();
  const staticDir = config.staticDir ?? path.resolve('mock-api/no-static');
  app.use(cors(config.allowedOrigins));
  app.use(
    jsonServer.defaults({
      logger: process.env.MOCK_QUIET !== '1',
      static: staticDir,
      noCors: true,
    }),
  );
  app.use('/api', bridge(handle, config.maxBodyBytes));
  return app;
}
