import Foundation
import Testing
@testable import JuruKit

/// Sentences only one side has, in the middle of an article: they must come out as
/// 1:0 and 0:1, not as a 1:1 that puts an unrelated pair in the memory.
struct StrayLinesTests {
    /// A seed article with an English edition written for this test: the detail on
    /// Artyom's distance from the border (254 km, Khasan) is cut, and a background
    /// sentence on the invasion of Ukraine (February 2022) stands in its place.
    static func edition() throws -> SentenceAlignerTests.GoldDocument {
        try JSONDecoder().decode(SentenceAlignerTests.GoldDocument.self,
                                 from: Data(contentsOf: Fixtures.url("alignment/republika-kim-pulang.json")))
    }

    @Test func aBackgroundLineAddedAndADetailCutAreLeftUnlinked() throws {
        let document = try Self.edition()
        let glossary = WorkspaceGlossary(workspace: Workspace(root: Fixtures.repositoryRoot)).load().glossary
        for aligner in [SentenceAligner(glossary: glossary), SentenceAligner()] {
            let links = aligner.align(source: document.source, target: document.target)
                .map { [Array($0.source), Array($0.target)] }
            let added = document.target.firstIndex { $0.hasPrefix("Russia launched its full-scale invasion") }!
            let cut = document.source.firstIndex { $0.hasPrefix("Artyom terletak 254 kilometer") }!
            #expect(links.first { $0[1].contains(added) } == [[], [added]])
            #expect(links.first { $0[0].contains(cut) } == [[cut], []])
            #expect(Set(links) == Set(document.links), "\(Set(links).symmetricDifference(Set(document.links)))")
        }
    }

    @Test func afternoonTimesAreReadAsIndonesianWritesThem() {
        #expect(CueExtractor.numbers(in: "Fire rescue crews doused the fire by 11:35 pm.", language: .english)
            .contains("23.35"))
        #expect(CueExtractor.numbers(in: "Between 10:00-11:00 p.m. MDT, a fire was started.", language: .english)
            .contains("22.00"))
        #expect(!CueExtractor.numbers(in: "The talks began at 9:30 am.", language: .english).contains("21.30"))
    }
}
