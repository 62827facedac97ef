import JuruKit

/// An alignment side by side: one link a block, its shape and confidence, ✱ for review.
enum AlignmentPrinter {
    static func print(_ document: AlignedDocument, to output: inout OutputBuffer) {
        output.write("\(document.sourceName) ↔ \(document.targetName): \(document.sourceSentences.count) Indonesian, "
                     + "\(document.targetSentences.count) English sentences, \(document.links.count) links\n\n")
        for (number, link) in document.links.enumerated() {
            let mark = link.needsReview ? "✱" : " "
            let (source, target) = document.texts(of: link)
            output.write("\(mark) \(number + 1). \(link.kind)  \(Int((link.confidence * 100).rounded()))%\n")
            output.write("    id  \(source.isEmpty ? "—" : source)\n")
            output.write("    en  \(target.isEmpty ? "—" : target)\n")
        }
        let review = document.reviewCount
        output.write("\n\(document.links.count - review) links confident, \(review) marked ✱ for review\n")
    }
}
