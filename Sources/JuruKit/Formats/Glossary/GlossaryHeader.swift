/// The header row of a glossary table (CSV or tab-separated), read by column name:
/// which column holds the Indonesian term, which the English one, and which carry a
/// part of speech, a note, or each row's languages.
///
/// Names are matched without regard to case: `source`/`target`, TICO-19's
/// `sourceString`/`targetString` with `sourceLang`/`targetLang`, language codes (`id`,
/// `id_ID`, `id-ID`, `ind`, `en`, `en-US`, `eng`) and language names in English and
/// Indonesian (`Indonesian`, `Bahasa Indonesia`, `English`, `Inggris`), and the words
/// Indonesian localisation teams use (`Istilah` for the term, `Padanan` for its
/// Indonesian equivalent, as in LibreOffice's `Source,Padanan`).
struct GlossaryHeader: Equatable {
    enum Role: Equatable {
        case indonesian, english, source, target, sourceLanguage, targetLanguage, note, partOfSpeech, ignored
    }

    /// How the direction of the file was found.
    enum Direction: Equatable {
        /// The header names the Indonesian column.
        case named
        /// Each row's `sourceLang`/`targetLang` cells say.
        case languageColumns(source: Int, target: Int)
        /// Nothing in the header says: the text of the columns decides.
        case unknown
    }

    let roles: [Role]
    let names: [String]
    /// The column read as the Indonesian term and the one read as the English term.
    var indonesian: Int
    var english: Int
    /// True when the file's own source column is the English one: its pairs are
    /// turned round (LibreOffice's `Source,Padanan`).
    var turnedRound: Bool
    var direction: Direction

    var noteColumns: [Int] { roles.indices.filter { roles[$0] == .note } }
    var partOfSpeechColumn: Int? { roles.firstIndex(of: .partOfSpeech) }

    /// The header of a row of column names, or nil when the row is data.
    init?(_ fields: [String]) {
        let names = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var roles = names.map(Self.role(of:))
        // TICO-19's `id` is the row's number, not Indonesian, beside neutral columns.
        let hasNeutral = roles.contains(.source) && roles.contains(.target)
        if hasNeutral || roles.contains(.sourceLanguage) {
            for index in roles.indices where Self.normalized(names[index]) == "id" { roles[index] = .ignored }
        }
        let indonesianColumn = roles.firstIndex(of: .indonesian)
        let englishColumn = roles.firstIndex(of: .english)
        let sourceColumn = roles.firstIndex(of: .source)
        let targetColumn = roles.firstIndex(of: .target)
        // The file's own source: a column named as such, else the one beside a named
        // target, else the first of the two term columns.
        let termColumns = [indonesianColumn, englishColumn, sourceColumn, targetColumn].compactMap { $0 }
        guard termColumns.count >= 2 else { return nil }
        let ownSource = sourceColumn ?? termColumns.filter { $0 != targetColumn }.min() ?? termColumns.min()!

        self.names = names
        self.roles = roles
        switch (indonesianColumn, englishColumn) {
        case let (id?, en?):
            (indonesian, english, direction) = (id, en, .named)
        case let (id?, nil):
            (indonesian, english, direction) = (id, termColumns.first { $0 != id }!, .named)
        case let (nil, en?):
            (indonesian, english, direction) = (termColumns.first { $0 != en }!, en, .named)
        case (nil, nil):
            guard let source = sourceColumn, let target = targetColumn else { return nil }
            (indonesian, english) = (source, target)
            if let sourceLanguage = roles.firstIndex(of: .sourceLanguage),
               let targetLanguage = roles.firstIndex(of: .targetLanguage) {
                direction = .languageColumns(source: sourceLanguage, target: targetLanguage)
            } else {
                direction = .unknown
            }
        }
        turnedRound = direction == .named && ownSource != indonesian
    }

    /// Reads the direction from the text when the header does not say: the column
    /// that reads more like Indonesian is the Indonesian one.
    mutating func decideFromText(_ rows: [[String]]) {
        guard direction == .unknown else { return }
        var balance = 0
        for row in rows where row.count > max(indonesian, english) {
            balance += LanguageGuess.indonesianScore(row[indonesian]) - LanguageGuess.indonesianScore(row[english])
        }
        // Turned round only when the text says so clearly; a tie keeps the file's order.
        if balance < -max(2, rows.count / 10) {
            swap(&indonesian, &english)
            turnedRound = true
        }
    }

    static func normalized(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "-", with: "_").trimmingCharacters(in: .whitespaces)
    }

    static func role(of name: String) -> Role {
        let name = normalized(name)
        if indonesianNames.contains(name) || isLanguageCode(name, "id") { return .indonesian }
        if englishNames.contains(name) || isLanguageCode(name, "en") { return .english }
        if sourceNames.contains(name) { return .source }
        if targetNames.contains(name) { return .target }
        if sourceLanguageNames.contains(name) { return .sourceLanguage }
        if targetLanguageNames.contains(name) { return .targetLanguage }
        if noteNames.contains(name) { return .note }
        if partOfSpeechNames.contains(name) { return .partOfSpeech }
        return .ignored
    }

    /// `id_ID`, `en_US`, `en_GB`: a language code with a region.
    private static func isLanguageCode(_ name: String, _ language: String) -> Bool {
        let parts = name.split(separator: "_")
        return parts.count == 2 && parts[0] == language && parts[1].count == 2
    }

    /// Whether a language cell (`id`, `id_ID`, `ind`, `en-US`, `eng`) names Indonesian
    /// or English; nil for another language.
    static func language(ofCode code: String) -> Role? {
        let code = normalized(code)
        if ["id", "in", "ind", "indonesian"].contains(code) || isLanguageCode(code, "id") { return .indonesian }
        if ["en", "eng", "english"].contains(code) || isLanguageCode(code, "en") { return .english }
        return nil
    }

    static let indonesianNames: Set<String> = [
        "id", "ind", "indonesian", "indonesia", "bahasa indonesia", "padanan", "padanan indonesia",
        "indonesian term", "istilah indonesia", "istilah bahasa indonesia", "id_term",
    ]
    static let englishNames: Set<String> = [
        "en", "eng", "english", "inggris", "bahasa inggris", "english term", "istilah inggris", "en_term",
    ]
    static let sourceNames: Set<String> = [
        "source", "src", "term", "source term", "sourcestring", "source string", "source_string", "istilah",
        "sumber", "entry", "headword",
    ]
    static let targetNames: Set<String> = [
        "target", "tgt", "translation", "target term", "targetstring", "target string", "target_string",
        "terjemahan", "arti", "makna", "equivalent",
    ]
    static let sourceLanguageNames: Set<String> = ["sourcelang", "source lang", "source language", "srclang", "source_lang", "bahasa sumber"]
    static let targetLanguageNames: Set<String> = ["targetlang", "target lang", "target language", "tgtlang", "target_lang", "bahasa sasaran"]
    static let noteNames: Set<String> = [
        "comment", "comments", "note", "notes", "description", "definition", "keterangan", "catatan", "deskripsi",
        "definisi", "context", "konteks",
    ]
    static let partOfSpeechNames: Set<String> = [
        "pos", "part of speech", "partofspeech", "part_of_speech", "kelas kata", "jenis kata", "word class",
    ]
}
