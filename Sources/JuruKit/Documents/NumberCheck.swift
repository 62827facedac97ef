/// QA's check that a translation has the numbers of its source, read for what they
/// mean: "(20/06)" is in "June 20", "(18/9/2023)" in "Sept. 18, 2023", "13.45 WIB" in
/// "1:45 p.m.", "3 rudal" in "three missiles", "Rp50 ribu" in "50,000 rupiah".
enum NumberCheck {
    /// The source's numbers the target lacks, as English writes them ("number 254",
    /// "date June 20").
    static func missing(source: String, target: String) -> [String] {
        let wanted = NumberReading.read(source, language: .indonesian)
        let found = NumberReading.read(target, language: .english, words: true)
        let dateParts = Set(found.flatMap(\.plainParts))
        return wanted.filter { reading in
            if found.contains(where: reading.means) { return false }
            // A day or year the English gives as a plain number: "on the 20th", "in 2024".
            if case .amount(let digits, nil) = reading.value, dateParts.contains(digits) { return false }
            // One date of a range: "21-22 Juni" is "June 21-22", "21 dan 22 Juni" "June 21 and 22".
            if case .date(let day, let month, _) = reading.value,
               found.contains(where: { $0.value == .amount(String(day), scale: nil) }),
               found.contains(where: { if case .date(_, month, _) = $0.value { true } else { false } }) {
                return false
            }
            // Kept as the source wrote it (a code, an ID).
            return !target.contains(reading.text)
        }.map { reading in
            if case .date = reading.value { return "date " + NumberAdaptation.english(reading) }
            return "number " + NumberAdaptation.english(reading)
        }
    }
}
