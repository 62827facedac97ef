import Foundation
import JuruKit

/// `juru align --review`: the links marked ✱, one at a time. What is accepted goes
/// into the memory before the next prompt; nothing else does, unless the translator
/// asked for the confident links with `--into-memory` or takes them at the end.
struct AlignmentReviewSession {
    let document: AlignedDocument
    let store: MemoryStore
    let intoMemory: Bool

    static let help = "a accept · r reject · j join with the next link · s split off the first sentences · q quit"

    func run() throws {
        var review = AlignmentReview(links: document.links, acceptingConfident: intoMemory)
        if intoMemory {
            let confident = review.accepted
            try document.store(into: store, links: confident)
            print("\n\(Self.confidentLinks(confident.count)) stored (--into-memory). Review: \(Self.help)")
        } else {
            print("\n\(Self.confidentLinks(review.proposed.count)): nothing is stored until you accept it. Review: \(Self.help)")
        }
        var position = 0
        let input = LineInput()
        while let index = review.nextPending(from: position) {
            show(review.links[index], number: index + 1, of: review.links.count)
            guard let answer = input.read(prompt: "a/r/j/s/q> ", initial: nil)?
                .trimmingCharacters(in: .whitespaces).lowercased() else { break }
            switch answer {
            case "a", "accept":
                let link = review.links[index]
                if link.source.isEmpty || link.target.isEmpty {
                    review.reject(index)  // a line with no counterpart: nothing to store
                    print("no counterpart: left out of the memory")
                } else {
                    review.accept(index)
                    try document.store(into: store, links: [link])
                    print("stored")
                }
                position = index + 1
            case "r", "reject":
                review.reject(index)
                position = index + 1
            case "j", "join":
                if !review.join(index) { print("Nothing to join it with: this is the last link, or the next one is stored.") }
            case "s", "split":
                if !review.split(index) { print("One sentence a side: nothing to split.") }
            case "q", "quit":
                position = review.links.count
            default:
                print(Self.help)
            }
            if answer == "q" || answer == "quit" { break }
        }
        let proposed = review.proposed.count
        if proposed > 0, let answer = input.read(prompt: "Store the \(Self.confidentLinks(proposed)) too? y/n> ", initial: nil),
           ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) {
            try document.store(into: store, links: review.acceptProposed())
        }
        let stored = review.accepted.count
        let waiting = review.decisions.filter { $0 == nil }.count
        print("\(Self.links(stored)) in the memory, \(waiting) left undecided.")
    }

    static func links(_ count: Int) -> String { count == 1 ? "1 link" : "\(count) links" }
    static func confidentLinks(_ count: Int) -> String { count == 1 ? "1 confident link" : "\(count) confident links" }

    private func show(_ link: AlignmentLink, number: Int, of total: Int) {
        print("\n" + AlignmentPrinter.block(link, in: document, number: "\(number)/\(total)"), terminator: "")
    }
}
