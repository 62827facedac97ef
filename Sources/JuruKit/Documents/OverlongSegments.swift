/// Segments too long to be sentences (a page's text without punctuation, a table
/// run together) are cut into pieces a translator can work with. Matching and the
/// word diff cost grows with a segment's length squared; pieces keep every later
/// step linear in the article's length and bounded in memory.
public enum OverlongSegments {
    /// The longest segment kept whole, in characters: four times the longest news
    /// sentence seen in the gold sets.
    public static let limit = 2_000

    /// `text` in pieces of at most `limit` characters, cut after the last comma,
    /// semicolon or colon in a piece's second half, else at its last space, else
    /// (no space at all) at the limit itself.
    public static func pieces(of text: String, limit: Int = limit) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        // Looking `limit` characters ahead, not counting what is left: counting the
        // rest at every cut made a 10 MB line quadratic.
        while rest.index(rest.startIndex, offsetBy: limit, limitedBy: rest.endIndex).map({ $0 < rest.endIndex }) ?? false {
            let window = rest.prefix(limit)
            let half = window.index(window.startIndex, offsetBy: limit / 2)
            let cut = window[half...].lastIndex(where: { ",;:".contains($0) }).map { window.index(after: $0) }
                ?? window.lastIndex(where: \.isWhitespace)
                ?? window.endIndex
            let piece = rest[..<cut].trimmingCharacters(in: .whitespaces)
            if !piece.isEmpty { pieces.append(piece) }
            rest = rest[cut...].drop(while: \.isWhitespace)
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces.isEmpty ? [text] : pieces
    }
}
