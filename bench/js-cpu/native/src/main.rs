//! Runs one JS file in native QuickJS (rquickjs) with `print` and a `performance.now`.
use rquickjs::{Context, Function, Object, Runtime};
use std::time::Instant;

fn main() {
    let file = std::env::args().nth(1).expect("usage: qjs-native FILE");
    let src = std::fs::read_to_string(&file).expect("reading the script");
    let rt = Runtime::new().unwrap();
    rt.set_max_stack_size(1 << 20);
    let ctx = Context::full(&rt).unwrap();
    let start = Instant::now();
    ctx.with(|ctx| {
        let g = ctx.globals();
        g.set("print", Function::new(ctx.clone(), |s: String| println!("{s}")).unwrap()).unwrap();
        let perf = Object::new(ctx.clone()).unwrap();
        perf.set("now", Function::new(ctx.clone(), move || start.elapsed().as_secs_f64() * 1000.0).unwrap()).unwrap();
        g.set("performance", perf).unwrap();
        if let Err(e) = ctx.eval::<(), _>(src) {
            eprintln!("error: {e}: {:?}", ctx.catch());
            std::process::exit(1);
        }
    });
    // Run the microtask queue to the end, as capjs and node do after the script.
    while rt.execute_pending_job().map_err(|_| "a job threw").unwrap() {}
}
