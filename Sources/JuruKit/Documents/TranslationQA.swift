/// Checks a document's translations the way a reviewer would, segment by segment.
public enum TranslationQA {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// 1-based, as the REPL numbers segments.
        public var segment: Int
        public var message: String
        public var description: String { "segment \(segment): \(message)" }
    }

    /// Findings for `segments` (a whole document, numbered from 1); untranslated
    /// segments are reported only when `untranslated` is set.
    public static func check(_ segments: [StoredSegment], glossary: Glossary, untranslated: Bool = true) -> [Finding] {
        var findings: [Finding] = []
        var translationsBySource: [String: Set<String>] = [:]
        for segment in segments {
            guard let target = segment.target else { continue }
            translationsBySource[segment.source, default: []].insert(target)
        }
        for (index, segment) in segments.enumerated() {
            let number = index + 1
            guard let target = segment.target, !target.isEmpty else {
                if untranslated { findings.append(Finding(segment: number, message: "not translated")) }
                continue
            }
            // Inline codes (XLIFF) must all come back, once each.
            for problem in Placeholders.problems(source: segment.source, target: target) {
                findings.append(Finding(segment: number, message: problem))
            }
            if target == segment.source && segment.source.contains(where: \.isLetter) {
                findings.append(Finding(segment: number, message: "the translation is the source text"))
            }
            let targetNumbers = Set(NumberForms.numbers(in: target).map { NumberForms.canonical($0.text, language: .english) })
            for value in NumberForms.numbers(in: segment.source)
            where !targetNumbers.contains(NumberForms.canonical(value.text, language: .indonesian)) {
                findings.append(Finding(segment: number, message: "number \(NumberForms.english(value.text)) is not in the translation"))
            }
            for term in glossary.terms(in: segment.source) {
                let targets = term.entries.flatMap(\.allowedTargets).map(\.text)
                // Names, titles and fixed expressions must come out as the glossary says;
                // a common word ("mengatakan": say) may fairly be translated otherwise.
                let isFixed = term.entries.contains { entry in
                    entry.sourceTerms.contains { $0.text.first?.isUppercase == true || $0.text.contains(" ") }
                }
                if isFixed && !targets.isEmpty && !targets.contains(where: { target.localizedCaseInsensitiveContains($0) }) {
                    findings.append(Finding(segment: number, message: "\"\(term.text)\" is not translated as \(targets.prefix(2).map { "\"\($0)\"" }.joined(separator: " or "))"))
                }
                let forbidden = term.entries.flatMap(\.targetTerms).filter { $0.status == .forbidden }.map(\.text)
                for word in forbidden where target.contains(word) {
                    findings.append(Finding(segment: number, message: "\"\(word)\" is a forbidden translation of \"\(term.text)\""))
                }
            }
            if (translationsBySource[segment.source]?.count ?? 0) > 1 {
                findings.append(Finding(segment: number, message: "translated differently elsewhere in the document"))
            }
            if target.contains("  ") { findings.append(Finding(segment: number, message: "double space")) }
            let sourceEnd = segment.source.last.map { ".!?".contains($0) } ?? false
            let targetEnd = target.last.map { ".!?\"”’)".contains($0) } ?? false
            if sourceEnd && !targetEnd {
                findings.append(Finding(segment: number, message: "the translation does not end like a sentence"))
            }
        }
        // One finding per segment and message ("pertemuan" twice is one problem).
        var seen: Set<String> = []
        return findings.filter { seen.insert($0.description).inserted }
    }
}
