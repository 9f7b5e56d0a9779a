//! The ES module loader: resolution and loading are delegated to the JS library
//! (one resolver for require() and import); this file only declares the modules.
use crate::natives::hook;
use javy::quickjs::{
    loader::{ImportAttributes, Loader as QLoader, Resolver as QResolver},
    module::Declared,
    Ctx, Module, Object, Result, Value,
};

/// Resolves `name` relative to the importing module `base` through the JS resolver.
pub struct Resolver;

impl QResolver for Resolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _: Option<ImportAttributes<'js>>,
    ) -> Result<String> {
        hook(ctx, "resolve")?.call((name.to_string(), base.to_string()))
    }
}

/// Loads a resolved module: ES source as is, and a generated facade for CommonJS,
/// JSON and built-in modules (their exports arrive through `import.meta`).
pub struct Loader;

impl QLoader for Loader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _: Option<ImportAttributes<'js>>,
    ) -> Result<Module<'js, Declared>> {
        let r: Object = hook(ctx, "load")?.call((name.to_string(),))?;
        let source: String = r.get("source")?;
        let m = Module::declare(ctx.clone(), name, source)?;
        if let Some(meta) = r.get::<_, Option<Object>>("meta")? {
            let target = m.meta()?;
            for key in meta.keys::<String>() {
                let key = key?;
                let v: Value = meta.get(&key)?;
                target.set(key, v)?;
            }
        }
        Ok(m)
    }
}
