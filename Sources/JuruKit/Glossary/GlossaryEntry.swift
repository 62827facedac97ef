/// One concept of a glossary: the Indonesian terms for it and their English
/// translations, as a TBX `termEntry` holds them. A line of an OmegaT or CSV
/// glossary is an entry with one term on each side.
public struct GlossaryEntry: Sendable, Equatable, Codable {
    /// Indonesian terms (synonyms such as "KTT" and "pertemuan puncak").
    public var sourceTerms: [GlossaryTerm]
    /// English translations, the preferred one first.
    public var targetTerms: [GlossaryTerm]
    /// A note on the whole entry (OmegaT's comment column, TBX `note`/`definition`).
    public var note: String?
    /// Where the entry was read, for messages and for the REPL.
    public var origin: String?

    public init(sourceTerms: [GlossaryTerm], targetTerms: [GlossaryTerm], note: String? = nil, origin: String? = nil) {
        self.sourceTerms = sourceTerms
        self.targetTerms = targetTerms
        self.note = note
        self.origin = origin
    }

    /// An entry with one term on each side.
    public init(source: String, target: String, note: String? = nil, origin: String? = nil) {
        self.init(sourceTerms: [GlossaryTerm(source)], targetTerms: [GlossaryTerm(target)], note: note, origin: origin)
    }

    /// The first Indonesian term.
    public var source: String { sourceTerms.first?.text ?? "" }
    /// The translations a translator may use: every English term that is not forbidden.
    public var allowedTargets: [GlossaryTerm] { targetTerms.filter { $0.status != .forbidden } }
}

/// A term in one language, with what TBX can say about it.
public struct GlossaryTerm: Sendable, Equatable, Codable {
    public var text: String
    /// As TBX writes it: noun, verb, adjective, properNoun, …
    public var partOfSpeech: String?
    public var status: TermStatus?
    public var note: String?

    /// Said to be a verb: a bare verb ("tembak") is then found in its affixed forms
    /// too ("menembak", "ditembak"); unsaid, a bare word is read as a noun or adjective.
    public var isVerb: Bool {
        guard let partOfSpeech else { return false }
        return ["verb", "v", "verba", "kata kerja"].contains(partOfSpeech.lowercased())
    }

    public init(_ text: String, partOfSpeech: String? = nil, status: TermStatus? = nil, note: String? = nil) {
        self.text = text
        self.partOfSpeech = partOfSpeech
        self.status = status
        self.note = note
    }
}

/// TBX-Basic's administrative status of a term.
public enum TermStatus: String, Sendable, Codable, CaseIterable {
    case preferred
    case admitted
    /// Deprecated or superseded: a translation the translator must not use.
    case forbidden

    /// The status of a TBX `administrativeStatus` value (`deprecatedTerm-admn-sts`…).
    public init?(tbxValue: String) {
        switch tbxValue.lowercased() {
        case "preferredterm-admn-sts", "preferredterm", "preferred": self = .preferred
        case "admittedterm-admn-sts", "admittedterm", "admitted": self = .admitted
        case "deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecatedterm", "supersededterm",
             "deprecated", "superseded", "forbidden":
            self = .forbidden
        default: return nil
        }
    }

    /// The value TBX-Basic writes for it.
    public var tbxValue: String {
        switch self {
        case .preferred: "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .forbidden: "deprecatedTerm-admn-sts"
        }
    }
}
