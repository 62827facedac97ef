import Foundation
import Testing
@testable import JuruKit

/// D9, D19: rules that would hang the segmenter or are empty.
@Suite("Runaway and empty SRX rules")
struct RunawayRuleTests {
    static func rules(_ list: [SegmentationRule]) -> SegmentationRules {
        SegmentationRules(language: .indonesian, rules: list, source: "test.srx")
    }

    @Test("D9: a rule that backtracks without end is refused when loaded, naming the rule")
    func nestedRepetitionIsRefused() throws {
        let list = [SegmentationRule(isBreak: false, beforeBreak: #"\bDr\."#, afterBreak: #"\s"#),
                    SegmentationRule(isBreak: true, beforeBreak: "(a+)+$", afterBreak: "")]
        let started = Date()
        let error = #expect(throws: SegmentationError.self) { try Segmenter(rules: Self.rules(list)) }
        if case .invalidRule(let source, let rule, let reason)? = error {
            #expect(source == "test.srx" && rule == 2)
            #expect(reason.contains("takes too long"), "\(reason)")
        } else {
            Issue.record("a runaway rule was accepted: \(String(describing: error))")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("D9: a runaway rule the probe misses is stopped by ICU's limit on real text, and reported")
    func runawayRuleIsStoppedAtRunTime() throws {
        // The letters are written as code points, so the load-time probe, which runs
        // the characters a pattern spells out, does not try them.
        let list = [SegmentationRule(isBreak: true, beforeBreak: #"(?:[\x{71}\x{72}]+\s?)+$"#, afterBreak: "")]
        let segmenter = try Segmenter(rules: Self.rules(list))
        let started = Date()
        let text = String(repeating: "q", count: 40) + "! Kalimat kedua."
        _ = segmenter.segments(in: text)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(segmenter.stoppedRules == [.ruleStopped(source: "test.srx", rule: 1)])
    }

    @Test("D19: an empty after-break pattern matches anywhere; two empty patterns are named as such")
    func emptyPatterns() throws {
        let segmenter = try Segmenter(rules: Self.rules([SegmentationRule(isBreak: false, beforeBreak: #"\bDr\."#, afterBreak: "")]))
        #expect(segmenter.segments(in: "Ia bertemu Dr. Ali. Mereka berbicara.") == ["Ia bertemu Dr. Ali.", "Mereka berbicara."])
        #expect(throws: SegmentationError.invalidRule(source: "test.srx", rule: 1,
                                                      reason: "both the before-break and the after-break pattern are empty")) {
            try Segmenter(rules: Self.rules([SegmentationRule(isBreak: true, beforeBreak: "", afterBreak: "")]))
        }
        let message = SegmentationError.invalidRule(source: "test.srx", rule: 1, reason: "x").localizedDescription
        #expect(!message.contains("offset"))
    }
}
