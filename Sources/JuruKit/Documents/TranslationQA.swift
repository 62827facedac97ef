/// Checks a document's translations the way a reviewer would, segment by segment,
/// without crying wolf: a check a translator must learn to ignore is one they switch
/// off.
public enum TranslationQA {
    public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
        /// Worth a look (a double space).
        case info
        /// Likely wrong, or not the house style (a glossary term rendered otherwise).
        case warning
        /// Wrong as it stands (a number missing, a forbidden term).
        case error

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// What is checked, by the name `juru qa --ignore` takes.
    public enum Check: String, Sendable, CaseIterable, Codable {
        case numbers, placeholders, glossary, forbidden, untranslated, untranslatedText = "source-copied",
             inconsistent, spacing, punctuation

        public var severity: Severity {
            switch self {
            case .numbers, .placeholders, .forbidden: .error
            case .glossary, .untranslated, .untranslatedText, .inconsistent, .punctuation: .warning
            case .spacing: .info
            }
        }
    }

    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// 1-based, as the REPL numbers segments; nil for the document as a whole.
        public var segment: Int?
        /// The segment's source, which an ignored finding is kept by (numbers change
        /// when segments are joined or split).
        public var source: String
        public var check: Check
        public var message: String
        public var severity: Severity { check.severity }

        public init(segment: Int?, source: String = "", check: Check, message: String) {
            self.segment = segment
            self.source = source
            self.check = check
            self.message = message
        }

        public var description: String { (segment.map { "segment \($0): " } ?? "") + message }
    }

    /// Findings for `segments` (a whole document, numbered from 1). Untranslated
    /// segments, when `untranslated` is set, are one finding for the document.
    public static func check(_ segments: [StoredSegment], glossary: Glossary, untranslated: Bool = true) -> [Finding] {
        var findings: [Finding] = []
        var translationsBySource: [String: Set<String>] = [:]
        for segment in segments {
            guard let target = segment.target else { continue }
            translationsBySource[segment.source, default: []].insert(target)
        }
        var open: [Int] = []
        for (index, segment) in segments.enumerated() {
            let number = index + 1
            let finding = { (check: Check, message: String) in
                findings.append(Finding(segment: number, source: segment.source, check: check, message: message))
            }
            guard let target = segment.target, !target.isEmpty else {
                open.append(number)
                continue
            }
            // Inline codes (XLIFF) must all come back, once each.
            for problem in Placeholders.problems(source: segment.source, target: target) {
                finding(.placeholders, problem)
            }
            // A segment of names only ("Vladimir Putin") is rightly the same in English.
            let hasCommonWord = segment.source.split(whereSeparator: { !$0.isLetter }).contains { $0.first?.isLowercase == true }
            if target == segment.source && hasCommonWord {
                finding(.untranslatedText, "the translation is the source text")
            }
            for missing in NumberCheck.missing(source: segment.source, target: target) {
                finding(.numbers, "\(missing) is not in the translation")
            }
            for term in glossary.terms(in: segment.source) {
                let targets = term.entries.flatMap(\.allowedTargets).map(\.text)
                // Names, titles and fixed expressions must come out as the glossary says;
                // a common word ("mengatakan": say) may fairly be translated otherwise.
                let isFixed = term.entries.contains { entry in
                    entry.sourceTerms.contains { $0.text.first?.isUppercase == true || $0.text.contains(" ") }
                }
                if isFixed && !targets.isEmpty && !targets.contains(where: { EnglishTermForms.contains(target, term: $0) }) {
                    finding(.glossary, "\"\(term.text)\" is not translated as \(targets.prefix(2).map { "\"\($0)\"" }.joined(separator: " or "))")
                }
                let forbidden = term.entries.flatMap(\.targetTerms).filter { $0.status == .forbidden }.map(\.text)
                for word in forbidden where target.contains(word) {
                    finding(.forbidden, "\"\(word)\" is a forbidden translation of \"\(term.text)\"")
                }
            }
            if (translationsBySource[segment.source]?.count ?? 0) > 1 {
                finding(.inconsistent, "translated differently elsewhere in the document")
            }
            if target.contains("  ") { finding(.spacing, "double space") }
            let sourceEnd = segment.source.last.map { ".!?".contains($0) } ?? false
            let targetEnd = target.last.map { ".!?\"”’)".contains($0) } ?? false
            if sourceEnd && !targetEnd {
                finding(.punctuation, "the translation does not end like a sentence")
            }
        }
        if untranslated && !open.isEmpty {
            findings.append(Finding(segment: nil, check: .untranslated,
                                    message: Plural.count(open.count, "segment") + " not translated: " + ranges(open)))
        }
        // One finding per segment and message ("pertemuan" twice is one problem).
        var seen: Set<String> = []
        return findings.filter { seen.insert($0.description).inserted }
    }

    /// 3, 5, 7–15.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count && numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end > index ? "\(numbers[index])–\(numbers[end])" : "\(numbers[index])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
