//! The module loader and symlinks (SECURITY.md P2 and P6 for require/import): a linked
//! package loads from its real path when the link stays where the loader may read, and a
//! link out of every grant is never followed, so nothing behind it is read.
// Test drivers set up fixtures with the host's own files, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, run_with_timeout};
use std::{fs, os::unix::fs::symlink, path::Path, time::Duration};

const SECRET: &str = "TOP-SECRET-MODULE";

fn write(root: &Path, p: &str, text: &str) {
    let p = root.join(p);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

#[test]
fn symlinked_packages_follow_grants() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    // granted/ is readable; secret/ is not; app/ is the app root.
    write(&root, "granted/pkg/package.json", r#"{"name":"pkg","main":"main.js"}"#);
    write(&root, "granted/pkg/main.js", "module.exports = __filename;");
    write(&root, "granted/pkg/esm.mjs", "export default import.meta.url;");
    let leak = format!("console.log('{SECRET}'); module.exports = '{SECRET}';");
    write(&root, "secret/pkg/package.json", r#"{"name":"pkg","main":"index.js"}"#);
    write(&root, "secret/pkg/index.js", &leak);
    write(&root, "secret/pkg/esm.mjs", &format!("export default '{SECRET}';"));
    let nm = root.join("app/node_modules");
    fs::create_dir_all(&nm).unwrap();
    symlink("../../granted/pkg", nm.join("inside")).unwrap();
    symlink("../../secret/pkg", nm.join("outside")).unwrap();
    symlink(root.join("secret/pkg"), nm.join("outside-abs")).unwrap();
    symlink("../secret", root.join("app/secret-dir")).unwrap();
    symlink("../secret/pkg/esm.mjs", root.join("app/secret.mjs")).unwrap();
    // A link inside the grant that leads out of it.
    symlink("../secret/pkg", root.join("granted/evil")).unwrap();
    write(
        &root,
        "app/main.js",
        r#"
const path = require('path');
const root = path.dirname(__dirname);
const show = (p) => path.relative(root, p.replace(/^file:\/\//, ''));
console.log('require inside:', show(require('inside')), show(require.resolve('inside')));
const attempts = [
  ['require outside', () => require('outside')],
  ['require outside-abs', () => require('outside-abs')],
  ['resolve outside', () => require.resolve('outside')],
  ['require dir link', () => require('./secret-dir/pkg')],
  ['require link in grant', () => require('../granted/evil')],
  ['import outside', () => import('outside')],
  ['import file link', () => import('./secret.mjs')],
];
(async () => {
  console.log('import inside:', show((await import('inside/esm.mjs')).default));
  for (const [label, fn] of attempts) {
    try {
      console.log(label + ': LOADED', String(await fn()));
    } catch (e) {
      console.log(label + ':', e.code);
    }
  }
})();
"#,
    );
    let granted = format!("--allow-read={}", root.join("granted").display());
    let mut cmd = capjs();
    cmd.current_dir(root.join("app")).arg(&granted).arg("main.js");
    let o = run_with_timeout(&mut cmd, Duration::from_secs(60)).unwrap();
    let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(!out.contains(SECRET) && !err.contains(SECRET), "secret leaked:\n{out}\n{err}");
    assert_eq!(o.status.code(), Some(0), "stdout:\n{out}\nstderr:\n{err}");
    assert_eq!(
        out,
        "require inside: granted/pkg/main.js granted/pkg/main.js\n\
         import inside: granted/pkg/esm.mjs\n\
         require outside: MODULE_NOT_FOUND\n\
         require outside-abs: MODULE_NOT_FOUND\n\
         resolve outside: MODULE_NOT_FOUND\n\
         require dir link: ERR_ACCESS_DENIED\n\
         require link in grant: ERR_ACCESS_DENIED\n\
         import outside: ERR_MODULE_NOT_FOUND\n\
         import file link: ERR_ACCESS_DENIED\n",
        "stderr:\n{err}"
    );
}
