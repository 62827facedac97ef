import Foundation

/// Rewrites the XHTML named entities of an XML text (`&eacute;`, `&nbsp;`) as
/// numeric character references (`&#233;`, `&#160;`), which every XML parser
/// knows, so their characters reach the translator.
///
/// A TMX file that names its DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) tells the
/// parser that entities may be declared there; the DTD is never loaded, and the
/// parser dropped the undeclared ones without a word. Text inside CDATA sections is
/// left as written. The rewrite reads bytes, so it only runs on UTF-8 (and ASCII)
/// files; in UTF-16 files, as for any name outside the table, the reader's
/// ``UnknownEntity`` check refuses the file instead.
struct EntityMapping {
    private enum State { case text, entity, markup, cdata }
    private var state = State.text
    /// Bytes held back while it is not yet known what they start.
    private var held: [UInt8] = []
    /// The last bytes of a CDATA section, to see its `]]>`.
    private var cdataTail: [UInt8] = []
    private let enabled: Bool

    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let longestName = 8  // "thetasym"

    /// `head`: the file's first bytes, to leave UTF-16 alone.
    init(head: Data) {
        let bytes = [UInt8](head.prefix(64))
        let nuls = bytes.filter { $0 == 0 }.count
        enabled = !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || nuls > 8)
    }

    /// The whole of `data`, rewritten.
    static func rewrite(_ data: Data) -> Data {
        var mapping = EntityMapping(head: data)
        var out = mapping.rewrite(data)
        out += mapping.finish()
        return out
    }

    /// Rewrites the next chunk; bytes that may begin an entity are held for the next.
    mutating func rewrite(_ chunk: Data) -> Data {
        guard enabled else { return chunk }
        var out: [UInt8] = []
        out.reserveCapacity(chunk.count + 16)
        let bytes = [UInt8](chunk)
        var index = 0
        while index < bytes.count {
            // Plain text up to the next "&" or "<" is copied as it is, in one go.
            if state == .text {
                let next = bytes[index...].firstIndex { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") } ?? bytes.count
                out += bytes[index..<next]
                index = next
                guard index < bytes.count else { break }
            }
            take(bytes[index], into: &out)
            index += 1
        }
        return Data(out)
    }

    /// The bytes still held at the end of the file.
    mutating func finish() -> Data {
        defer { held = [] }
        return Data(held)
    }

    private mutating func take(_ byte: UInt8, into out: inout [UInt8]) {
        switch state {
        case .cdata:
            out.append(byte)
            cdataTail.append(byte)
            if cdataTail.count > 3 { cdataTail.removeFirst() }
            if cdataTail == Array("]]>".utf8) { state = .text; cdataTail = [] }
        case .text:
            if byte == UInt8(ascii: "&") { state = .entity; held = [byte] }
            else if byte == UInt8(ascii: "<") { state = .markup; held = [byte] }
            else { out.append(byte) }
        case .entity:
            if byte == UInt8(ascii: ";") {
                let name = String(decoding: held.dropFirst(), as: UTF8.self)
                if let code = HTMLEntities.codePoints[name] {
                    out += Array("&#\(code);".utf8)
                } else {
                    out += held + [byte]
                }
                held = []
                state = .text
            } else if Self.isNameByte(byte) && held.count <= Self.longestName {
                held.append(byte)
            } else {
                out += held
                held = []
                state = .text
                take(byte, into: &out)
            }
        case .markup:
            held.append(byte)
            if held == Self.cdataStart {
                out += held
                held = []
                state = .cdata
            } else if !Self.cdataStart.starts(with: held) {
                let last = held.removeLast()
                out += held
                held = []
                state = .text
                take(last, into: &out)
            }
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

/// An input stream over a file that passes its bytes through ``EntityMapping``, for
/// an XML parser that reads a file of any size in chunks.
final class EntityMappingStream: InputStream {
    private let handle: FileHandle
    private var mapping: EntityMapping?
    /// Bytes that are not UTF-8 end the stream here (the parser then fails) and are
    /// reported by the reader from ``UTF8Check/failure``.
    private(set) var utf8: UTF8Check?
    /// A tag the parser cannot take ends the stream too (see ``TagCheck``).
    private(set) var tags = TagCheck()
    private var pending = Data()
    private var ended = false

    init(handle: FileHandle) {
        self.handle = handle
        super.init(data: Data())
    }

    override func open() {}

    override func close() {}

    override var hasBytesAvailable: Bool { !ended || !pending.isEmpty }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while pending.isEmpty && !ended {
            let chunk = (try? handle.read(upToCount: 1 << 17)) ?? nil
            if mapping == nil { mapping = EntityMapping(head: chunk ?? Data()) }
            if utf8 == nil { utf8 = UTF8Check(head: chunk ?? Data()) }
            // Over the raw bytes: iterating `Data` itself costs more than the parse.
            if let chunk, !chunk.isEmpty,
               !chunk.withUnsafeBytes({ utf8!.check($0) }) || !chunk.withUnsafeBytes({ tags.check($0) }) {
                ended = true
                break
            }
            if let chunk, !chunk.isEmpty {
                pending = mapping!.rewrite(chunk)
            } else {
                pending = mapping!.finish()
                ended = true
            }
        }
        let count = min(length, pending.count)
        pending.copyBytes(to: buffer, count: count)
        pending.removeFirst(count)
        return count
    }
}
