// SECURITY P6: the loader reads only under the app root (this folder) or read grants.
for (const spec of ['../secret.json', '../../specs/secret.json', 'evil', '/etc/passwd']) {
  try {
    const v = require(spec);
    console.log('LOADED', spec, JSON.stringify(v));
  } catch (e) {
    console.log(spec, e.code, e.permission, e.resource === require('path').resolve(__dirname, spec === 'evil' ? '../secret.json' : spec));
  }
}
import('../secret.json').then(
  (m) => console.log('LOADED via import', JSON.stringify(m)),
  (e) => console.log('import', e.code),
);
