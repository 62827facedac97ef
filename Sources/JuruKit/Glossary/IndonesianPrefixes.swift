/// The prefixes an Indonesian word may open with, in their two layers: an outer one
/// (meN-, di-, ter-, peN-, ke-) and an inner one (per-, ber-), as in di-per-kuat,
/// mem-ber-laku-kan, ke-ber-hasil-an.
enum IndonesianPrefixes {
    struct Layers: Hashable {
        /// "meN", "di", "ter", "pe" (peN- and pe-), "ke", or "".
        var outer: String
        /// "per", "ber", or "".
        var inner: String
        var stem: String
    }

    /// Every way to take prefixes off `word`, the word untouched first.
    static func layers(of word: String) -> [Layers] {
        var result = [Layers(outer: "", inner: "", stem: word)]
        for (inner, stem) in innerLayer(of: word) {
            result.append(Layers(outer: "", inner: inner, stem: stem))
        }
        for (outer, rest) in outerLayer(of: word) {
            result.append(Layers(outer: outer, inner: "", stem: rest))
            for (inner, stem) in innerLayer(of: rest) {
                result.append(Layers(outer: outer, inner: inner, stem: stem))
            }
        }
        return result
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// meN- and peN- with their sound changes, di-, ter-, ke-.
    private static func outerLayer(of word: String) -> [(String, String)] {
        let w = Array(word)
        guard w.count > 4 else { return [] }
        var result: [(String, String)] = []
        func rest(_ from: Int, _ lead: String = "") -> String { lead + String(w[from...]) }
        func isVowel(_ index: Int) -> Bool { index < w.count && vowels.contains(w[index]) }
        for (nasal, kind) in [("me", "meN"), ("pe", "pe")] where word.hasPrefix(nasal) {
            switch w[2] {
            case "n" where word.hasPrefix(nasal + "ng"):
                result.append((kind, rest(4)))                                // mengambil ← ambil
                if isVowel(4) { result.append((kind, rest(4, "k"))) }         // mengirim ← kirim
                if word.hasPrefix(nasal + "nge") { result.append((kind, rest(5))) } // mengebom ← bom
                result.append((kind, rest(2)))                                // menganga ← nganga
            case "n" where word.hasPrefix(nasal + "ny"):
                if isVowel(4) { result.append((kind, rest(4, "s"))) }         // menyapu ← sapu
                result.append((kind, rest(2)))                                // menyanyi ← nyanyi
            case "n":
                if isVowel(3) { result.append((kind, rest(3, "t"))) }         // menulis ← tulis
                else { result.append((kind, rest(3))) }                       // mendengar ← dengar
                result.append((kind, rest(2)))                                // menanti ← nanti
            case "m":
                if isVowel(3) { result.append((kind, rest(3, "p"))) }         // memukul ← pukul
                else { result.append((kind, rest(3))) }                       // memberi ← beri
                result.append((kind, rest(2)))                                // memakan ← makan
            case "l", "r", "w", "y":
                result.append((kind, rest(2)))                                // melapor ← lapor
            default:
                // pe- without a nasal, the noun of a ber- verb: pekerja, petani.
                if nasal == "pe" && !isVowel(2) { result.append((kind, rest(2))) }
            }
        }
        // pel- likewise only with ajar: pelajar, pelajaran.
        if word.hasPrefix("pelajar") { result.append(("pe", rest(3))) }
        if word.hasPrefix("di") { result.append(("di", rest(2))) }
        if word.hasPrefix("ter") {
            result.append(("ter", rest(3)))                                   // tertangkap ← tangkap
            result.append(("ter", rest(2)))                                   // terasa ← rasa
        }
        if word.hasPrefix("ke") { result.append(("ke", rest(2))) }            // kemerdekaan ← merdeka
        return result
    }

    /// per- and ber-, alone or inside an outer prefix.
    private static func innerLayer(of word: String) -> [(String, String)] {
        let w = Array(word)
        guard w.count > 4 else { return [] }
        var result: [(String, String)] = []
        for prefix in ["per", "ber"] where word.hasPrefix(prefix) {
            result.append((prefix, String(w[3...])))                           // berlaku ← laku
            result.append((prefix, String(w[2...])))                           // berenang ← renang
        }
        // be- before a first syllable ending in -er: bekerja, beserta, beternak.
        if word.hasPrefix("be") && !word.hasPrefix("ber") && w.count > 4 && w[3] == "e" && w[4] == "r" {
            result.append(("ber", String(w[2...])))
        }
        // bel- comes only with ajar (belajar), as grammars list it.
        if word.hasPrefix("belajar") { result.append(("ber", String(w[3...]))) }
        return result
    }
}
