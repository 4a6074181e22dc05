/// An organisation the agreement binds or names, from the register built out of the document itself.
public struct Party: Hashable, Sendable, Codable {
    /// What kind of organisation.
    public enum Role: String, Hashable, Sendable, Codable {
        case municipality, housingAssociation, tenantsOrganisation, other
    }

    /// A stable id from the name: "gemeente-voorbeeld", "noord".
    public var id: String
    /// The fullest name found.
    public var name: String
    /// What kind of organisation.
    public var role: Role
    /// Whether it signs the agreement (named in the signing block or the list of parties).
    public var isSignatory: Bool
    /// Other names: the short name ("Noord"), a defined name ("de HVR"), damaged forms ("Gemeente Voor beeld").
    public var aliases: [String]
    /// Where the name or an alias is written.
    public var mentions: [SourceSpan]
}

/// A word that stands for a set of parties: "gemeente", "corporaties", "beide corporaties", "partijen".
public struct PartyReference: Hashable, Sendable, Codable {
    /// The words as written.
    public var text: String
    /// Where they stand.
    public var span: SourceSpan
    /// The ids of the parties meant.
    public var parties: [String]
}
