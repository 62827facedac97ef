/// The article text a page gives in its JSON-LD (`articleBody`), used as a second
/// opinion on the blocks found in the page: blocks it has none of are page furniture
/// that sat inside the article's container, and when the page shows much less than it
/// (text drawn by scripts, a template the scoring misread) it stands in for them.
struct LinkedDataGuide {
    private let shingles: Set<String>
    private let wordCount: Int

    init(articleBody: String) {
        let words = LinkedDataGuide.words(articleBody)
        wordCount = words.count
        shingles = LinkedDataGuide.shingles(words)
    }

    static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }

    static func shingles(_ words: [Substring]) -> Set<String> {
        guard words.count >= 4 else { return words.isEmpty ? [] : [words.joined(separator: " ").lowercased()] }
        var set = Set<String>()
        for start in 0...(words.count - 4) { set.insert(words[start..<start + 4].joined(separator: " ").lowercased()) }
        return set
    }

    /// The share of a text's shingles that the JSON-LD body has.
    func share(of text: String) -> Double {
        let own = LinkedDataGuide.shingles(LinkedDataGuide.words(text))
        guard !own.isEmpty else { return 0 }
        return Double(own.intersection(shingles).count) / Double(own.count)
    }

    /// The blocks checked against the JSON-LD body, or its own paragraphs.
    func review(_ blocks: [PageArticle.Block], body: String) -> [PageArticle.Block] {
        guard wordCount >= 40 else { return blocks }
        let pageWords = blocks.reduce(0) { $0 + LinkedDataGuide.words($1.text).count }
        let shares = blocks.map { share(of: $0.text) }
        let agreeing = zip(blocks, shares).filter { $0.1 >= 0.5 }.reduce(0) { $0 + LinkedDataGuide.words($1.0.text).count }
        // The page shows little of the body: the body is the better text.
        if Double(agreeing) < Double(wordCount) * 0.5 && pageWords < wordCount * 2 {
            return body.split(whereSeparator: \.isNewline).map { String($0).foldingWhitespace() }.filter { !$0.isEmpty }
                .map { PageArticle.Block(kind: .body, text: $0, line: 0) }
        }
        // The page and the body agree on most of the text: leave out the blocks the
        // body does not have (related links, captions, sign-up boxes inside the story).
        guard Double(agreeing) >= Double(pageWords) * 0.6 else { return blocks }
        return zip(blocks, shares).filter { block, share in
            share >= 0.2 || block.kind == .subheading && LinkedDataGuide.words(block.text).count < 4
        }.map(\.0)
    }
}
