import JuruKit

/// An alignment side by side: one link a block, its shape and confidence, ✱ for review.
enum AlignmentPrinter {
    static func print(_ document: AlignedDocument, to output: inout OutputBuffer) {
        output.write("\(document.sourceName) ↔ \(document.targetName): \(document.sourceSentences.count) Indonesian, "
                     + "\(count(document.targetSentences.count, "English sentence")), \(count(document.links.count, "link"))\n\n")
        for (number, link) in document.links.enumerated() {
            output.write(block(link, in: document, number: "\(number + 1)"))
        }
        let review = document.reviewCount
        output.write("\n\(count(document.links.count - review, "link")) confident, \(review) marked ✱ for review\n")
    }

    /// One link: its mark, number, shape and confidence, then both sides.
    static func block(_ link: AlignmentLink, in document: AlignedDocument, number: String) -> String {
        let (source, target) = document.texts(of: link)
        return "\(link.needsReview ? "✱" : " ") \(number). \(link.kind)  \(Int((link.confidence * 100).rounded()))%\n"
            + "    id  \(source.isEmpty ? "—" : source)\n"
            + "    en  \(target.isEmpty ? "—" : target)\n"
    }
}
