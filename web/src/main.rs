//! Entry point of the wasm binary: mounts the app on `#app`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    web::mount();
}
