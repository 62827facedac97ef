import Testing
@testable import JuruKit

/// What taking a memory match puts in the line when only its numbers differ from the
/// segment: the segment's numbers as English writes them, or the translation as it
/// is and a word saying why.
struct MatchSuggestionTests {
    func suggestion(_ translation: String, _ matchSource: String, _ segment: String) -> MatchSuggestion {
        MatchSuggestion(translation: translation, matchSource: matchSource, segment: segment)
    }

    @Test func aTimeWithALeadingZeroIsAdapted() {
        // Issue 11: 02:45 stayed 02:45 for a segment at 03.15.
        let taken = suggestion("The summit began at 02:45 local time.", "Pertemuan puncak dimulai pukul 02.45 waktu setempat.",
                               "Pertemuan puncak dimulai pukul 03.15 waktu setempat.")
        #expect(taken.text == "The summit began at 03:15 local time.")
        #expect(taken.isAdapted)
        #expect(suggestion("at 2:45 p.m. WIB", "pukul 14.45 WIB", "pukul 09.30 WIB").text == "at 9:30 a.m. WIB")
    }

    @Test func indonesianThousandsAndDecimalsAreOneNumber() {
        // Issue 11: 1.254,5 was read as three numbers.
        let taken = suggestion("Artyom is 1,254.5 kilometers from Khasan station.",
                               "Artyom terletak 1.254,5 kilometer dari stasiun Khasan.",
                               "Artyom terletak 254 kilometer dari stasiun Khasan.")
        #expect(taken.text == "Artyom is 254 kilometers from Khasan station.")
        #expect(suggestion("Artyom is 254 kilometers from Khasan station.",
                           "Artyom terletak 254 kilometer dari stasiun Khasan.",
                           "Artyom terletak 1.254,5 kilometer dari stasiun Khasan.").text
                == "Artyom is 1,254.5 kilometers from Khasan station.")
    }

    @Test func moneyKeepsItsScaleWordInEnglish() {
        #expect(suggestion("The ministry allocated Rp1.5 trillion.", "Kementerian mengalokasikan Rp1,5 triliun.",
                           "Kementerian mengalokasikan Rp900 miliar.").text == "The ministry allocated Rp900 billion.")
        #expect(suggestion("The ministry allocated Rp2 million.", "Kementerian mengalokasikan Rp2 juta.",
                           "Kementerian mengalokasikan Rp2,5 juta.").text == "The ministry allocated Rp2.5 million.")
        // The full amount written out stays written out.
        #expect(suggestion("300,000 volunteers from North Korea signed contracts.",
                           "Ada 300 ribu sukarelawan dari Korea Utara menandatangani kontrak.",
                           "Ada 250 ribu sukarelawan dari Korea Utara menandatangani kontrak.").text
                == "250,000 volunteers from North Korea signed contracts.")
    }

    @Test func rangesAndPercentagesAreAdaptedInOrder() {
        #expect(suggestion("Yoon will be in New York for 2-3 days.", "Yoon akan berada di New York selama 2-3 hari.",
                           "Yoon akan berada di New York selama 4–5 hari.").text == "Yoon will be in New York for 4-5 days.")
        #expect(suggestion("Exports rose 2.5%.", "Ekspor naik 2,5 persen.", "Ekspor naik 3,1 persen.").text
                == "Exports rose 3.1%.")
    }

    @Test func datesAreWrittenAsTheTranslationWroteThem() {
        #expect(suggestion("Yoon will leave for New York on Monday (Sept. 18, 2023).",
                           "Yoon akan berangkat ke New York pada Senin (18/9/2023).",
                           "Yoon akan berangkat ke New York pada Senin (25/9/2023).").text
                == "Yoon will leave for New York on Monday (Sept. 25, 2023).")
        #expect(suggestion("the ministry told reporters on Thursday (June 20)",
                           "kementerian mengatakan kepada wartawan pada hari Kamis (20/06)",
                           "kementerian mengatakan kepada wartawan pada hari Kamis (04/07)").text
                == "the ministry told reporters on Thursday (July 4)")
        #expect(suggestion("Putin spoke in Sochi on Friday, Sept. 22, 2023.", "Putin berbicara di Sochi pada Jumat 22 September 2023.",
                           "Putin berbicara di Sochi pada Jumat 6 Oktober 2023.").text
                == "Putin spoke in Sochi on Friday, Oct. 6, 2023.")
    }

    @Test func aNumberTheTranslationDoesNotShowIsSaidAndNotAdapted() {
        // Issue 11: the match still said "takes" and offered the unadapted text as adapted.
        let taken = suggestion("The talks lasted about two hours, from early afternoon.", "Pembicaraan berlangsung pukul 13.00-15.00.",
                               "Pembicaraan berlangsung pukul 14.00-16.00.")
        #expect(!taken.isAdapted)
        #expect(taken.differsOnlyInNumbers)
        #expect(taken.text == "The talks lasted about two hours, from early afternoon.")
        #expect(taken.note == "numbers differ, not adapted: 13:00, 15:00 are not in the match's translation")
    }

    @Test func otherWordsThanNumbersMeanNoAdaptation() {
        let taken = suggestion("North Korea fired 3 missiles.", "Korut menembakkan 3 rudal.", "Korsel menembakkan 4 rudal.")
        #expect(taken.numbers == .otherDifferences && taken.text == "North Korea fired 3 missiles.")
        #expect(suggestion("North Korea fired three missiles.", "Korut menembakkan 3 rudal.", "Korut menembakkan 4 rudal.").text
                == "North Korea fired four missiles.")
        #expect(suggestion("It lies 254 kilometers away.", "Letaknya 254 kilometer.", "Letaknya 254 kilometer.").numbers == .same)
    }
}
