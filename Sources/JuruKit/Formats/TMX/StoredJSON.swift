/// The JSON the store keeps a unit's TMX extras and properties in, written by hand:
/// `JSONEncoder` took a fifth of a large import's time for what is mostly one
/// `tuid`. The text is the encoder's, byte for byte (keys sorted, `/` escaped, no
/// spaces), so that stores written before and after hold the same thing; a test
/// checks it against `JSONEncoder` (``TMXExtras/json``).
struct StoredJSON {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(64)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case UInt8(ascii: "/"): bytes += [0x5C, 0x2F]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x00..<0x20:
                bytes += Array("\\u00".utf8)
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0xF))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":`, the key escaped like any string.
    mutating func key(_ key: String) {
        string(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// An object of strings, its keys in the order of their UTF-8 bytes.
    mutating func object(_ values: [String: String]) {
        bytes.append(UInt8(ascii: "{"))
        let keys = values.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (position, key) in keys.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            self.key(key)
            string(values[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array(_ values: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (position, value) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `[{"type":…,"value":…},…]`, as `TMXProperty`'s `Codable` conformance has it.
    mutating func properties(_ values: [TMXProperty]) {
        bytes.append(UInt8(ascii: "["))
        for (position, property) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "{"))
            key("type")
            string(property.type)
            bytes.append(UInt8(ascii: ","))
            key("value")
            string(property.value)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func comma() {
        bytes.append(UInt8(ascii: ","))
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : UInt8(ascii: "a") + value - 10
    }
}

extension TMXExtras {
    /// The text `JSONEncoder` with sorted keys gives, written directly.
    var storedJSON: String {
        var json = StoredJSON()
        json.raw("{")
        json.key("sourceAttributes"); json.object(sourceAttributes); json.comma()
        json.key("sourceNotes"); json.array(sourceNotes); json.comma()
        json.key("sourceProperties"); json.properties(sourceProperties); json.comma()
        json.key("targetAttributes"); json.object(targetAttributes); json.comma()
        json.key("targetNotes"); json.array(targetNotes); json.comma()
        json.key("targetProperties"); json.properties(targetProperties); json.comma()
        json.key("unitAttributes"); json.object(unitAttributes)
        json.raw("}")
        return json.text
    }
}

extension [TMXProperty] {
    /// The text `JSONEncoder` gives for the list, written directly.
    var storedJSON: String {
        var json = StoredJSON()
        json.properties(self)
        return json.text
    }
}
