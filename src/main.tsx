import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

if (import.meta.env.VITE_DEMO === 'true') {
  await (await import('../mock-api/browser')).startDemoWorker();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
