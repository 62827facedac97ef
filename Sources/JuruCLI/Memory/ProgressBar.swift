import Foundation

/// A one-line progress bar on standard error, shown only when it is a terminal.
struct ProgressBar {
    private let label: String
    private let enabled = isatty(2) == 1
    private var lastPercent = -1

    init(_ label: String) {
        self.label = label
    }

    mutating func update(_ fraction: Double) {
        guard enabled else { return }
        let percent = Int((fraction * 100).rounded(.down))
        guard percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)%".utf8))
    }

    func finish() {
        guard enabled, lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
