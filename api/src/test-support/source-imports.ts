// Lets plain `node` run the TypeScript sources, for tests that need a second process (job-process.ts): Node strips
// the types itself (--experimental-transform-types), `--conditions=source` takes the workspace packages' sources,
// and this hook finds `./x.ts` where the sources import `./x.js`, as the compiled files will be named.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || !specifier.endsWith('.js') || (error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') {
        throw error;
      }
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});
