import JuruKit

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
    /// `:l [new|draft|translated|reviewed|qa|all]`: the document's segments.
    case list(SegmentFilter)
    /// `:f TEXT`: segments whose source or translation has TEXT.
    case find(String)
    /// `:ok`: mark the segment reviewed.
    case review
    /// `:note TEXT` sets the segment's note, `:note -` clears it (nil), `:note` shows it.
    case note(String?)
    case showNote
    /// `:r OLD NEW`: replace OLD by NEW in the document's translations.
    case replace(String, String)
    /// A known command with arguments it cannot take: how to use it.
    case usage(String)
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
        case "l", "list":
            if let filter = SegmentFilter(rawValue: argument.isEmpty ? "all" : argument.lowercased()) { self = .list(filter) } else { self = .unknown(text) }
        case "f", "find": self = argument.isEmpty ? .unknown(text) : .find(argument)
        case "ok", "reviewed": self = .review
        case "note": self = argument.isEmpty ? .showNote : .note(argument == "-" ? nil : argument)
        case "r", "replace":
            if let (old, new) = Self.pair(argument), !old.isEmpty { self = .replace(old, new) } else {
                self = .usage("Use :r OLD NEW, with quotes round text with spaces: :r \"Kim Jong un\" \"Kim Jong Un\".")
            }
        case "stats": self = .stats
        case "qa": self = .qa
        case "h", "help", "?": self = .help
        case "q", "quit": self = .quit
        default:
            if let number = Int(name), argument.isEmpty { self = .takeMatch(number) } else { self = .unknown(text) }
        }
    }

    /// A line of text that ends in something that reads as a command (`…to attend
    /// the:t 1`): the text before it, and the command, to run on that text as the
    /// draft rather than store the whole line as a translation. A colon after a digit
    /// (`3:1`, `13:45`) or before a space (`said: go`) is text.
    static func trailing(_ line: String) -> (text: String, command: ReplCommand)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.hasPrefix(":") else { return nil }
        var index = trimmed.endIndex
        while let colon = trimmed[..<index].lastIndex(of: ":") {
            index = colon
            let after = trimmed[trimmed.index(after: colon)...]
            guard let first = after.first, !first.isWhitespace, colon > trimmed.startIndex,
                  !trimmed[trimmed.index(before: colon)].isNumber else { continue }
            let command = ReplCommand(String(trimmed[colon...]))
            if case .unknown = command { continue }
            return (String(trimmed[..<colon]).trimmingCharacters(in: .whitespaces), command)
        }
        return nil
    }

    /// `OLD NEW` as two words, or either in quotes ("…" or “…”) when it has spaces
    /// or is empty. Nil unless there are exactly two.
    static func pair(_ argument: String) -> (String, String)? {
        var parts: [String] = []
        var rest = Substring(argument)
        while let first = rest.first(where: { !$0.isWhitespace }) {
            rest = rest[rest.firstIndex(of: first)!...]
            if first == "\"" || first == "“" {
                let closing: Character = first == "“" ? "”" : "\""
                let body = rest.dropFirst()
                guard let end = body.firstIndex(of: closing) else { return nil }
                parts.append(String(body[..<end]))
                rest = body[body.index(after: end)...]
                // A closing quote ends the text: what follows must be a space or nothing.
                if let next = rest.first, !next.isWhitespace { return nil }
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                parts.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
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
        is already in the edit line). A line that starts with : is a command; a command
        at the end of a line (…the:t 1) acts on the text before it, never stored.
        Keys:
          Alt-1 … Alt-9  insert glossary term N at the cursor   Alt-0  its next translation
          Ctrl-X N       replace the line with match N
          Page Down / Alt-n, Page Up / Alt-p   next / previous segment, keeping the line as a draft
          Alt-u          next segment that needs work           Ctrl-L redraw
          Ctrl-C         clear the line (on an empty line: quit) Ctrl-D on an empty line: quit
        Commands:
          :n :p        next / previous segment (the line kept as a draft)   :g N  go to segment N
          :1 … :5      take match N into the line     :t N    insert glossary term N
          :u           undo the last confirmation     :skip   leave this one for later
          :del N       delete match N from the memory :edit N TEXT  correct match N's translation
          :join        join with the next segment     :split N  split after word N
                       (undo does not go past a join or a split)
          :c WORDS     search the memory and glossary :stats  states and pay bands
          :l [new|draft|translated|reviewed|qa|all]  list segments, paged (qa: those with QA findings)
          :f TEXT      find in sources and translations
          :ok          mark the segment reviewed and go on
          :note TEXT   keep a note on the segment (exported with it)  :note  show it  :note -  clear it
          :r OLD NEW   replace OLD by NEW in the translations (exact case; quote text with spaces),
                       after a preview and one y; :u undoes the whole replacement
          :qa          check the translations so far  :h      this help
          :q           quit (every confirmation is already saved)
        """
}

/// Which segments `:l` lists: by state, those with QA findings, or all.
enum SegmentFilter: String, Equatable, CaseIterable {
    case new, draft, translated, reviewed, qa, all

    /// Whether `segment` is listed; `flagged` holds the numbers of the segments with
    /// QA findings (only `qa` looks at them).
    func includes(_ segment: StoredSegment, flagged: Set<Int> = []) -> Bool {
        switch self {
        case .all: true
        case .qa: flagged.contains(segment.position + 1)
        default: segment.state.rawValue == rawValue
        }
    }
}
