//! `clearslate serve`: the web application.

use std::net::SocketAddr;

use crate::Failure;

/// Arguments of `serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Database URL; default: an SQLite file `clearslate.db` in the
    /// working folder, created and migrated at start.
    #[arg(long, value_name = "URL")]
    database: Option<String>,
}

/// Run `serve`.
pub fn run(args: Args) -> Result<(), Failure> {
    let url = args.database.unwrap_or_else(|| store::DEFAULT_URL.into());
    web::serve_blocking(args.addr, &url).map_err(|e| Failure::Input(format!("serve: {e}")))
}
