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
        let score = try scored("cleaning", "pages of the development set", atLeast: 42)
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
        // Precision 0.921 before the advertisement notes ("Iklan - Geser ke atas …"), 0.929 after.
        #expect(score.lost.isEmpty, "content lost: \(score.lost)")
        #expect(score.recall >= 0.99, "\(score.summary)")
        #expect(score.precision >= 0.928, "\(score.summary)")
        // Kinds 0.906 before list items under a lead-in were read as body, 0.932 after.
        #expect(score.kindAccuracy >= 0.93, "\(score.summary)")
    }

    /// A second check set of twelve more outlets, marked by a third hand; scored once as
    /// it came before any rule looked at it (its README has that first run).
    @Test("On a second check set of twelve more outlets no text is lost")
    func secondCheckSet() throws {
        let score = try scored("cleaning-check-2", "pages of the second check set", atLeast: 12)
        // First run, as they came: precision 0.827 (110/133), recall 0.957, four lines lost.
        // One is still set aside: a subheading left last on the page with its paragraph
        // cut off by the stored copy. "foto: Megawati Soekarnoputri (ist)", a caption under
        // a photo label with its own credit, is kept since the third check set's rules.
        #expect(score.lost.count <= 1, "content lost: \(score.lost)")
        // Precision 0.974 before a ticker in capitals after the story was set aside, 0.983 after.
        #expect(score.precision >= 0.982, "\(score.summary)")
        #expect(score.recall >= 0.991, "\(score.summary)")
        // Kinds 0.947 before a date with its credits and a lead-in ending in ":" were told apart, 0.956 after.
        #expect(score.kindAccuracy >= 0.956, "\(score.summary)")
    }

    /// The third check set: twelve more outlets, marked by a fourth hand and scored once
    /// as held out (precision 0.795, recall 0.946, six lines lost, kinds 0.914). Since then
    /// it is development material: its misses were fixed by line shapes that hold on any
    /// outlet (see its README), so its figures no longer estimate an unseen outlet.
    @Test("On the third check set, now development material, no more than one line lost")
    func thirdCheckSet() throws {
        let score = try scored("cleaning-check-3", "pages of the third check set (development)", atLeast: 12)
        // After: precision 0.991 (110/111), recall 0.991, kinds 1.000. The one line still set
        // aside is a blog author's account name over the title, among two menu-like names.
        #expect(score.lost.count <= 1, "content lost: \(score.lost)")
        #expect(score.precision >= 0.99, "\(score.summary)")
        #expect(score.recall >= 0.99, "\(score.summary)")
        #expect(score.kindAccuracy >= 0.99, "\(score.summary)")
    }

    /// A fourth check set of twelve more outlets, marked by hand before the cleaner ever
    /// ran on it and scored once, as it came, with the cleaner that the third set shaped.
    /// No rule has looked at it: its figures are the estimate of the bar on an unseen
    /// outlet. The bounds are that first run's, a guard against going back.
    @Test("On a fourth check set of twelve more outlets, as it came")
    func fourthCheckSet() throws {
        let score = try scored("cleaning-check-4", "pages of the fourth check set", atLeast: 12)
        // First run, as they came: precision 0.944 (102/108), recall 0.962 (102/106), kinds
        // 0.980, four lines lost (a blog template's headline and byline set aside under a
        // template credit taken for the title, a syndication credit, a writer's "(Deddi)").
        // Later rules, drawn from other pages (kompas.tv, tribun, idntimes, okezone, bantenraya),
        // reach precision 0.945 (103/109), recall 0.972 (103/106), three lines lost, kinds
        // 0.961: "Bacaan Lainnya", a label found on bantenraya.co.id, stands on one of these
        // pages too. The first run stays the estimate for an unseen outlet.
        #expect(score.lost.count <= 3, "content lost: \(score.lost)")
        #expect(score.precision >= 0.944, "\(score.summary)")
        #expect(score.recall >= 0.971, "\(score.summary)")
    }
}
