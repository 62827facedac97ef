import Foundation
@testable import JuruKit

/// The cleaning development set: real pages from Indonesian outlets in
/// `Fixtures/cleaning`, each `NAME.txt` with `NAME.gold` (one row a non-empty line of
/// the page: its kind, or `drop` for page furniture, a tab, the line) and
/// `NAME.source` (address, date, outlet).
enum CleaningDevSet {
    struct Page {
        var name: String
        var text: String
        /// The marked kind of each non-empty line, in order; nil for furniture.
        var gold: [(kind: ParagraphKind?, text: String)]
    }

    /// The pages of `folder`: `cleaning` (the development set) or `cleaning-fresh` (pages
    /// of other outlets, marked before the cleaner first ran on them, never tuned on).
    static func pages(in folder: String = "cleaning") throws -> [Page] {
        let directory = Fixtures.url(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        return try names.map { name in
            let text = try Fixtures.text("\(folder)/\(name).txt")
            let gold = try Fixtures.text("\(folder)/\(name).gold").split(separator: "\n").map { row in
                let fields = row.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                let label = String(fields[0])
                return (kind: label == "drop" ? nil : ParagraphKind(rawValue: label), text: String(fields[1]))
            }
            return Page(name: name, text: text, gold: gold)
        }
    }

    /// One disagreement between the cleaner and the marking.
    struct Miss: CustomStringConvertible {
        var page: String
        var line: String
        var gold: ParagraphKind?
        var cleaned: ParagraphKind?
        var description: String {
            "\(page): marked \(gold?.rawValue ?? "drop"), cleaned \(cleaned?.rawValue ?? "set aside"): \(line)"
        }
    }

    struct Score {
        var keptRight = 0, kept = 0, marked = 0, kindsRight = 0
        var misses: [Miss] = []
        /// Lines of the article set aside with no copy of their text kept: text lost.
        var lost: [Miss] = []
        var precision: Double { kept == 0 ? 1 : Double(keptRight) / Double(kept) }
        var recall: Double { marked == 0 ? 1 : Double(keptRight) / Double(marked) }
        var kindAccuracy: Double { keptRight == 0 ? 1 : Double(kindsRight) / Double(keptRight) }
        var summary: String {
            String(format: "kept-line precision %.3f (%d/%d), recall %.3f (%d/%d), kinds %.3f (%d/%d)",
                   precision, keptRight, kept, recall, keptRight, marked, kindAccuracy, kindsRight, keptRight)
        }
    }

    /// Compares the cleaner's decision on every non-empty line with the marking.
    static func score(_ pages: [Page], cleaner: ArticleCleaner = ArticleCleaner()) -> Score {
        var score = Score()
        for page in pages {
            let article = cleaner.clean(page.text)
            var kinds: [Int: ParagraphKind] = [:]
            for paragraph in article.paragraphs { kinds[paragraph.line] = paragraph.kind }
            let keptCopies = Set(article.paragraphs.map { Self.comparable($0.text) })
            let numbers = page.text.sourceLines().filter { !$0.text.isEmpty }.map(\.number)
            precondition(numbers.count == page.gold.count, "\(page.name): gold rows and lines differ")
            for (number, gold) in zip(numbers, page.gold) {
                let cleaned = kinds[number]
                if cleaned != nil { score.kept += 1 }
                if gold.kind != nil { score.marked += 1 }
                if cleaned != nil && gold.kind != nil {
                    score.keptRight += 1
                    if cleaned == gold.kind { score.kindsRight += 1 }
                }
                if cleaned != gold.kind {
                    score.misses.append(Miss(page: page.name, line: gold.text, gold: gold.kind, cleaned: cleaned))
                }
                if gold.kind != nil, cleaned == nil, !keptCopies.contains(Self.comparable(gold.text)) {
                    score.lost.append(Miss(page: page.name, line: gold.text, gold: gold.kind, cleaned: nil))
                }
            }
        }
        return score
    }

    /// Letters and digits only, lowercased: a copy printed with another stop or case.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
