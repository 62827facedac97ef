/// The forms an Indonesian word may stand for once its affixes and clitics are
/// taken off, with the sound changes of meN- and peN- undone.
///
/// Without a dictionary of roots an affix cannot be told from a stem's first
/// letters, so every reading is returned ("menara" gives "nara" and "tara" as well
/// as itself). ``TermIndex`` keeps false matches out by what it compares: a reading
/// must equal a glossary term's own form, and the stems of a glossary verb match
/// only readings that were verbs too.
///
/// ```swift
/// IndonesianAffixes.readings(of: "ditandatanganinya").map(\.form)
/// // […, "ditandatangani", "tandatanganinya", "tandatangani", "tandatangan", …]
/// ```
public enum IndonesianAffixes {
    /// One way to read a word.
    public struct Reading: Hashable, Sendable {
        /// The word with the affixes of this reading taken off, lowercased.
        public var form: String
        /// A derivational prefix was taken off (di-, meN-, ber-, ter-, peN-, per-, ke-, se-).
        public var hasPrefix: Bool
        /// A suffix or clitic was taken off (-kan, -i, -an, -nya, -ku, -mu, -lah, -kah, -pun).
        public var hasSuffix: Bool
        /// The word is a verb of `form`: its outer prefix is di-, meN-, ber-, ter-,
        /// memper- or diper-, or it has no prefix and ends in -kan or -i.
        public var isVerb: Bool
    }

    static let particles = ["lah", "kah", "tah", "pun"]
    static let possessives = ["nya", "ku", "mu"]
    static let derivational = ["kan", "an", "i"]

    /// The shortest stem a reading may leave.
    static let shortestStem = 3

    /// Every reading of `word` (any case), the word itself first.
    public static func readings(of word: String) -> [Reading] {
        let lower = word.lowercased()
        var seen: Set<Reading> = []
        var result: [Reading] = []
        func add(_ reading: Reading) {
            guard isPlausibleStem(reading.form), seen.insert(reading).inserted else { return }
            result.append(reading)
        }
        // The word itself, whatever it looks like (an acronym such as "ktt" has no vowel).
        let surface = Reading(form: lower, hasPrefix: false, hasSuffix: false, isVerb: false)
        seen.insert(surface)
        result.append(surface)
        for (base, clitic) in withoutClitics(lower) {
            if clitic { add(Reading(form: base, hasPrefix: false, hasSuffix: true, isVerb: false)) }
            for (stem, suffix) in withoutDerivationalSuffix(base) {
                let suffixed = clitic || suffix != nil
                if suffix != nil {
                    add(Reading(form: stem, hasPrefix: false, hasSuffix: true, isVerb: suffix == "kan" || suffix == "i"))
                }
                for (root, verbal) in withoutPrefixes(stem) {
                    add(Reading(form: root, hasPrefix: true, hasSuffix: suffixed, isVerb: verbal))
                }
            }
        }
        return result
    }

    /// The word with and without a particle and a possessive; true when one was taken off.
    private static func withoutClitics(_ word: String) -> [(String, Bool)] {
        var forms = [(word, false)]
        for particle in particles where word.hasSuffix(particle) {
            forms.append((String(word.dropLast(particle.count)), true))
        }
        for (form, _) in forms {
            for possessive in possessives where form.hasSuffix(possessive) {
                forms.append((String(form.dropLast(possessive.count)), true))
            }
        }
        return forms.filter { $0.0.count >= shortestStem }
    }

    private static func withoutDerivationalSuffix(_ word: String) -> [(String, String?)] {
        var forms: [(String, String?)] = [(word, nil)]
        for suffix in derivational where word.hasSuffix(suffix) && word.count - suffix.count >= shortestStem {
            forms.append((String(word.dropLast(suffix.count)), suffix))
        }
        return forms
    }

