/// How an Indonesian word is built: its stem and the affixes around it, read by the
/// rules of Indonesian morphology.
///
/// A word is read as it stands (`bare`), or as a verb (meN-, di- or ter- outside,
/// per- or ber- inside, -kan or -i after) or a derived noun (peN-, per-…-an, ke-…-an,
/// peN-…-an, -an), with the clitics -nya, -ku, -mu, -lah, -kah, -tah, -pun off the end
/// and the sound changes of meN- and peN- undone (memberi ← beri, menulis ← tulis,
/// mengirim ← kirim, menyapu ← sapu). Without a dictionary of stems the rules leave
/// two places open, and both readings are kept: a nasal before a vowel may have
/// replaced the stem's p-, t-, k- or s- or not (memakan ← makan, memukul ← pukul), and
/// a final -i, -an or -kan may be the stem's own. ``TermIndex`` keeps the readings
/// apart by comparing stem and shape together, so "penghargaan" (peN-…-an of harga)
/// is never "harga", and "dipertemukan" (di-per-temu-kan) never "menemukan".
///
/// ```swift
/// IndonesianAffixes.readings(of: "diberlakukannya").map(\.key)
/// // ["B:diberlakukannya", "B:diberlakukan", …, "Vber-kan:laku", …]
/// ```
public enum IndonesianAffixes {
    /// One way to read a word.
    public struct Reading: Hashable, Sendable {
        /// The word with this reading's affixes and clitics taken off, lowercased.
        public var stem: String
        public var shape: Shape
        /// A clitic or particle came off the end (-nya, -ku, -mu, -lah, -kah, -tah, -pun).
        public var hasClitic: Bool
        /// Some prefix came off (meN-, di-, ter-, ber-, per-, peN-, ke-).
        public var hasPrefix: Bool

        /// What a term and a word must share to be one: the stem and how it was built.
        public var key: String {
            switch shape {
            case .bare: "B:" + stem
            case .verb(let inner, let suffix): "V" + inner + "-" + suffix + ":" + stem
            case .noun(let prefix, let suffix): "N" + prefix + "-" + suffix + ":" + stem
            }
        }

        /// A verb with no prefix at all ("tembak", "tandatangani"): only a verb where
        /// the sentence makes it one (see ``TermTokenizer``).
        public var isBareVerb: Bool {
            if case .verb = shape { return !hasPrefix }
            return false
        }
    }

    /// How a stem was built into the word.
    public enum Shape: Hashable, Sendable {
        /// No derivational affix.
        case bare
        /// A verb: `inner` is "per", "ber" or "" (memper-kuat, di-ber-laku-kan), `suffix`
        /// "kan", "i" or "". meN-, di- and ter- outside make no difference: they are
        /// voices of one verb ("menangkap", "ditangkap", "tertangkap").
        case verb(inner: String, suffix: String)
        /// A derived noun: `prefix` "pe" (peN- and pe-), "per" or "ke", possibly with an
        /// inner "ber" or "per" ("keberhasilan"); `suffix` "an" or "".
        case noun(prefix: String, suffix: String)
    }

    /// Words that look affixed but are words of their own: function words and
    /// reduplications with a meaning of their own ("tersebut" is not "sebut",
    /// "tiba-tiba" is "suddenly", not "arrive").
    static let lexicalised: Set<String> = [
        "tersebut", "terhadap", "terutama", "tertentu", "terlalu", "termasuk", "terus", "terakhir", "terjadi",
        "sebagai", "seperti", "sebelum", "sesudah", "setelah", "selama", "sedang", "sekarang", "semua",
        "sendiri", "sekitar", "sejak", "seluruh", "sehingga", "segera", "sekali", "bersama", "berbagai",
        "kemudian", "kepada", "ketika", "merupakan", "memang", "meski", "meskipun", "bagaimana", "kembali",
        "tiba-tiba", "kira-kira", "rata-rata", "masing-masing", "baru-baru", "mata-mata", "hati-hati",
        "sia-sia", "pura-pura", "kupu-kupu", "laba-laba", "oleh-oleh", "kura-kura", "lama-lama",
    ]

    static let particles = ["lah", "kah", "tah", "pun"]
    static let possessives = ["nya", "ku", "mu"]

    /// The shortest stem a reading may leave.
    static let shortestStem = 3

    /// Every reading of `word` (any case), the word as it stands first.
    public static func readings(of word: String) -> [Reading] {
        let lower = word.lowercased()
        var seen: Set<Reading> = []
        var result: [Reading] = []
        func add(_ reading: Reading) {
            if seen.insert(reading).inserted { result.append(reading) }
        }
        // The word itself, whatever it looks like (an acronym such as "ktt" has no vowel).
        add(Reading(stem: lower, shape: .bare, hasClitic: false, hasPrefix: false))
        if lexicalised.contains(lower) { return result }
        for (base, clitic) in withoutClitics(lower) {
            if clitic { add(Reading(stem: base, shape: .bare, hasClitic: true, hasPrefix: false)) }
            for (body, suffix) in suffixes(of: base) {
                for layers in IndonesianPrefixes.layers(of: body) where isPlausibleStem(layers.stem) {
                    guard let shape = shape(layers, suffix: suffix), shape != .bare else { continue }
                    add(Reading(stem: layers.stem, shape: shape, hasClitic: clitic,
                                hasPrefix: !layers.outer.isEmpty || !layers.inner.isEmpty))
                }
            }
        }
        return result
    }

    /// What the prefixes and suffix make together, or nil when Indonesian does not
    /// combine them (ke- without -an, meN-…-an).
    static func shape(_ layers: IndonesianPrefixes.Layers, suffix: String) -> Shape? {
        switch layers.outer {
        case "meN", "di", "ter":
            return suffix == "an" ? nil : .verb(inner: layers.inner, suffix: suffix)
        case "pe":
            return suffix == "an" || suffix.isEmpty ? .noun(prefix: "pe" + layers.inner, suffix: suffix) : nil
        case "ke":
            return suffix == "an" ? .noun(prefix: "ke" + layers.inner, suffix: suffix) : nil
        default:
            if layers.inner == "per" && suffix == "an" { return .noun(prefix: "per", suffix: "an") }
            if layers.inner == "ber" && suffix == "an" { return nil }
            if !layers.inner.isEmpty || suffix == "kan" || suffix == "i" { return .verb(inner: layers.inner, suffix: suffix) }
            return suffix == "an" ? .noun(prefix: "", suffix: "an") : .bare
        }
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

    /// The word without a derivational suffix, and as it stands (the -i of "beri" is the stem's).
    private static func suffixes(of word: String) -> [(String, String)] {
        var forms = [(word, "")]
        for suffix in ["kan", "an", "i"] where word.hasSuffix(suffix) && word.count - suffix.count >= shortestStem {
            forms.append((String(word.dropLast(suffix.count)), suffix))
        }
        return forms
    }

    /// Long enough, with a vowel, and beginning as an Indonesian syllable may: a vowel, a
    /// consonant and a vowel, or a cluster loanwords bring (pr-, tr-, st-, kl-…).
    static func isPlausibleStem(_ form: String) -> Bool {
        let letters = Array(form)
        guard letters.count >= shortestStem, form.contains(where: { "aeiou".contains($0) }) else { return false }
        if "aeiou".contains(letters[0]) || "aeiou".contains(letters[1]) { return true }
        return onsetClusters.contains(String(letters[0...1]))
    }

    static let onsetClusters: Set<String> = [
        "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sk", "sl", "sm", "sn", "sp",
        "sr", "st", "sw", "tr", "kh", "ng", "ny", "sy", "ps", "ts", "dw",
    ]
}
