//! The policy on Windows: values under `Software\Policies\Mews Monitor` in
//! `HKEY_LOCAL_MACHINE` (the computer's) and `HKEY_CURRENT_USER` (the user's), as Group
//! Policy and Intune write them. Text values (`REG_SZ`, `REG_EXPAND_SZ`) are read as text,
//! `REG_DWORD` and `REG_QWORD` as numbers; a value of another kind is read as what it is,
//! so that its problem names it.

use windows_registry::{CURRENT_USER, Key, LOCAL_MACHINE, Type, Value};

use super::read::{Layer, PolicyProblem, RawValue, Scope};

/// The policy key, under each root.
pub(super) const POLICY_KEY: &str = r"Software\Policies\Mews Monitor";

/// The computer's layer, then the user's; a root without the key gives no layer.
pub(super) fn layers() -> Vec<Layer> {
    [
        (LOCAL_MACHINE, Scope::Computer),
        (CURRENT_USER, Scope::User),
    ]
    .into_iter()
    .filter_map(|(root, scope)| layer(root, scope))
    .collect()
}

fn layer(root: &Key, scope: Scope) -> Option<Layer> {
    // No key (the usual case) or no right to read it: nothing set.
    let key = root.open(POLICY_KEY).ok()?;
    let mut layer = Layer::new(scope);
    let values = match key.values() {
        Ok(values) => values,
        Err(error) => {
            layer.problems.push(PolicyProblem::Unreadable {
                scope: layer.scope.clone(),
                why: error.message(),
            });
            return Some(layer);
        }
    };
    layer
        .values
        .extend(values.map(|(name, value)| (name, raw(value))));
    Some(layer)
}

/// The value as the policy reads it; a kind no setting holds is named.
fn raw(value: Value) -> RawValue {
    let read = match value.ty() {
        Type::String | Type::ExpandString => String::try_from(value).ok().map(RawValue::Text),
        Type::U32 => u32::try_from(value)
            .ok()
            .map(|number| RawValue::Number(number.into())),
        Type::U64 => u64::try_from(value).ok().map(RawValue::Number),
        Type::MultiString => return RawValue::Other("REG_MULTI_SZ"),
        _ => return RawValue::Other("binary"),
    };
    read.unwrap_or(RawValue::Other("damaged"))
}
