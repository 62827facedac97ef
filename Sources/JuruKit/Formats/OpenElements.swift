/// The elements an XML parser has opened and not yet closed.
///
/// Foundation's XMLParser reads in chunks and never tells the parser that the input
/// ended, so a file cut off in the middle parses without an error; what is still
/// open at the end shows it.
struct OpenElements {
    private(set) var names: [String] = []
    private(set) var rootClosed = false
    private var root = ""

    mutating func open(_ name: String) {
        if names.isEmpty { root = name }
        names.append(name)
    }

    mutating func close() {
        guard !names.isEmpty else { return }
        names.removeLast()
        if names.isEmpty { rootClosed = true }
    }

    /// Why the file is incomplete, or nil when its root element was closed.
    var cutShort: String? {
        guard let innermost = names.last, let root = names.first else { return nil }
        return "the file ends inside <\(innermost)>, before </\(root)>: it was cut short"
    }

    /// What follows the root element's end, for the parser's error there.
    var extraContent: String {
        "extra content after </\(root)>, where the file should end (a second root element?)"
    }
}
