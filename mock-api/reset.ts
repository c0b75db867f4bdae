import { readConfig } from './config';
import { regenerate } from './database';

const config = readConfig();
await regenerate(config);
console.log(`Regenerated ${config.dbPath} (${config.scale}, seed ${config.seed})`);
