/// What a line typed in the REPL asks for.
enum ReplCommand: Equatable {
    /// Text: the translation of the segment in hand.
    case confirm(String)
    /// An empty line: confirm the draft in the edit line, if any.
    case confirmDraft
    case next, previous, skip
    case go(Int)
    /// `:1`…`:5`: take a match into the edit line.
    case takeMatch(Int)
    /// `:t N`: put glossary term N into the edit line.
    case insertTerm(Int)
    /// `:del N`: delete match N's unit from the memory.
    case deleteMatch(Int)
    /// `:edit N TEXT`: give match N's unit a corrected translation.
    case editMatch(Int, String)
    case undo
    case join
    /// `:split N`: split the segment after word N.
    case split(Int)
    case concordance(String)
    case stats, qa, help, quit
    case unknown(String)

    init(_ line: String) {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix(":") else {
            self = text.isEmpty ? .confirmDraft : .confirm(text)
            return
        }
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "n", "next": self = .next
        case "p", "prev", "previous": self = .previous
        case "skip", "s": self = .skip
        case "g", "go": self = Int(argument).map(ReplCommand.go) ?? .unknown(text)
        case "t", "term": self = Int(argument).map(ReplCommand.insertTerm) ?? .unknown(text)
        case "del", "delete": self = Int(argument).map(ReplCommand.deleteMatch) ?? .unknown(text)
        case "edit":
            let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
            if words.count == 2, let number = Int(words[0]) { self = .editMatch(number, words[1]) } else { self = .unknown(text) }
        case "u", "undo": self = .undo
        case "join": self = .join
        case "split": self = Int(argument).map(ReplCommand.split) ?? .unknown(text)
        case "c", "concordance": self = argument.isEmpty ? .unknown(text) : .concordance(argument)
        case "stats": self = .stats
        case "qa": self = .qa
        case "h", "help", "?": self = .help
        case "q", "quit": self = .quit
        default:
            if let number = Int(name), (1...5).contains(number) { self = .takeMatch(number) } else { self = .unknown(text) }
        }
    }

    /// Whether the line confirms a translation.
    var confirms: Bool {
        switch self {
        case .confirm, .confirmDraft: true
        default: false
        }
    }

    static let helpText = """
        Type the translation and press Enter to confirm it (an empty line confirms what
        is already in the edit line). Commands:
          :n :p        next / previous segment        :g N    go to segment N
          :1 … :5      take match N into the line     :t N    insert glossary term N
          :u           undo the last confirmation     :skip   leave this one for later
          :del N       delete match N from the memory :edit N TEXT  correct match N's translation
          :join        join with the next segment     :split N  split after word N
                       (undo does not go past a join or a split)
          :c WORDS     search the memory and glossary :stats  progress of the document
          :qa          check the translations so far  :h      this help
          :q           quit (every confirmation is already saved)
        """
}
