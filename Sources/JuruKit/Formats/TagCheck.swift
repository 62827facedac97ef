/// Checks, chunk by chunk, for the tags Foundation's XML parser on Linux cannot take,
/// so the readers refuse the file with its place instead of stalling or crashing:
///
/// - a start tag with more attributes than any real TMX, TBX, SRX or XLIFF file has:
///   libxml2 2.9 (Debian 12's) compares each attribute with all before it, and one
///   element with 200,000 attributes took 17 s in `tm import` (five minutes in `xmllint`);
/// - a processing instruction with no content (`<?name?>`): libxml2 hands Foundation
///   a null pointer for its content, and Foundation crashes on it (found by fuzzing).
///
/// Only the bytes are read, in one pass and in constant memory.
struct TagCheck {
    /// Far above the dozen a `<tu>` or `<termEntry>` has; far below what is slow.
    static let attributeLimit = 1_000

    struct Failure: Equatable {
        enum Kind: Equatable { case tooManyAttributes, emptyProcessingInstruction(String) }
        var line: Int
        var column: Int
        var kind: Kind

        var reason: String {
            switch kind {
            case .tooManyAttributes:
                "an element with more than \(Plural.number(TagCheck.attributeLimit)) attributes; no TMX, TBX, SRX or XLIFF file has one"
            case .emptyProcessingInstruction(let name):
                "a processing instruction with nothing in it (<?\(name)?>), which the XML parser cannot read; remove it"
            }
        }
    }

    private(set) var failure: Failure?
    private enum State { case text, tagStart, tag, quoted(UInt8), otherMarkup }
    /// Where a `<?name?>` may be, read apart from the tags: after an error inside a
    /// tag libxml2 reads on, and fuzzing found such instructions inside attribute lists.
    private enum Instruction { case none, open, name, end }
    private var instructionState = Instruction.none
    private var state = State.text
    private var attributes = 0
    /// The processing instruction's name so far (kept short: it is only for the message).
    private var instruction: [UInt8] = []
    private var line = 1, column = 0
    /// Where the tag and the instruction being read start, for the message.
    private var tagLine = 1, tagColumn = 1
    private var instructionLine = 1, instructionColumn = 1

    /// Checks the next chunk. Returns false once a tag the parser cannot take is found.
    @discardableResult
    mutating func check(_ chunk: some Sequence<UInt8>) -> Bool {
        guard failure == nil else { return false }
        for byte in chunk {
            column += 1
            if byte == 0x0A { line += 1; column = 0 }
            if !readInstruction(byte) { return false }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") { state = .tagStart; tagLine = line; tagColumn = column }
            case .tagStart:
                switch byte {
                // Comments, CDATA, declarations, instructions and end tags have no attributes.
                case UInt8(ascii: "!"), UInt8(ascii: "/"), UInt8(ascii: "?"): state = .otherMarkup
                default: state = .tag; attributes = 0
                }
            case .tag:
                switch byte {
                case UInt8(ascii: ">"): state = .text
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > Self.attributeLimit { return fail(.tooManyAttributes) }
                default: break
                }
            case .quoted(let quote):
                if byte == quote { state = .tag }
            case .otherMarkup:
                if byte == UInt8(ascii: ">") { state = .text }
            }
        }
        return true
    }

    /// Follows `<?name?>` byte by byte, wherever it stands; false when one is complete.
    private mutating func readInstruction(_ byte: UInt8) -> Bool {
        if byte == UInt8(ascii: "<") {
            instructionState = .open
            instructionLine = line; instructionColumn = column
            return true
        }
        switch instructionState {
        case .none:
            break
        case .open:
            instructionState = byte == UInt8(ascii: "?") ? .name : .none
            instruction = []
        case .name:
            // libxml2 gives no content only when "?>" follows the name at once.
            if byte == UInt8(ascii: "?") { instructionState = instruction.isEmpty ? .none : .end }
            else if Self.isSpace(byte) || byte == UInt8(ascii: ">") { instructionState = .none }
            else if instruction.count < 40 { instruction.append(byte) }
        case .end:
            instructionState = .none
            if byte == UInt8(ascii: ">") {
                failure = Failure(line: instructionLine, column: instructionColumn,
                                  kind: .emptyProcessingInstruction(String(decoding: instruction, as: UTF8.self)))
                return false
            }
        }
        return true
    }

    /// The first tag the parser cannot take in `data`, if any.
    static func firstFailure(in data: some Sequence<UInt8>) -> Failure? {
        var check = TagCheck()
        check.check(data)
        return check.failure
    }

    private mutating func fail(_ kind: Failure.Kind) -> Bool {
        failure = Failure(line: tagLine, column: tagColumn, kind: kind)
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
