// Copies the pinned front-end packages from node_modules into wwwroot.
// The NHS.UK stylesheet loads the Frutiger font from assets.nhs.uk; we drop those rules so no
// page asks a third party for anything (and the Content-Security-Policy stays 'self'). The
// design system's own fallback, Arial, is used instead.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(web, '..', '..', 'node_modules');
const nhsuk = join(modules, 'nhsuk-frontend', 'dist', 'nhsuk');
const lib = join(web, 'wwwroot', 'lib');
const assets = join(web, 'wwwroot', 'assets');

await rm(lib, { recursive: true, force: true });
await rm(assets, { recursive: true, force: true });
await rm(join(web, 'wwwroot', 'favicon.ico'), { force: true });
await mkdir(join(lib, 'nhsuk-frontend'), { recursive: true });
await mkdir(join(lib, 'signalr'), { recursive: true });

const withoutSourceMap = (text) => text.replace(/\/[*/]# sourceMappingURL=.*$/m, '');

const css = await readFile(join(nhsuk, 'nhsuk-frontend.min.css'), 'utf8');
await writeFile(
  join(lib, 'nhsuk-frontend', 'nhsuk-frontend.min.css'),
  withoutSourceMap(css.replace(/@font-face\{[^}]*\}/g, '')));

const js = await readFile(join(nhsuk, 'nhsuk-frontend.min.js'), 'utf8');
await writeFile(join(lib, 'nhsuk-frontend', 'nhsuk-frontend.min.js'), withoutSourceMap(js));

// The stylesheet refers to its icons as /assets/images/…
await cp(join(nhsuk, 'assets'), assets, { recursive: true });
// …and browsers ask for /favicon.ico whatever a page says.
await cp(join(nhsuk, 'assets', 'images', 'favicon.ico'), join(lib, '..', 'favicon.ico'));

const signalr = await readFile(join(modules, '@microsoft', 'signalr', 'dist', 'browser', 'signalr.min.js'), 'utf8');
await writeFile(join(lib, 'signalr', 'signalr.min.js'), withoutSourceMap(signalr));

await writeFile(join(lib, '.copied'), new Date().toISOString());
