import Foundation
import GRDB

extension MemoryStore {
    /// Takes the pairs staged from the team server into the project memory and
    /// remembers `sequence` as the last change seen, in one transaction: a kill before
    /// the commit leaves the workspace where it was, to pull the same changes again.
    /// Returns how many units were new here.
    func mergePulled(_ staged: TeamStaging, through sequence: Int64) throws -> Int {
        try database.writeWithoutTransaction { db in
            try Self.attaching(staged.staging, db) {
                var added = 0
                try db.inTransaction {
                    // Another sync of this workspace (the REPL's listener) may have got there first.
                    let seen = try TeamMembership.current(db)?.lastSequence ?? 0
                    guard seen < sequence else { return .rollback }
                    added = try Self.mergeStaged(into: try Self.projectMemoryID(db), db).added
                    try db.execute(sql: "UPDATE teamMembership SET lastSequence = max(lastSequence, ?), lastSyncAt = ?",
                                   arguments: [sequence, Date()])
                    return .commit
                }
                return added
            }
        }
    }
}
