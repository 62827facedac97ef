import Foundation

/// Pairs pulled from the team server, staged as an import stages a TMX file
/// (``ImportStaging``), so that the store takes a large backlog the way `juru tm import`
/// takes one: in one merge, one transaction, the concordance filled once. Pulling into
/// the scratch file leaves the store free meanwhile, and a kill while pulling leaves the
/// store as it was (the scratch file is removed at the next open).
final class TeamStaging: @unchecked Sendable {  // used by one pull at a time
    let staging: ImportStaging
    /// Pairs staged so far.
    private(set) var count = 0

    init(folder: URL) throws {
        staging = try ImportStaging(folder: folder)
    }

    /// Stages a page of pulled pairs, in one transaction.
    func add(_ units: [StoredUnit]) throws {
        try staging.add(units)
        count += units.count
    }

    func remove() {
        staging.remove()
    }
}
