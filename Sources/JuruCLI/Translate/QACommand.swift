import ArgumentParser
import Foundation
import JuruKit

/// `juru qa`: the checks a reviewer runs, per segment, quiet enough to leave on:
/// each finding has its check and severity, checks can be switched off, findings a
/// translator has looked at can be let stand, and the exit status says whether
/// anything at or above `--fail-on` is left.
struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Check translations: numbers, glossary terms, untranslated and inconsistent segments, spacing, punctuation.",
        discussion: """
            Checks: \(TranslationQA.Check.allCases.map { "\($0.rawValue) (\($0.severity.rawValue))" }.joined(separator: ", ")). \
            Exits 1 when a finding at or above --fail-on is left, 0 otherwise. Findings let stand \
            with --ignore-finding are kept per document in memory/qa-ignore.json.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "One document; all when left out.")
    var document: String?

    @Option(name: .customLong("ignore"), help: ArgumentHelp("Leave out this check (repeatable).", valueName: "check"))
    var ignoredChecks: [TranslationQA.Check] = []

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding of this severity or above is left.", valueName: "severity"))
    var failOn: TranslationQA.Severity = .error

    @Option(name: .customLong("ignore-finding"), help: ArgumentHelp(
        "Let the findings of segment N stand from now on, or only those of one check (repeatable).", valueName: "N[:check]"))
    var ignoredFindings: [FindingSelector] = []

    @Flag(name: .customLong("forget-ignored"), help: "Show again the findings let stand in the document.")
    var forgetIgnored = false

    func validate() throws {
        if (!ignoredFindings.isEmpty || forgetIgnored) && document == nil {
            throw ValidationError("Name the document whose findings to let stand or show again.")
        }
    }

    func run() throws {
        let store = try workspace.openStore()
        let (_, glossary) = try workspace.loadGlossary()
        let ignoreFile = QAIgnoreList.file(in: try workspace.resolved())
        var ignoreList = try QAIgnoreList.load(ignoreFile)
        var listChanged = false
        var shown: [TranslationQA.Finding] = []
        var ignored = 0
        for document in try workspace.documents(named: document, in: store) {
            let findings = TranslationQA.check(try store.segments(of: document), glossary: glossary)
            if forgetIgnored {
                print("\(document.name): \(count(ignoreList.forget(document.name), "finding")) shown again")
                listChanged = true
            }
            for selector in ignoredFindings {
                let chosen = findings.filter(selector.selects)
                if chosen.isEmpty { print("\(document.name): segment \(selector.segment) has no finding\(selector.check.map { " of \($0.rawValue)" } ?? "") to let stand") }
                for finding in chosen where ignoreList.ignore(finding, in: document.name) { listChanged = true }
            }
            for finding in findings {
                if ignoredChecks.contains(finding.check) { continue }
                if ignoreList.isIgnored(finding, in: document.name) { ignored += 1; continue }
                shown.append(finding)
                print("\(document.name): " + (finding.segment.map { "segment \($0): " } ?? "")
                      + "\(finding.severity.rawValue): \(finding.message) [\(finding.check.rawValue)]")
            }
        }
        if listChanged { try ignoreList.save(ignoreFile) }
        let letStand = ignored > 0 ? " (\(ignored) let stand)" : ""
        if shown.isEmpty {
            print("QA: nothing to report.\(letStand)")
        } else {
            let bySeverity = TranslationQA.Severity.allCases.reversed().compactMap { severity -> String? in
                let number = shown.filter { $0.severity == severity }.count
                return number > 0 ? count(number, severity.rawValue) : nil
            }
            print("\(count(shown.count, "finding")): \(bySeverity.joined(separator: ", "))\(letStand)")
        }
        if shown.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

extension TranslationQA.Check: ExpressibleByArgument {}
extension TranslationQA.Severity: ExpressibleByArgument {}

/// `12` or `12:numbers`: the findings of a segment, or of one check in it.
struct FindingSelector: ExpressibleByArgument {
    var segment: Int
    var check: TranslationQA.Check?

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1)
        guard let first = parts.first, let segment = Int(first), segment >= 1 else { return nil }
        self.segment = segment
        if parts.count > 1 {
            guard let check = TranslationQA.Check(rawValue: String(parts[1])) else { return nil }
            self.check = check
        }
    }

    func selects(_ finding: TranslationQA.Finding) -> Bool {
        finding.segment == segment && (check == nil || finding.check == check)
    }
}
