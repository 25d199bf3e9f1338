// One fresh process, as a background that starts: the pipeline's modules loaded, then the first
// page's result (the warm-up the background runs), which pays for everything built on first use.
// Prints {"firstMs": …}; bench.ts runs it a few times.
const { buildPageResult, WARM_UP } = await import('../../lib/page-result');
const start = performance.now();
buildPageResult(WARM_UP);
console.log(JSON.stringify({ firstMs: performance.now() - start }));