    /// Stems left by one or two prefixes, each with whether the outer prefix makes a verb.
    private static func withoutPrefixes(_ word: String) -> [(String, Bool)] {
        var result: [(String, Bool)] = []
        for (stem, verbal) in oneLayer(word) {
            result.append((stem, verbal))
            // di-ber-laku-kan, mem-per-kuat, ke-ber-hasil-an: a second, inner prefix.
            for (inner, _) in oneLayer(stem) where inner.count >= shortestStem {
                result.append((inner, verbal))
            }
        }
        return result
    }

    /// The stems one prefix can leave, with meN-/peN- sound changes undone.
    private static func oneLayer(_ word: String) -> [(String, Bool)] {
        let w = Array(word)
        guard w.count > 4 else { return [] }
        var stems: [(String, Bool)] = []
        func rest(_ from: Int, _ lead: String = "") -> String { lead + String(w[from...]) }
        func starts(_ prefix: String) -> Bool { word.hasPrefix(prefix) }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        func isVowel(_ index: Int) -> Bool { index < w.count && vowels.contains(w[index]) }

        for (nasal, verbal) in [("me", true), ("pe", false)] where starts(nasal) {
            let after = w.count > 2 ? w[2] : " "
            switch after {
            case "n" where starts(nasal + "ng"):
                stems.append((rest(4), verbal))                              // mengambil ← ambil
                if isVowel(4) { stems.append((rest(4, "k"), verbal)) }       // mengirim ← kirim
                if starts(nasal + "nge") { stems.append((rest(5), verbal)) } // mengebom ← bom
            case "n" where starts(nasal + "ny"):
                if isVowel(4) { stems.append((rest(4, "s"), verbal)) }       // menyerang ← serang
                stems.append((rest(2), verbal))                              // menyanyi ← nyanyi
            case "n":
                stems.append((rest(3), verbal))                              // mendengar ← dengar
                if isVowel(3) { stems.append((rest(3, "t"), verbal)) }       // menembak ← tembak
                stems.append((rest(2), verbal))                              // menanti ← nanti
            case "m" where starts(nasal + "mper") && nasal == "me":
                stems.append((rest(6), true))                                // memperkuat ← kuat
                stems.append((rest(3), true))
            case "m":
                stems.append((rest(3), verbal))                              // membantah ← bantah
                if isVowel(3) { stems.append((rest(3, "p"), verbal)) }       // memukul ← pukul
                stems.append((rest(2), verbal))                              // memakan ← makan
            case "l", "r", "w", "y":
                stems.append((rest(2), verbal))                              // melihat ← lihat
                if nasal == "pe" && starts("per") { stems.append((rest(3), false)) }  // perjanjian ← janji
                if nasal == "pe" && starts("pel") { stems.append((rest(3), false)) }  // pelajar ← ajar
            default:
                if nasal == "pe" { stems.append((rest(2), false)) }         // pekerja ← kerja
            }
        }
        if starts("diper") { stems.append((rest(5), true)) }                 // diperkuat ← kuat
        if starts("di") { stems.append((rest(2), true)) }
        for prefix in ["ber", "ter"] where starts(prefix) {
            stems.append((rest(3), true))                                    // berlaku ← laku
            if isVowel(3) { stems.append((rest(2), true)) }                  // terasa ← rasa
        }
        if starts("be") && !starts("ber") && w.count > 4 && w[3] == "e" && w[4] == "r" {
            stems.append((rest(2), true))                                    // bekerja ← kerja
        }
        if starts("bel") { stems.append((rest(3), true)) }                   // belajar ← ajar
        if starts("ke") { stems.append((rest(2), false)) }                   // kekuatan ← kuat
        if starts("se") { stems.append((rest(2), false)) }                   // sebuah ← buah
        return stems
    }

    /// Long enough, and with a vowel: what an Indonesian stem looks like.
    static func isPlausibleStem(_ form: String) -> Bool {
        form.count >= shortestStem && form.contains { "aeiou".contains($0) }
    }
}
