/// Escaping for text and attribute values written into XML.
enum XMLText {
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == "&" || $0 == ">" || $0 == "\"" }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
