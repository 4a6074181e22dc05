/// The library's version, printed by `afspraken --version`.
public enum Afspraken {
    /// Semantic version of the tool and library.
    public static let version = "0.1.0"
}
