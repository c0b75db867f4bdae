import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadPage } from './pages';
import { getToken } from './providers/session';

if (import.meta.env.VITE_DEMO === 'true') {
  await (await import('../mock-api/browser')).startDemoWorker();
}

// A page opened by its link: its scripts load while the app starts, not after it has rendered.
if (getToken()) preloadPage(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
