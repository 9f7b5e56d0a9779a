//! Embedding capjs: two sandboxes on one thread, one granted an environment variable
//! and one stopped by its CPU budget while the other keeps running.
use capjs::{
    permissions::{Grant, Scope},
    Grants, Limits, Main, Output, Runtime, SandboxConfig,
};
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), capjs::Error> {
    let runtime = Runtime::new()?;
    let greeter = SandboxConfig {
        grants: Grants {
            env: Grant { allow: Scope::Some(vec!["GREETING".into()]), deny: Scope::None },
            ..Default::default()
        },
        env: vec![("GREETING".into(), "hello from a plugin".into()), ("SECRET".into(), "not visible".into())],
        stdout: Output::buffer(),
        ..Default::default()
    };
    let out = greeter.stdout.clone();
    let hog = SandboxConfig {
        limits: Limits { cpu_time: Some(Duration::from_millis(200)), ..Default::default() },
        ..Default::default()
    };
    let code = "let n = 0; const t = setInterval(() => { console.log(process.env.GREETING, ++n, process.env.SECRET); \
                if (n === 3) clearInterval(t); }, 50);";
    let (a, b) = tokio::join!(
        runtime.sandbox(greeter)?.run(Main::Eval(code.into()), vec![]),
        runtime.sandbox(hog)?.run(Main::Eval("for (;;) {}".into()), vec![]),
    );
    print!("{}", out.contents());
    println!("greeter exited with {}", a?.code);
    println!("hog: {}", b.expect_err("the hog is stopped"));
    Ok(())
}
