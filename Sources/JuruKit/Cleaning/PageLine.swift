import Foundation

/// One non-empty line of a page while it is being cleaned: what it says, and what
/// cleaning has decided about it so far.
struct PageLine {
    let number: Int
    /// The line as the page has it.
    let text: String
    /// The text kept for translation: raw markup removed, a trailing photo credit cut off.
    var kept: String
    /// A photo credit cut from the end of the line ("… ke Korea Utara. Foto/AP").
    var credit: String?
    /// The editor's initials cut from the end of the last paragraph ("… London Metal Exchange. [ah/ft]").
    var editorCode: String?
    /// Set when the line is page furniture.
    var furniture: Boilerplate?
    var kind: ParagraphKind?
    /// Written in English on a page that is not: a banner or a button of the site.
    var isForeign = false

    init(number: Int, text: String) {
        self.number = number
        self.text = text
        kept = Markup.stripped(text)
        if let split = BoilerplateRules.trailingEditorCode(in: kept) {
            kept = split.text
            editorCode = split.code
        }
        if let split = BoilerplateRules.trailingPhotoCredit(in: kept) {
            kept = split.caption
            credit = split.credit
        }
    }

    var isFurniture: Bool { furniture != nil }

    var words: Int { kept.split(whereSeparator: \.isWhitespace).count }

    var endsLikeSentence: Bool { BoilerplateRules.endsLikeSentence(kept) }

    /// A paragraph of running text: a sentence of eight words or more, not a list entry.
    /// A long paragraph with sentences inside is running text even when the stored page
    /// cut its last sentence off.
    var isProse: Bool {
        !isFurniture && words >= 8 && !startsWithBullet && !isForeign
            && (endsLikeSentence || words >= 25 && hasSentenceInside)
    }

    private var hasSentenceInside: Bool {
        kept.range(of: #"\p{Ll}[.!?][”"]?\s+[“"]?\p{Lu}"#, options: .regularExpression) != nil
    }

    var startsWithBullet: Bool {
        guard let first = kept.first else { return false }
        return "•·▪◦‣»".contains(first) || kept.hasPrefix("- ") || kept.hasPrefix("– ")
    }

    /// The line reduced to letters and digits, without a leading bullet or caption label,
    /// for finding the same text printed twice.
    var key: String {
        var text = FurnitureShapes.captionLabelRemoved(from: kept) ?? kept
        while let first = text.first, "•·▪◦‣»-–".contains(first) || first == " " { text.removeFirst() }
        return String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }
}
