//! Reading and editing `Cargo.toml` files: versions as [`semver::Version`],
//! edits through `toml_edit`, so that a manifest's comments, order and
//! layout survive every change the tasks make.

use std::path::{Path, PathBuf};

use semver::Version;
use toml_edit::{DocumentMut, Item, value};

/// One parsed manifest, and the file it came from (for messages).
#[derive(Clone, Debug)]
pub struct Manifest {
    /// Where it was read from, relative to the workspace root when it can be.
    pub path: PathBuf,
    document: DocumentMut,
}

impl Manifest {
    /// Parses `text` as the manifest at `path`; a syntax error names the
    /// file, line and column.
    pub fn parse(path: &Path, text: &str) -> Result<Manifest, String> {
        let document = text.parse::<DocumentMut>().map_err(|e| {
            let at = e
                .span()
                .map(|span| {
                    let (line, column) = line_column(text, span.start);
                    format!(":{line}:{column}")
                })
                .unwrap_or_default();
            let message = e.message().trim_end().to_owned();
            format!("{}{at}: not a valid manifest: {message}", path.display())
        })?;
        Ok(Manifest {
            path: path.to_owned(),
            document,
        })
    }

    /// Reads `root/path`.
    pub fn read(root: &Path, path: &Path) -> Result<Manifest, String> {
        let text = std::fs::read_to_string(root.join(path))
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Manifest::parse(path, &text)
    }

    /// Writes the manifest back to `root/path`.
    pub fn write(&self, root: &Path) -> Result<(), String> {
        std::fs::write(root.join(&self.path), self.document.to_string())
            .map_err(|e| format!("{}: cannot write: {e}", self.path.display()))
    }

    /// The manifest's text, as it would be written.
    pub fn text(&self) -> String {
        self.document.to_string()
    }

    /// `[package] name`.
    pub fn package_name(&self) -> Option<&str> {
        self.document.get("package")?.get("name")?.as_str()
    }

    /// The package's version: its own `version`, or the workspace's when it
    /// says `version.workspace = true` (`workspace` is the root manifest).
    pub fn package_version(&self, workspace: Option<&Manifest>) -> Result<Version, String> {
        let Some(item) = self.document.get("package").and_then(|p| p.get("version")) else {
            return Err(format!(
                "{}: [package] has no `version`",
                self.path.display()
            ));
        };
        if inherits(item) {
            let workspace = workspace.ok_or_else(|| {
                format!(
                    "{}: `version.workspace = true`, and no workspace manifest was given",
                    self.path.display()
                )
            })?;
            let inherited = workspace
                .document
                .get("workspace")
                .and_then(|w| w.get("package"))
                .and_then(|p| p.get("version"))
                .and_then(Item::as_str)
                .ok_or_else(|| {
                    format!(
                        "{}: [workspace.package] has no `version` to inherit",
                        workspace.path.display()
                    )
                })?;
            return parse_version(&workspace.path, "[workspace.package] version", inherited);
        }
        let text = item.as_str().ok_or_else(|| {
            format!(
                "{}: [package] `version` is not a string",
                self.path.display()
            )
        })?;
        parse_version(&self.path, "[package] version", text)
    }

    /// Sets `[package] version`, keeping the line's comments. A version
    /// inherited from the workspace becomes the package's own.
    pub fn set_package_version(&mut self, version: &Version) -> Result<(), String> {
        let package = self
            .document
            .get_mut("package")
            .and_then(Item::as_table_like_mut)
            .ok_or_else(|| format!("{}: no [package] table", self.path.display()))?;
        match package.get_mut("version") {
            Some(item) if item.is_str() => {
                let decor = item.as_value().map(|v| v.decor().clone());
                *item = value(version.to_string());
                if let (Some(decor), Some(v)) = (decor, item.as_value_mut()) {
                    *v.decor_mut() = decor;
                }
            }
            _ => {
                package.insert("version", value(version.to_string()));
            }
        }
        Ok(())
    }

    /// The `version` requirement of `name` in `[workspace.dependencies]`.
    pub fn workspace_dependency_version(&self, name: &str) -> Option<String> {
        self.requirement(&["workspace", "dependencies"], name)
    }

    /// Sets the `version` requirement of `name` in `[workspace.dependencies]`,
    /// whether it is written as a string or as an inline table.
    pub fn set_workspace_dependency_version(
        &mut self,
        name: &str,
        requirement: &str,
    ) -> Result<(), String> {
        self.set_requirement(&["workspace", "dependencies"], name, requirement)
    }

