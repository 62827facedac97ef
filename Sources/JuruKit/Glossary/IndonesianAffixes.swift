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
        /// The suffix taken off was -kan, -i or -an, which make another word, not a clitic.
        public var hasDerivationalSuffix: Bool
        /// The word is a verb of `form`: its outer prefix is di-, meN-, ber-, ter-,
        /// memper- or diper-, or it has no prefix and ends in -kan or -i.
        public var isVerb: Bool
        /// The outer prefix is meN- or di-: a transitive verb, whose bare stem is also
        /// its imperative and headline form ("Pantau" for memantau). The bare stem of a
        /// ber- or memper- verb is another word ("langsung", "dalam").
        public var isTransitive = false
    }

    /// Words that look affixed but are words of their own: function words and
    /// reduplications with a meaning of their own ("tersebut" is not "sebut",
    /// "tiba-tiba" is "suddenly", not "arrive").
    static let lexicalised: Set<String> = [
        "tersebut", "terhadap", "terutama", "tertentu", "terlalu", "termasuk", "terus", "terakhir",
        "sebagai", "seperti", "sebelum", "sesudah", "setelah", "selama", "sedang", "sekarang", "semua",
        "sendiri", "sekitar", "sejak", "seluruh", "sehingga", "segera", "sekali", "bersama", "berbagai",
        "kemudian", "kepada", "ketika", "merupakan", "memang", "meski", "meskipun", "bagaimana", "kembali",
        "tiba-tiba", "kira-kira", "rata-rata", "masing-masing", "baru-baru", "mata-mata", "hati-hati",
        "sia-sia", "pura-pura", "kupu-kupu", "laba-laba", "oleh-oleh", "kura-kura", "lama-lama",
    ]

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
        let surface = Reading(form: lower, hasPrefix: false, hasSuffix: false, hasDerivationalSuffix: false, isVerb: false)
        seen.insert(surface)
        result.append(surface)
        if lexicalised.contains(lower) { return result }
        for (base, clitic) in withoutClitics(lower) {
            if clitic { add(Reading(form: base, hasPrefix: false, hasSuffix: true, hasDerivationalSuffix: false, isVerb: false)) }
            for (stem, suffix) in withoutDerivationalSuffix(base) {
                let suffixed = clitic || suffix != nil
                if suffix != nil {
                    add(Reading(form: stem, hasPrefix: false, hasSuffix: true, hasDerivationalSuffix: true,
                                isVerb: suffix == "kan" || suffix == "i"))
                }
                for (root, kind) in withoutPrefixes(stem) {
                    add(Reading(form: root, hasPrefix: true, hasSuffix: suffixed, hasDerivationalSuffix: suffix != nil,
                                isVerb: kind != .nominal, isTransitive: kind == .transitive))
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

    /// What a prefix makes of its stem.
    enum PrefixKind {
        /// meN-, di-.
        case transitive
        /// ber-, ter-, memper-, diper-.
        case verbal
        /// peN-, per-, ke-, se-.
        case nominal
    }

    /// Stems left by one or two prefixes, each with what the outer prefix makes.
    private static func withoutPrefixes(_ word: String) -> [(String, PrefixKind)] {
        var result: [(String, PrefixKind)] = []
        for (stem, kind) in oneLayer(word) {
            result.append((stem, kind))
            // di-ber-laku-kan, mem-per-kuat, ke-ber-hasil-an: a second, inner prefix.
            for (inner, _) in oneLayer(stem) where inner.count >= shortestStem {
                result.append((inner, kind))
            }
        }
        return result
    }

    /// The stems one prefix can leave, with meN-/peN- sound changes undone.
    private static func oneLayer(_ word: String) -> [(String, PrefixKind)] {
        let w = Array(word)
        guard w.count > 4 else { return [] }
        var stems: [(String, PrefixKind)] = []
        func rest(_ from: Int, _ lead: String = "") -> String { lead + String(w[from...]) }
        func starts(_ prefix: String) -> Bool { word.hasPrefix(prefix) }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        func isVowel(_ index: Int) -> Bool { index < w.count && vowels.contains(w[index]) }

        for (nasal, verbal) in [("me", PrefixKind.transitive), ("pe", .nominal)] where starts(nasal) {
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
                if !isVowel(3) { stems.append((rest(3), verbal)) }           // mendengar ← dengar
                if isVowel(3) { stems.append((rest(3, "t"), verbal)) }       // menembak ← tembak
                stems.append((rest(2), verbal))                              // menanti ← nanti
            case "m" where starts(nasal + "mper") && nasal == "me":
                stems.append((rest(6), .verbal))                             // memperkuat ← kuat
                stems.append((rest(3), .verbal))
            case "m":
                if !isVowel(3) { stems.append((rest(3), verbal)) }           // membantah ← bantah
                if isVowel(3) { stems.append((rest(3, "p"), verbal)) }       // memukul ← pukul
                stems.append((rest(2), verbal))                              // memakan ← makan
            case "l", "r", "w", "y":
                stems.append((rest(2), verbal))                              // melihat ← lihat
                if nasal == "pe" && starts("per") { stems.append((rest(3), .nominal)) }  // perjanjian ← janji
                if nasal == "pe" && starts("pel") { stems.append((rest(3), .nominal)) }  // pelajar ← ajar
            default:
                if nasal == "pe" { stems.append((rest(2), .nominal)) }      // pekerja ← kerja
            }
        }
        if starts("diper") { stems.append((rest(5), .verbal)) }              // diperkuat ← kuat
        if starts("di") { stems.append((rest(2), .transitive)) }
        for prefix in ["ber", "ter"] where starts(prefix) {
            stems.append((rest(3), .verbal))                                 // berlaku ← laku
            if isVowel(3) { stems.append((rest(2), .verbal)) }               // terasa ← rasa
        }
        if starts("be") && !starts("ber") && w.count > 4 && w[3] == "e" && w[4] == "r" {
            stems.append((rest(2), .verbal))                                 // bekerja ← kerja
        }
        if starts("bel") { stems.append((rest(3), .verbal)) }                // belajar ← ajar
        if starts("ke") { stems.append((rest(2), .nominal)) }                // kekuatan ← kuat
        if starts("se") { stems.append((rest(2), .nominal)) }                // sebuah ← buah
        return stems
    }

    /// Long enough, and with a vowel: what an Indonesian stem looks like.
    static func isPlausibleStem(_ form: String) -> Bool {
        form.count >= shortestStem && form.contains { "aeiou".contains($0) }
    }
}
