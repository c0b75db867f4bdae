import { useState } from 'react';

/** The time the page was opened: what its delays are counted against. */
export const useNow = () => useState(() => new Date().toISOString())[0];
