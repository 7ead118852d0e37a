/**
 * Zod builds fast object parsers with `new Function` once a probe shows eval is allowed. The
 * renderer's CSP forbids eval, so the probe only filed a CSP violation report and zod fell back
 * to its plain parser anyway. Imported first by every renderer entry, before any schema exists,
 * so schemas are built without the probe.
 */
import { z } from 'zod';

z.config({ jitless: true });
