import { configure } from '@testing-library/react';
import { watchConsoleOfFile } from './console';

/**
 * findBy and waitFor wait for what the user will see; on a busy machine a render may take many
 * times as long as on a quiet one. The limit only bounds how long a failing test takes to say so.
 */
configure({ asyncUtilTimeout: 120_000 });

watchConsoleOfFile();
