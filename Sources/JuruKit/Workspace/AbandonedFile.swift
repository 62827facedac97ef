import Foundation

/// Scratch files carry the id of the process that made them (`.import-PID-N.sqlite`,
/// `.NAME.juru-PID.part`, `juru.sqlite.new-PID`), so that the leftovers of a killed
/// command can be told from a running one's and removed.
enum AbandonedFile {
    /// Whether the process that made a file is gone (and is not this one).
    static func isAbandoned(byProcess pid: Int32) -> Bool {
        pid > 0 && pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
