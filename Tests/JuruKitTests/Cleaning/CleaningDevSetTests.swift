import Foundation
import Testing
@testable import JuruKit

@Suite("Cleaning on the development set of real pages")
struct CleaningDevSetTests {
    /// The pages of `folder` scored, with the figures and every miss printed for review.
    func scored(_ folder: String, _ title: String, atLeast pages: Int) throws -> CleaningDevSet.Score {
        let pageSet = try CleaningDevSet.pages(in: folder)
        #expect(pageSet.count >= pages)
        let score = CleaningDevSet.score(pageSet)
        print("Cleaning, \(pageSet.count) \(title): \(score.summary)")
        for miss in score.misses { print("  \(miss)") }
        return score
    }

    @Test("Kept lines are the article's: precision ≥ 0.98, no content line dropped, kinds right")
    func devSet() throws {
        let score = try scored("cleaning", "pages of the development set", atLeast: 30)
        #expect(score.recall == 1, "content dropped: \(score.lost)")
        #expect(score.precision >= 0.98, "\(score.summary)")
        #expect(score.kindAccuracy >= 0.95, "\(score.summary)")
    }

    /// Pages of eight outlets the development set does not have. Their figures are
    /// reported apart: what the cleaner does on an outlet it was not shaped on.
    @Test("On outlets outside the development set no content line is dropped")
    func freshOutlets() throws {
        let score = try scored("cleaning-fresh", "pages of other outlets", atLeast: 8)
        #expect(score.recall == 1, "content dropped: \(score.lost)")
        // 0.908 before the closing-credit rule (shaped on viva's page of this set), 0.952 after.
        #expect(score.precision >= 0.95, "\(score.summary)")
    }

    /// Twelve pages of twelve more outlets, marked by a second hand before the cleaner
    /// first ran on them (their README has the first-run figures and what came after).
    @Test("On a check set of twelve more outlets no text is lost")
    func checkSetOutlets() throws {
        let score = try scored("cleaning-check", "pages of the check set", atLeast: 12)
        // Scored first as they came: precision 0.835, recall 0.941 (7 lines of text lost).
        // Rules drawn from them since (list items after a lead-in, a caption over a credit,
        // share bars, "Redaksi", cut titles in a box, a first word glued to the outlet's
        // name): no text lost; one caption is set aside as a copy of the one kept.
        #expect(score.lost.isEmpty, "content lost: \(score.lost)")
        #expect(score.recall >= 0.99, "\(score.summary)")
    }

    /// A second check set of twelve more outlets, marked by a third hand; scored once as
    /// it came before any rule looked at it (its README has that first run).
    @Test("On a second check set of twelve more outlets no text is lost")
    func secondCheckSet() throws {
        let score = try scored("cleaning-check-2", "pages of the second check set", atLeast: 12)
        // First run, as they came: precision 0.827 (110/133), recall 0.957, four lines lost.
        // Two are still set aside: a subheading left last on the page with its paragraph
        // cut off by the stored copy, and "foto: Megawati Soekarnoputri (ist)", a label
        // line that reads as a credit.
        #expect(score.lost.count <= 2, "content lost: \(score.lost)")
        #expect(score.precision >= 0.95, "\(score.summary)")
        #expect(score.recall >= 0.98, "\(score.summary)")
    }

    /// A third check set of twelve more outlets, marked by a fourth hand; no rule has
    /// looked at it. The bounds are the first run's, a guard against going back.
    @Test("On a third check set of twelve more outlets, as it came")
    func thirdCheckSet() throws {
        let score = try scored("cleaning-check-3", "pages of the third check set", atLeast: 12)
        // First run, as they came: precision 0.795 (105/132), recall 0.946 (105/111), six
        // lines lost, kinds 0.914. Most of the furniture kept is an archive page's list of
        // other posts (radarmetropolis) and a blog platform's notices (kompasiana).
        #expect(score.lost.count <= 6, "content lost: \(score.lost)")
        #expect(score.precision >= 0.79, "\(score.summary)")
        #expect(score.recall >= 0.94, "\(score.summary)")
    }
}
