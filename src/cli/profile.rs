//! The `--profile NAME` option shared by `tail` and `tokens`.

use monitor_engine::credentials::Profile;

/// Which connection profile's saved tokens to use.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ProfileArgs {
    /// Connection profile whose tokens are saved in the system keyring.
    #[arg(long, value_name = "NAME", default_value_t = Profile::default())]
    pub profile: Profile,
}
