/// Sentences one side has and the other lacks that read like any other sentence: a
/// background line the English edition adds ("Russia launched its full-scale
/// invasion of Ukraine in February 2022."), a detail it cuts. Length cannot tell
/// them from a translation; their numbers and names can, when the other side of a
/// link carries numbers too and none of them agree.
enum StrayLines {
    /// A name or number that more sentences of one side carry (the country the
    /// article is about) says little about which sentence a link holds.
    static let maximumSentencesPerName = 2
    /// What a stray adds to its link's cost: with one on each side, a 1:1 costs more
    /// than a 1:0 and a 0:1 (measured on the shared gold sets: nothing gets worse).
    static let cost = 5.0

    /// Per sentence, the names and numbers that tell it apart (carried by at most
    /// ``maximumSentencesPerName`` sentences of its side), and whether a number of
    /// two digits or more is among them.
    static func telling(_ cues: [SentenceCues]) -> [(keys: [Int32], hasFigure: Bool)] {
        var sentences: [Int32: Int] = [:]
        for cue in cues {
            for key in cue.names { sentences[key, default: 0] += 1 }
        }
        return cues.map { cue in
            let keys = cue.names.filter { sentences[$0]! <= maximumSentencesPerName }
            return (keys, cue.figures.contains { sentences[$0]! <= maximumSentencesPerName })
        }
    }
}
