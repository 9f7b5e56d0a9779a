//! Host bindings generated from wit/ (package capjs:runtime).
wasmtime::component::bindgen!({
    world: "sandbox",
    path: "../wit",
    imports: {
        "capjs:runtime/loop.poll": async | trappable,
        "capjs:runtime/fs.call": async | trappable,
        "capjs:runtime/fs.submit": async | trappable,
        default: trappable,
    },
    exports: { default: async },
});
