/// Counts as English writes them: "1 segment", "2 segments".
public enum Plural {
    /// `count` and `noun`, plural unless the count is one ("entry" → "entries").
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? Self.plural(noun))
    }

    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }
}
