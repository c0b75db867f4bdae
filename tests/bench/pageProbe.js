// The bench's eyes inside the page, installed before any script of the app runs
// (`page.addInitScript({ path })`). Plain browser JavaScript: tsx would wrap a named inner
// function of a TypeScript page function in a helper that the page lacks.
//
// window.__bench.arm(name, spec) starts watching for a page to be ready:
//   - ready: the first frame (requestAnimationFrame) after the page's content is in the DOM:
//     the first data row of a list whose text holds `text`, the main part of a show page
//     holding `text`, or a home page marked data-dashboard-ready;
//   - settled: ready, and no query pending (the app bar's progress bar absent) for QUIET ms.
// The pointerdown of a click notes when the browser received it (event.timeStamp) and how long
// it waited for the main thread (input delay). Long tasks are kept as [start, duration].
(() => {
  const QUIET = 300;
  const state = { waits: {}, longTasks: [], pointerDowns: [] };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the sums read 0.
  }
  addEventListener(
    'pointerdown',
    (event) => {
      state.pointerDowns.push({ at: event.timeStamp, delay: performance.now() - event.timeStamp });
    },
    true,
  );

  const hashPath = () => location.hash.split('?')[0];
  const shown = (wait) => {
    if (wait.kind === 'home') return !!document.querySelector('[data-dashboard-ready="true"]');
    if (hashPath() !== wait.hash) return false;
    if (wait.kind === 'list') {
      const row = document.querySelector(
        '.RaList-main .RaDataTable-table tbody tr.RaDataTable-row',
      );
      return !!row && row.textContent.includes(wait.text);
    }
    const main = document.querySelector('.RaShow-main');
    return !!main && main.textContent.includes(wait.text);
  };
  const loading = () => !!document.querySelector('header [role="progressbar"]');

  const check = () => {
    for (const wait of Object.values(state.waits)) {
      if (wait.seenAt === undefined && shown(wait)) {
        wait.seenAt = performance.now();
        requestAnimationFrame(() => {
          wait.readyAt = performance.now();
        });
      }
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // Settled: polled, since the end of loading is an absence.
  setInterval(() => {
    for (const wait of Object.values(state.waits)) {
      if (wait.readyAt === undefined || wait.settledAt !== undefined) continue;
      if (loading()) wait.quietSince = undefined;
      else if (wait.quietSince === undefined) wait.quietSince = performance.now();
      else if (performance.now() - wait.quietSince >= QUIET) wait.settledAt = wait.quietSince;
    }
  }, 25);

  state.arm = (name, spec) => {
    state.waits[name] = { ...spec, armedAt: performance.now() };
    check();
  };
})();