    /// The `version` requirement of `name` in the package's `[dependencies]`.
    pub fn dependency_version(&self, name: &str) -> Option<String> {
        self.requirement(&["dependencies"], name)
    }

    /// Sets the `version` requirement of `name` in the package's
    /// `[dependencies]`.
    pub fn set_dependency_version(&mut self, name: &str, requirement: &str) -> Result<(), String> {
        self.set_requirement(&["dependencies"], name, requirement)
    }

    /// The `version` requirement of `name` in the table at `table`.
    fn requirement(&self, table: &[&str], name: &str) -> Option<String> {
        let mut item = self.document.as_item();
        for key in table {
            item = item.get(key)?;
        }
        let dependency = item.get(name)?;
        match dependency.as_str() {
            Some(requirement) => Some(requirement.to_owned()),
            None => dependency.get("version")?.as_str().map(str::to_owned),
        }
    }

    /// Sets the `version` requirement of `name` in the table at `table`,
    /// whether it is written as a string or as an inline table.
    fn set_requirement(
        &mut self,
        table: &[&str],
        name: &str,
        requirement: &str,
    ) -> Result<(), String> {
        let missing = || {
            format!(
                "{}: [{}] has no `{name}`",
                self.path.display(),
                table.join(".")
            )
        };
        let mut item = self.document.as_item_mut();
        for key in table {
            item = item.get_mut(key).ok_or_else(missing)?;
        }
        let dependency = item.get_mut(name).ok_or_else(missing)?;
        if dependency.is_str() {
            *dependency = value(requirement);
            return Ok(());
        }
        let entry = dependency
            .as_table_like_mut()
            .ok_or_else(|| format!("{}: `{name}` is not a table", self.path.display()))?;
        entry.insert("version", value(requirement));
        Ok(())
    }

    /// A table's content (`[dependencies]`, `[features]`...) without its
    /// comments and layout, or `""`: what comparing two versions of a
    /// manifest looks at.
    pub fn table_content(&self, name: &str) -> String {
        self.document.get(name).map(canonical).unwrap_or_default()
    }
}

impl Manifest {
    /// The dependencies (normal and build) that say `workspace = true`.
    pub fn inherited_dependencies(&self) -> Vec<String> {
        ["dependencies", "build-dependencies"]
            .iter()
            .filter_map(|t| self.document.get(t)?.as_table_like())
            .flat_map(|t| t.iter())
            .filter(|(_, item)| inherits(item))
            .map(|(name, _)| name.to_owned())
            .collect()
    }

    /// `[workspace.dependencies] name`'s content without comments or
    /// layout, and without the `version` of a path dependency (which
    /// follows the other crate's releases, not this one's).
    pub fn workspace_dependency_content(&self, name: &str) -> String {
        let Some(item) = self
            .document
            .get("workspace")
            .and_then(|w| w.get("dependencies"))
            .and_then(|d| d.get(name))
        else {
            return String::new();
        };
        let mut item = item.clone();
        if item.get("path").is_some()
            && let Some(table) = item.as_table_like_mut()
        {
            table.remove("version");
        }
        canonical(&item)
    }
}

/// An item's content with keys sorted and no comments or whitespace.
fn canonical(item: &Item) -> String {
    match item {
        Item::None => String::new(),
        Item::Value(v) => canonical_value(v),
        Item::Table(t) => {
            let mut entries: Vec<String> = t
                .iter()
                .map(|(k, v)| format!("{k}={}", canonical(v)))
                .collect();
            entries.sort();
            format!("{{{}}}", entries.join(","))
        }
        Item::ArrayOfTables(a) => {
            let tables: Vec<String> = a
                .iter()
                .map(|t| canonical(&Item::Table(t.clone())))
                .collect();
            format!("[{}]", tables.join(","))
        }
    }
}

fn canonical_value(value: &toml_edit::Value) -> String {
    match value {
        toml_edit::Value::Array(a) => {
            let items: Vec<String> = a.iter().map(canonical_value).collect();
            format!("[{}]", items.join(","))
        }
        toml_edit::Value::InlineTable(t) => {
            let mut entries: Vec<String> = t
                .iter()
                .map(|(k, v)| format!("{k}={}", canonical_value(v)))
                .collect();
            entries.sort();
            format!("{{{}}}", entries.join(","))
        }
        scalar => scalar.clone().decorated("", "").to_string(),
    }
}

