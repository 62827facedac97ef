import Foundation

/// Runs async work to its end from synchronous code (Juru's commands are
/// synchronous). The caller's thread waits; the work runs on the concurrency pool.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// The result of ``blocking(_:)``'s work: written once, before the semaphore is signalled.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
