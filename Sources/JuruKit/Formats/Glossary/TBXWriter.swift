import Foundation

/// Writes a glossary as TBX: TBX 2008 (`<martif>`, valid against
/// `TBXcoreStructV02.dtd`; what OmegaT 3.6 and translate-toolkit read) by default,
/// or TBX v3 TBX-Basic in the DCA style.
public enum TBXWriter {
    public enum Version: String, Sendable, CaseIterable {
        case tbx2008 = "2008"
        case v3 = "3"
    }

    public static func write(_ entries: [GlossaryEntry], to url: URL, version: Version = .tbx2008) throws(GlossaryError) {
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        switch version {
        case .tbx2008:
            xml += """
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
                <martif type="TBX" xml:lang="en">
                  <martifHeader>
                    <fileDesc>
                      <sourceDesc><p>Written by Juru: Indonesian (id) to English (en)</p></sourceDesc>
                    </fileDesc>
                  </martifHeader>
                  <text>
                    <body>

                """
        case .v3:
            xml += """
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader>
                    <fileDesc>
                      <sourceDesc><p>Written by Juru: Indonesian (id) to English (en)</p></sourceDesc>
                    </fileDesc>
                  </tbxHeader>
                  <text>
                    <body>

                """
        }
        let (entryElement, languageElement, termElement) = version == .tbx2008
            ? ("termEntry", "langSet", "tig") : ("conceptEntry", "langSec", "termSec")
        for (number, entry) in entries.enumerated() {
            xml += "      <\(entryElement) id=\"e\(number + 1)\">\n"
            if let note = entry.note { xml += "        <note>\(XMLText.escape(note))</note>\n" }
            for (language, terms) in [("id", entry.sourceTerms), ("en", entry.targetTerms)] {
                xml += "        <\(languageElement) xml:lang=\"\(language)\">\n"
                for term in terms {
                    xml += "          <\(termElement)>\n"
                    xml += "            <term>\(XMLText.escape(term.text))</term>\n"
                    if let partOfSpeech = term.partOfSpeech {
                        let value = version == .v3 ? basicPartOfSpeech(partOfSpeech) : partOfSpeech
                        xml += "            <termNote type=\"partOfSpeech\">\(XMLText.escape(value))</termNote>\n"
                    }
                    if let status = term.status {
                        xml += "            <termNote type=\"administrativeStatus\">\(status.tbxValue)</termNote>\n"
                    }
                    if let note = term.note { xml += "            <note>\(XMLText.escape(note))</note>\n" }
                    xml += "          </\(termElement)>\n"
                }
                xml += "        </\(languageElement)>\n"
            }
            xml += "      </\(entryElement)>\n"
        }
        xml += "    </body>\n  </text>\n</\(version == .tbx2008 ? "martif" : "tbx")>\n"
        try GlossaryFile.write(xml, to: url)
    }

    /// TBX-Basic allows five parts of speech; a proper noun is a noun.
    private static func basicPartOfSpeech(_ value: String) -> String {
        switch value.lowercased() {
        case "noun", "propernoun", "proper noun", "n": "noun"
        case "verb", "v": "verb"
        case "adjective", "adj": "adjective"
        case "adverb", "adv": "adverb"
        default: "other"
        }
    }
}
