/// A story the page template cuts into chunks (a body block, then an ad row, then the
/// next body block): the chunks are elements of the same kind and class as the best
/// scored block, in other rows of the same article. They are found within a few
/// levels above that block, and taken in page order with the block and its siblings.
enum StoryChunks {
    /// How far up the shared container may be: a chunk is a cousin, not a stranger.
    static let levels = 3

    static func roots(around top: PageNode, siblings: [PageNode]) -> [PageNode] {
        // An `article` element is a whole story by itself: others like it are other
        // stories (the next posts), not chunks of this one.
        guard top.name != "article", let names = top["class"], !names.isEmpty, top.textLength > 0 else { return siblings }
        var container = top
        for _ in 0..<levels {
            guard let parent = container.parent, parent.name != "body", parent.name != "html" else { break }
            container = parent
        }
        guard container !== top else { return siblings }
        let chosen = Set(siblings.map { ObjectIdentifier($0) })
        var roots: [PageNode] = []
        var chunks = 0
        func visit(_ node: PageNode) {
            for child in node.children where !child.isText && !child.isDropped {
                if chosen.contains(ObjectIdentifier(child)) {
                    roots.append(child)
                } else if child.name == top.name && child["class"] == names && isText(child) {
                    roots.append(child)
                    chunks += 1
                } else {
                    visit(child)
                }
            }
        }
        visit(container)
        // Every sibling must have been met on the way; otherwise keep them as they were.
        return chunks > 0 && roots.count == siblings.count + chunks ? roots : siblings
    }

    /// Running text rather than a row of links.
    private static func isText(_ node: PageNode) -> Bool {
        node.textLength >= 25 && ArticleExtractor.linkDensity(node) < 0.33
    }
}