/// Whether a manifest value is `{ workspace = true }`.
fn inherits(item: &Item) -> bool {
    item.get("workspace").and_then(Item::as_bool) == Some(true)
}

fn parse_version(path: &Path, what: &str, text: &str) -> Result<Version, String> {
    Version::parse(text).map_err(|e| {
        format!(
            "{}: {what} `{text}` is not a semver version: {e}",
            path.display()
        )
    })
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// A crate's version, from its manifest (and the workspace's when it
/// inherits): `crates/<name>/Cargo.toml` under `root`.
pub fn crate_version(root: &Path, crate_dir: &Path) -> Result<Version, String> {
    let manifest = Manifest::read(root, &crate_dir.join("Cargo.toml"))?;
    let workspace = Manifest::read(root, Path::new("Cargo.toml")).ok();
    manifest.package_version(workspace.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CRATE: &str = "[package]\nname = \"x\"\n# why this version\nversion = \"0.1.0\" # trailing\nedition.workspace = true\n\n[dependencies]\nserde.workspace = true\n";
    const ROOT: &str = "[workspace]\nmembers = []\n\n[workspace.package]\nversion = \"0.3.1\"\n\n[workspace.dependencies]\n# the runtime\nclient-runtime = { path = \"crates/client-runtime\", version = \"0.1.0\", default-features = false }\nserde = \"1\"\n";

    fn parse(text: &str) -> Manifest {
        Manifest::parse(Path::new("crates/x/Cargo.toml"), text).unwrap()
    }

    #[test]
    fn reads_its_own_version_and_an_inherited_one() {
        let root = Manifest::parse(Path::new("Cargo.toml"), ROOT).unwrap();
        assert_eq!(
            parse(CRATE).package_version(None).unwrap(),
            Version::new(0, 1, 0)
        );
        let inheriting = parse("[package]\nname = \"x\"\nversion.workspace = true\n");
        assert_eq!(
            inheriting.package_version(Some(&root)).unwrap(),
            Version::new(0, 3, 1)
        );
        assert!(inheriting.package_version(None).is_err());
    }

    #[test]
    fn setting_the_version_keeps_comments_and_layout() {
        let mut manifest = parse(CRATE);
        manifest
            .set_package_version(&Version::new(0, 2, 0))
            .unwrap();
        assert_eq!(
            manifest.text(),
            CRATE.replace("version = \"0.1.0\"", "version = \"0.2.0\"")
        );
    }

    #[test]
    fn setting_a_workspace_dependency_version_keeps_the_rest_of_the_table() {
        let mut root = Manifest::parse(Path::new("Cargo.toml"), ROOT).unwrap();
        assert_eq!(
            root.workspace_dependency_version("client-runtime")
                .as_deref(),
            Some("0.1.0")
        );
        root.set_workspace_dependency_version("client-runtime", "0.2.0")
            .unwrap();
        root.set_workspace_dependency_version("serde", "1.0.300")
            .unwrap();
        assert_eq!(
            root.text(),
            ROOT.replace("version = \"0.1.0\"", "version = \"0.2.0\"")
                .replace("serde = \"1\"", "serde = \"1.0.300\"")
        );
    }

    #[test]
    fn table_content_ignores_comments_and_layout() {
        let a = parse("[features]\n# TLS\ndefault = [\"rustls\"]\nrustls = [\"r/rustls\"]\n");
        let b = parse("[features]\nrustls = [ \"r/rustls\" ] # why\ndefault = [\"rustls\"]\n");
        let c = parse("[features]\ndefault = []\nrustls = [\"r/rustls\"]\n");
        assert_eq!(a.table_content("features"), b.table_content("features"));
        assert_ne!(a.table_content("features"), c.table_content("features"));
        assert_eq!(a.table_content("dependencies"), "");
    }

    #[test]
    fn a_broken_manifest_is_named_with_its_line_and_column() {
        let e =
            Manifest::parse(Path::new("crates/x/Cargo.toml"), "[package]\nname = \n").unwrap_err();
        assert!(
            e.starts_with("crates/x/Cargo.toml:2:8: not a valid manifest"),
            "{e}"
        );
        let e = parse("[package]\nname = \"x\"\nversion = \"one\"\n")
            .package_version(None)
            .unwrap_err();
        assert!(e.contains("`one` is not a semver version"), "{e}");
    }
}
