//! Entry point of the benchmark page's wasm binary (`bench.html`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    web::mount_bench();
}
