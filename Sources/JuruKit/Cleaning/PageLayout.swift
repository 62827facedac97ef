/// Decisions that need the whole page: where the article's body runs, which line is the
/// headline, what is printed twice, and what lies outside the article.
///
/// A line that reads as a paragraph of the body is never set aside here; only short
/// lines, teasers before the headline, copies of text already kept, and what follows the
/// credit that closes the story are.
struct PageLayout {
    var lines: [PageLine]
    /// The first paragraph of the body, and the last line of running text.
    private(set) var bodyStart: Int?
    private(set) var bodyEnd: Int?
    private(set) var headline: Int?
    /// The writer's credit that closes the story ("Laporan: …"), when another story's
    /// picture, title and teaser follow it.
    private(set) var closingCredit: Int?
    /// Where the next story of a listing page begins (its title, then its report).
    private(set) var nextStory: Int?

    init(lines: [PageLine]) {
        self.lines = lines
    }

    mutating func decide() {
        setAsideCopies()
        setAsideCreditCopies()
        setAsideListingAbove()
        findBody()
        markBylinesAfterLabels()
        chooseHeadline()
        setAsideBeforeHeadline()
        setAsideRepeats()
        setAsideCutTitles()
        setAsideOutsideBody()
        assignKinds()
    }

    // MARK: - Copies

    /// Text printed twice: a caption under a label ("Keterangan gambar, …", "Foto: …"), a
    /// bulleted copy, a truncated copy ("Selama ini saya … "disala"), and teasers that a
    /// slider prints twice in a row before the article.
    private mutating func setAsideCopies() {
        let keys = lines.map(\.key)
        for index in lines.indices where !lines[index].isFurniture && keys[index].count >= 8 {
            let line = lines[index]
            let labelled = FurnitureShapes.captionLabelRemoved(from: line.kept) != nil || line.startsWithBullet
            if labelled, let other = lines.indices.first(where: { $0 != index && keys[$0] == keys[index] && !lines[$0].isFurniture
                && FurnitureShapes.captionLabelRemoved(from: lines[$0].kept) == nil && !lines[$0].startsWithBullet }) {
                lines[index].furniture = .repeatedText
                if !line.startsWithBullet && other < index { lines[other].kind = .caption }
                continue
            }
            // Cut short: the start of a longer line elsewhere, with no sentence end of its own.
            if keys[index].count >= 30, line.words >= 15, !line.endsLikeSentence,
               lines.indices.contains(where: { $0 != index && keys[$0].count > keys[index].count + 3 && keys[$0].hasPrefix(keys[index]) }) {
                lines[index].furniture = .repeatedText
            }
        }
        // A slider prints each teaser twice, one after the other.
        for index in lines.indices.dropLast() where !lines[index].isFurniture && lines[index].isProse {
            let next = index + 1
            guard keys[next] == keys[index], !lines[next].isFurniture, lines[index].credit == nil,
                  !ParagraphKinds.isCaption(lines[index].kept), !lines[..<index].contains(where: \.isProse) else { continue }
            lines[index].furniture = .teaser
            lines[next].furniture = .teaser
        }
    }

    /// "Humas Kota Bandung" on a line of its own, when a caption ends "(Humas Kota Bandung).":
    /// the photo's credit printed again under the picture.
    private mutating func setAsideCreditCopies() {
        var credits: [String: Int] = [:]
        for index in lines.indices where !lines[index].isFurniture {
            let text = lines[index].kept
            guard let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close,
                  text[close...].allSatisfy({ ")．. ".contains($0) }) else { continue }
            let credit = String(text[text.index(after: open)..<close])
            let key = PageLine(number: 0, text: credit).key
            if key.count >= 6, (1...5).contains(credit.split(separator: " ").count),
               text[..<open].split(separator: " ").count >= 3 { credits[key] = index }
        }
        guard !credits.isEmpty else { return }
        let keys = lines.map(\.key)
        for index in lines.indices where !lines[index].isFurniture && lines[index].words <= 5 && !lines[index].endsLikeSentence {
            guard let caption = credits[keys[index]], caption != index else { continue }
            // Under its picture: printed twice, or beside the caption. A heading that names
            // what a paragraph put in brackets stands alone.
            let twice = keys.indices.contains { $0 != index && keys[$0] == keys[index] }
            guard twice || abs(caption - index) <= 2 else { continue }
            lines[index].furniture = .photoCredit
            lines[caption].kind = .caption
        }
    }

    /// A block of other stories over the article: three or more titles, each with its
    /// teaser paragraph, then the article's own date and title. What stands before the
    /// article's date is a listing, however much it reads like text.
    private mutating func setAsideListingAbove() {
        let kept = lines.indices.filter { !lines[$0].isFurniture }
        var position = 0
        while position + 1 < kept.count {
            var pairs = 0
            var cursor = position
            while cursor + 1 < kept.count, isListedTitle(kept[cursor]), isTeaser(kept[cursor + 1]) {
                pairs += 1
                cursor += 2
            }
            // The article starts after the block: its date, then (or over) its title.
            let after = kept[cursor...].prefix(3)
            let dated = after.prefix(2).contains { ParagraphKinds.isDateline(lines[$0].kept) }
            let titled = after.contains { isListedTitle($0) }
            let proseBefore = kept[..<position].contains { lines[$0].isProse }
            if pairs >= 3, dated, titled, !proseBefore {
                for index in kept[position..<cursor] { lines[index].furniture = .teaser }
                return
            }
            position = pairs > 0 ? cursor : position + 1
        }
    }

    private func isListedTitle(_ index: Int) -> Bool {
        let line = lines[index]
        guard (3...16).contains(line.words), !line.endsLikeSentence || line.kept.hasSuffix("?"), !line.startsWithBullet,
              !ParagraphKinds.isDateline(line.kept), !ParagraphKinds.isByline(line.kept),
              let first = line.kept.first else { return false }
        return first.isUppercase || first.isNumber
    }

    private func isTeaser(_ index: Int) -> Bool {
        lines[index].isProse && lines[index].words <= 60
    }

    // MARK: - Body

    private mutating func findBody() {
        var prose = lines.indices.filter { lines[$0].isProse }
        // A page that prints no paragraph with its stop: its running text is its sentences in lower case.
        if prose.isEmpty { prose = lines.indices.filter { Self.isUnstoppedSentence(lines[$0]) } }
        // A date of publication between two paragraphs starts another article: the one
        // above it is a teaser of another story, not where this body starts.
        bodyStart = prose.first { index in
            prose.contains { $0 > index && $0 <= index + 4 && lines[$0].key != lines[index].key
                && !lines[(index + 1)..<$0].contains { !$0.isFurniture && ParagraphKinds.isDateline($0.kept) } }
        } ?? prose.first
        // The body ends with its last sentence, caption, or lead-in to a list ("Berikut daftarnya:").
        bodyEnd = lines.indices.last { index in
            let line = lines[index]
            return line.isProse || prose.contains(index) || !line.isFurniture && line.words >= 6
                && (line.kept.hasSuffix(":") || ParagraphKinds.isCaption(line.kept) || line.credit != nil)
        }
        extendBodyOverList()
        extendBodyOverUnstoppedText()
        endBodyAtClosingCredit()
        endBodyAtNextStory()
    }

    /// A listing page prints the next story under this one, and its report opens with the
    /// same outlet lead as this body's first paragraph ("Jakarta, Aktual.com – …"). A story
    /// has one such lead: from the title over the second one, the page is another story's.
    private mutating func endBodyAtNextStory() {
        // The lead opens one of the body's first paragraphs (a caption may come first).
        let lines = self.lines
        guard let start = bodyStart, let opening = lines.indices.filter({ $0 >= start && lines[$0].isProse }).prefix(3)
                  .first(where: { Self.outletLead(lines[$0].kept) != nil }), let lead = Self.outletLead(lines[opening].kept),
              let report = lines.indices.first(where: { $0 > opening && lines[$0].isProse
                  && Self.outletLead(lines[$0].kept)?.hasSuffix(lead) == true }) else { return }
        // Its title is the nearest title-shaped line over it; a date, a photo, a counter may stand between.
        var first = report
        for index in stride(from: report - 1, through: max(opening + 1, report - 4), by: -1) {
            let line = lines[index]
            if line.isProse { break }
            if !line.isFurniture, (3...30).contains(line.words), !ParagraphKinds.isDateline(line.kept),
               !ParagraphKinds.isByline(line.kept), !ParagraphKinds.isBylineLabel(line.kept) {
                first = index
                break
            }
        }
        nextStory = first
        bodyEnd = lines.indices.last { $0 < first && lines[$0].isProse } ?? bodyEnd
    }

    /// The outlet's name in the lead of a report: "Jakarta, Aktual.com – …" gives
    /// "aktual.com", "batampos.co.id – …" gives "batampos.co.id", "itoday - …" "itoday".
    static func outletLead(_ text: String) -> String? {
        guard let dash = text.range(of: #"\s(–|—|-{1,2})\s"#, options: .regularExpression),
              text.distance(from: text.startIndex, to: dash.lowerBound) <= 48 else { return nil }
        let head = text[..<dash.lowerBound]
        let outlet = (head.split(separator: ",").last ?? head).trimmingCharacters(in: .whitespaces).lowercased()
        guard outlet.count >= 4, outlet.split(separator: " ").count <= 3, head.split(separator: " ").count <= 5,
              outlet.first?.isLetter == true else { return nil }
        return outlet
    }

    /// The items of a list the body leads into ("Persyaratan …:" then "a. Akta Lahir",
    /// "b. Kartu Keluarga (KK)") are the body's, however short.
    private mutating func extendBodyOverList() {
        guard var end = bodyEnd, lines[end].kept.hasSuffix(":") else { return }
        while end + 1 < lines.count, !lines[end + 1].isFurniture, Self.isListItem(lines[end + 1].kept) { end += 1 }
        bodyEnd = end
    }

    /// Paragraphs a page prints without their stops ("Beberapa pembeli mengeluhkan kenaikan
    /// harga dan mengakalinya dengan mengurangi pembelian") right after the body's last
    /// sentence are the body's: sentences in lower case, not titles.
    private mutating func extendBodyOverUnstoppedText() {
        guard var end = bodyEnd else { return }
        while end + 1 < lines.count, Self.isUnstoppedSentence(lines[end + 1]) { end += 1 }
        bodyEnd = end
    }

    static func isUnstoppedSentence(_ line: PageLine) -> Bool {
        guard !line.isFurniture, !line.isForeign, !line.startsWithBullet, line.words >= 8, !line.endsLikeSentence,
              !line.kept.hasSuffix(":"), line.kept.first?.isUppercase == true, !LineLanguage.isEnglish(line.kept) else { return false }
        let words = line.kept.split(whereSeparator: \.isWhitespace).dropFirst().filter { $0.first?.isLetter == true }
        let lower = words.filter { $0.first?.isLowercase == true }.count
        return lower * 10 >= words.count * 7
    }

    /// "a. …", "1) …", "- …", "• …".
    static func isListItem(_ text: String) -> Bool {
        text.range(of: #"^([a-zA-Z0-9]{1,2}[.)]|[-–•·▪])\s+\S"#, options: .regularExpression) != nil
    }

    /// "Laporan: Dea Syavira" after the story's paragraphs closes it: what follows, unless
    /// the story goes on for three more paragraphs, is another story's picture, title and
    /// teaser.
    private mutating func endBodyAtClosingCredit() {
        guard let start = bodyStart, let end = bodyEnd, end > start else { return }
        let lines = self.lines
        func prose(_ range: ClosedRange<Int>) -> Int {
            range.filter { lines[$0].isProse && !ParagraphKinds.isCaption(lines[$0].kept) }.count
        }
        guard let credit = lines.indices.last(where: { index in
            index > start && index < end && !lines[index].isFurniture && ParagraphKinds.isByline(lines[index].kept)
                && !ParagraphKinds.isNameAndDate(lines[index].kept)
        }), prose(start...credit) >= 2, prose((credit + 1)...end) < 3 else { return }
        bodyEnd = credit
        closingCredit = credit
    }

    private func isBody(_ index: Int) -> Bool {
        guard let bodyStart, let bodyEnd else { return false }
        return index >= bodyStart && index <= bodyEnd
    }

    // MARK: - Headline

    /// "Oleh" / "Editor:" alone on a line: the next line is the name.
    private mutating func markBylinesAfterLabels() {
        for index in lines.indices.dropLast() where !lines[index].isFurniture && ParagraphKinds.isBylineLabel(lines[index].kept) {
            lines[index].kind = .byline
            if let next = nextKept(after: index), !lines[next].isProse, lines[next].words <= 6,
               !ParagraphKinds.isBylineLabel(lines[next].kept) {
                lines[next].kind = .byline
            }
        }
    }

    /// The headline is the title-shaped line before the body with the most evidence: the
    /// page prints it again, or a dateline, byline, standfirst, photo or the body follows it.
    private mutating func chooseHeadline() {
        let end = bodyStart ?? lines.count
        let keys = lines.map(\.key)
        var best: (index: Int, score: Int)?
        var scores: [(index: Int, score: Int)] = []
        for index in 0..<end where isHeadlineCandidate(index) {
            var score = 0
            let key = keys[index]
            if key.count >= 10, lines.indices.contains(where: { $0 != index && keys[$0] == key && !isPhotoCopy($0, of: index) }) { score += 4 }
            // The title printed again over its pictures, glued to their captions
            // ("2 RW di Banyuasin Terendam Banjir, … MengungsiEvakuasi warga …").
            else if key.count >= 20, lines.indices.contains(where: { $0 > index && keys[$0].count > key.count + 8
                && keys[$0].hasPrefix(key) && !lines[$0].isProse }) {
                score += 4
            }
            else if key.count >= 10, lines.indices.contains(where: { $0 != index && keys[$0].count > key.count && keys[$0].hasSuffix(key)
                && !lines[$0].endsLikeSentence && !ParagraphKinds.isByline(lines[$0].kept)
                // "HARIAN JOGJA HARI INI : Jawa Kelabu" is a headline with its label, not a rubric glued to a copy.
                && !lines[$0].kept.contains(": ") }) {
                score += 4
            }
            score += evidence(after: index)
            // A headline over a standfirst that has no full stop: the standfirst's evidence is the
            // headline's. Not across a photo credit: the line over the credit is the photo's caption.
            if let next = nextKept(after: index), !lines[(index + 1)..<next].contains(where: { $0.furniture == .photoCredit }),
               isHeadlineCandidate(next), !ParagraphKinds.isNameShaped(lines[next].kept),
               lines[next].words >= 6, !ParagraphKinds.isSubheading(lines[next].kept),
               // A title that asks is the headline itself: "Kompas TV video vod" over it is a label.
               !lines[next].kept.hasSuffix("?") {
                score = max(score, evidence(after: next) + 1)
            }
            // The last title of a page cut short has only its date over it.
            if score == 0, nextKept(after: index) == nil, let previous = previousKept(before: index),
               ParagraphKinds.isDateline(lines[previous].kept) {
                score = 1
            }
            // A bare name under a headline is its byline, not a title.
            if ParagraphKinds.isNameShaped(lines[index].kept) && lines[index].words <= 3 { score -= 1 }
            // "News - Hidayat Setiaji, CNBC Indonesia" under a title and over the date: the writer.
            else if ParagraphKinds.isNameShaped(lines[index].kept), let previous = previousKept(before: index),
                    isHeadlineCandidate(previous), let next = nextKept(after: index), ParagraphKinds.isDateline(lines[next].kept) {
                score -= 1
            }
            // "Tribun Jabar/Hilman Kamaludin": an outlet and a photographer, the credit of the
            // picture under the headline, however title-like its capitals.
            if Self.isCreditShaped(lines[index].kept) { score -= 3 }
            // A copy of an earlier title lends its evidence to the first copy; so does its start
            // printed alone ("Rapat paripurna DPRD Banten", a picture's text under the title).
            if let earlier = scores.firstIndex(where: { keys[$0.index] == key
                || key.count >= 12 && lines[index].words <= 8 && keys[$0.index].hasPrefix(key) }) {
                scores[earlier].score = max(scores[earlier].score, score)
                // Unless the later copy is the one written out: "Pengamat: Tanpa Megawati, …"
                // under the slug "Pengamat Tanpa Megawati …".
                if Self.punctuation(lines[index].kept) > Self.punctuation(lines[scores[earlier].index].kept) {
                    scores[earlier].index = index
                }
            } else {
                scores.append((index, score))
            }
        }
        // Ties go to the later title, the one nearer the body.
        for candidate in scores where candidate.score > 0 && candidate.score >= (best?.score ?? 0) { best = candidate }
        guard let best else { return }
        headline = best.index
        lines[best.index].kind = .headline
        // The standfirst under the headline is not where the body starts.
        if let first = nextKept(after: best.index), isStandfirst(first), first == bodyStart {
            bodyStart = lines.indices.first { $0 > first && lines[$0].isProse }
        }
    }

    /// "Tribun Jabar/Hilman Kamaludin": a few capitalised words, a slash, a name.
    static func isCreditShaped(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).count <= 7 && !text.contains(":")
            && text.range(of: #"^\p{Lu}[\p{L}.]*(\s\p{Lu}[\p{L}.]*){0,2}/\s?\p{Lu}[\p{L}.]*(\s\p{Lu}[\p{L}.]*){0,3}$"#,
                          options: .regularExpression) != nil
    }

    /// Stops, commas, quotes and hyphens inside the text; a trailing "/" or "|" is a separator, not writing.
    private static func punctuation(_ text: String) -> Int {
        let separators: Set<Character> = [" ", "/", "|"]
        return text.drop { separators.contains($0) }.reversed().drop { separators.contains($0) }
            .filter { ",:;-–'’\"“”!?()".contains($0) }.count
    }

    /// A copy with only a photo credit between is the photo's caption printed under and
    /// over the picture, not a headline printed again.
    private func isPhotoCopy(_ copy: Int, of index: Int) -> Bool {
        abs(copy - index) == 2 && lines[min(copy, index) + 1].furniture == .photoCredit
    }

    /// The summary under the headline: the line right after it, when a byline, dateline,
    /// photo or page furniture — not the body — follows.
    private func isStandfirst(_ index: Int) -> Bool {
        guard let headline, nextKept(after: headline) == index, index + 1 < lines.count else { return false }
        let line = lines[index]
        let after = lines[index + 1]
        guard lines[(index + 1)...].contains(where: { !$0.isFurniture && $0.words >= 12 }) else { return false }
        if line.endsLikeSentence {
            return line.words >= 5 && line.words <= 60 && (after.isFurniture || !after.isProse)
        }
        return line.words >= 5 && line.words <= 25 && !ParagraphKinds.isDateline(line.kept)
            && !ParagraphKinds.isByline(line.kept) && !ParagraphKinds.isNameShaped(line.kept)
            && (ParagraphKinds.isByline(after.kept) || ParagraphKinds.isDateline(after.kept))
    }

    private func isHeadlineCandidate(_ index: Int) -> Bool {
        let line = lines[index]
        guard !line.isFurniture, line.kind == nil, (2...30).contains(line.words), !line.startsWithBullet,
              line.kept.range(of: #"^\d+\.\s"#, options: .regularExpression) == nil,
              !line.kept.contains(" | "), !line.isForeign, !line.kept.hasSuffix(":"),
              !ParagraphKinds.isDateline(line.kept), !ParagraphKinds.isByline(line.kept),
              !ParagraphKinds.isCaption(line.kept), line.credit == nil else { return false }
        // A title opens with a capital or a figure: "iklan koran jakarta" is an image's alt text.
        guard let first = line.kept.first(where: { !"\"“‘'([".contains($0) }), first.isUppercase || first.isNumber else { return false }
        // A headline may ask or exclaim; it does not make a statement with a full stop.
        let last = line.kept.last { !"\"”’')".contains($0) }
        return !line.endsLikeSentence || (last == "?" || last == "!") && line.words <= 16
    }

    private func evidence(after index: Int) -> Int {
        guard let next = nextKept(after: index) else { return 0 }
        let line = lines[next]
        if next > index + 1, lines[(index + 1)..<next].contains(where: { $0.furniture == .photoCredit }) { return 2 }
        if line.kind == .byline || ParagraphKinds.isDateline(line.kept) || ParagraphKinds.isByline(line.kept)
            || ParagraphKinds.isNameShaped(line.kept) && nextKept(after: next).map({ lines[$0].isProse
                || ParagraphKinds.isDateline(lines[$0].kept) }) == true { return 3 }
        if ParagraphKinds.isCaption(line.kept) || line.credit != nil { return 2 }
        // A one-sentence standfirst under the title: the evidence is what follows it.
        if line.endsLikeSentence, !line.isProse, (4...40).contains(line.words), !isHeadlineCandidate(next),
           let after = nextKept(after: next), !lines[after].endsLikeSentence || ParagraphKinds.isCaption(lines[after].kept)
            || lines[after].credit != nil || nextCredit(after: after) {
            return max(1, evidence(after: next))
        }
        if line.isProse {
            let after = next + 1 < lines.count ? lines[next + 1] : nil
            return after.map { $0.isFurniture || !$0.isProse } ?? true ? 2 : 1
        }
        return 0
    }

    /// The line right after `index` is a photo credit: `index` is a caption.
    private func nextCredit(after index: Int) -> Bool {
        index + 1 < lines.count && lines[index + 1].furniture == .photoCredit
    }

    private func nextKept(after index: Int) -> Int? {
        lines.indices.first { $0 > index && !lines[$0].isFurniture }
    }

    private func previousKept(before index: Int) -> Int? {
        lines.indices.last { $0 < index && !lines[$0].isFurniture }
    }

    /// Above the headline stand the site's navigation, rubric and teasers of other
    /// stories; only a dateline or byline right above it belongs to the article.
    private mutating func setAsideBeforeHeadline() {
        guard let headline else { return }
        let close = lines.indices.filter { $0 < headline && !lines[$0].isFurniture }.suffix(2)
        for index in 0..<headline where !lines[index].isFurniture {
            let text = lines[index].kept
            // Not the site's date over its breadcrumb ("2 Januari 2026", "Beranda blog Halaman 147").
            // Nor the date a weather widget shows beside its reading ("25 C", "Medan", "Wednesday, …").
            let widget = lines[max(0, index - 3)..<index].contains { FurnitureShapes.isWeatherReading($0.kept.lowercased()) }
            if close.contains(index), ParagraphKinds.isDateline(text) || ParagraphKinds.isByline(text), !widget,
               !lines[(index + 1)..<headline].contains(where: { $0.furniture == .navigation }) { continue }
            lines[index].furniture = lines[index].isProse ? .teaser : .navigation
        }
    }

    // MARK: - Repeats

    private mutating func setAsideRepeats() {
        let keys = lines.map(\.key)
        if let headline {
            let title = lines[headline].kept
            for index in lines.indices where index != headline && !lines[index].isFurniture {
                let startOfTitle = keys[index].count >= 12 && keys[index].count < keys[headline].count
                    && keys[headline].hasPrefix(keys[index]) && lines[index].words <= 8 && !lines[index].endsLikeSentence
                    && index > headline && bodyStart.map { index < $0 } ?? false
                if BoilerplateRules.repeats(headline: title, line: lines[index].kept) || Self.isPictureOfHeadline(lines[index], keys[headline])
                    || startOfTitle {
                    lines[index].furniture = .repeatedHeadline
                } else if keys[index].count > keys[headline].count, keys[index].hasSuffix(keys[headline]),
                          lines[index].words <= lines[headline].words + 3, !lines[index].endsLikeSentence,
                          !ParagraphKinds.isByline(lines[index].kept) {
                    lines[index].furniture = .repeatedHeadline   // "OpiniCapres 2024": rubric and headline run together
                }
            }
        }
        for index in lines.indices where !lines[index].isFurniture && keys[index].count >= 8 {
            guard let first = lines.indices.first(where: { keys[$0] == keys[index] && !lines[$0].isFurniture }),
                  first < index else { continue }
            let original = lines[first]
            let beforeBody = bodyStart.map { index < $0 } ?? false
            let captioned = nextCredit(after: first)
            if captioned { lines[first].kind = .caption }
            if original.kind == .caption || original.credit != nil || ParagraphKinds.isCaption(original.kept) || captioned
                || !lines[index].isProse || beforeBody {
                lines[index].furniture = .repeatedText
                if beforeBody && original.kind != .headline && original.kind != .caption && !original.isProse && !captioned
                    && original.credit == nil && !ParagraphKinds.isCaption(original.kept) {
                    lines[first].furniture = .teaser   // the same title twice above the article: a teaser
                }
            }
        }
    }

    /// "Foto Berita PWI Gelar Semnas": a picture's text naming the headline, or its start.
    private static func isPictureOfHeadline(_ line: PageLine, _ headline: String) -> Bool {
        guard line.words <= 12, !line.endsLikeSentence else { return false }
        for label in ["fotoberita", "foto", "gambar", "ilustrasi"] where line.key.hasPrefix(label) {
            let rest = line.key.dropFirst(label.count)
            return rest.count >= 10 && headline.hasPrefix(rest)
        }
        return false
    }

    /// Titles cut short ("Demo Tolak UU TNI di...") two or more within a few lines: a
    /// box of other stories.
    private mutating func setAsideCutTitles() {
        let cut = lines.map { FurnitureShapes.isCutTitle($0.kept) }
        for index in lines.indices where cut[index] && !lines[index].isFurniture {
            let near = max(0, index - 2)...min(lines.count - 1, index + 2)
            if near.contains(where: { $0 != index && cut[$0] }) { lines[index].furniture = .teaser }
        }
        // A box that prints each title cut, then whole ("Demo Tolak UU TNI di..." over
        // "Demo Tolak UU TNI di Surabaya Ricuh, …"): the whole title is the same teaser.
        let keys = lines.map(\.key)
        for index in lines.indices where cut[index] && lines[index].furniture == .teaser && keys[index].count >= 8 {
            for other in [index - 1, index + 1] where lines.indices.contains(other) && !lines[other].isFurniture
                && !lines[other].isProse && keys[other].count > keys[index].count && keys[other].hasPrefix(keys[index]) {
                lines[other].furniture = .teaser
            }
        }
    }

    // MARK: - Outside the body

    /// Before the body, short labels, capitals, English interface text and bullets are the
    /// page's; after the body's last sentence, everything but bylines, datelines, captions
    /// and sentences is.
    private mutating func setAsideOutsideBody() {
        if let nextStory {
            for index in nextStory..<lines.count where !lines[index].isFurniture { lines[index].furniture = .teaser }
        }
        // Two or more dates after the body date a list of other stories ("Rabu, 19 Agustus 2015 4026").
        let datesAfter = lines.indices.filter { index in
            bodyEnd.map { index > $0 } == true && !lines[index].isFurniture && lines[index].kind == nil
                && ParagraphKinds.isDateline(lines[index].kept)
        }
        if datesAfter.count >= 2 {
            for index in datesAfter { lines[index].furniture = .relatedLink }
        }
        for index in lines.indices where !lines[index].isFurniture && lines[index].kind == nil && index != headline {
            let line = lines[index]
            let text = line.kept
            // "Sumber: BPS" between two paragraphs names the source of a chart, not of the article.
            if let bodyStart, let bodyEnd, index > bodyStart, index < bodyEnd, Self.isSourceNote(text) {
                lines[index].furniture = .photoCredit
                continue
            }
            // After the closing credit only more credits ("Editor: …") are the story's.
            if let closingCredit, index > closingCredit, !ParagraphKinds.isByline(text), !ParagraphKinds.isBylineLabel(text) {
                lines[index].furniture = .teaser
                continue
            }
            if ParagraphKinds.isDateline(text) || ParagraphKinds.isByline(text) || ParagraphKinds.isBylineLabel(text) { continue }
            let before = bodyStart.map { index < $0 } ?? true
            let after = bodyEnd.map { index > $0 } ?? false
            guard before || after else {
                if line.startsWithBullet && line.isForeign { lines[index].furniture = .pageInterface }
                continue
            }
            if line.isForeign { lines[index].furniture = .pageInterface; continue }
            if line.startsWithBullet { lines[index].furniture = after ? .relatedLink : .navigation; continue }
            if before {
                // A short line over a photo credit is the photo's caption ("Bazar ramadhan").
                if isBylineByPlace(index) || ParagraphKinds.isCaption(text) || line.credit != nil || nextCredit(after: index) { continue }
                // What a kept lead-in ("Harian Jogja edisi Sabtu (15/2/2014):") introduces is the article's.
                if let previous = previousKept(before: index), lines[previous].kept.hasSuffix(":"), lines[previous].words >= 3 { continue }
                let letters = text.filter(\.isLetter)
                let capitals = letters.count > 3 && letters.allSatisfy(\.isUppercase)
                if line.words == 1 || capitals && line.words <= 6 || headline != nil && index > headline! && line.words <= 3
                    && !line.endsLikeSentence {
                    lines[index].furniture = .navigation
                }
            } else if !line.endsLikeSentence, line.words >= 3, text.filter(\.isLetter).allSatisfy(\.isUppercase) {
                lines[index].furniture = .pageSection   // a news ticker or section in capitals after the story
            } else if line.words <= 12, index > 0, lines[index - 1].furniture == .promotion, line.words <= 6 {
                lines[index].furniture = .promotion   // the slogan closing a pitch
            } else if line.words <= 12, !line.endsLikeSentence, !ParagraphKinds.isCaption(text), line.credit == nil,
                      line.kind != .caption {
                lines[index].furniture = .pageSection
            }
        }
    }

    /// "Sumber: BPS", "Source: World Bank": a short source note with no sentence.
    private static func isSourceNote(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["sumber:", "sumber :", "source:"].contains { lower.hasPrefix($0) }
            && text.split(whereSeparator: \.isWhitespace).count <= 6 && !BoilerplateRules.endsLikeSentence(text)
    }

    /// A name right under the headline, or beside the dateline, is the byline.
    private func isBylineByPlace(_ index: Int) -> Bool {
        guard ParagraphKinds.isNameShaped(lines[index].kept) else { return false }
        let previous = previousKept(before: index)
        let next = nextKept(after: index)
        let nearDateline = [previous, next].contains { $0.map { ParagraphKinds.isDateline(lines[$0].kept) } ?? false }
        return nearDateline || headline != nil && previous == headline
    }

    // MARK: - Kinds

    private mutating func assignKinds() {
        for index in lines.indices where !lines[index].isFurniture {
            if lines[index].kind != nil { continue }
            lines[index].kind = kind(of: index)
        }
    }

    private func kind(of index: Int) -> ParagraphKind {
        let line = lines[index]
        let text = line.kept
        if ParagraphKinds.isByline(text) { return .byline }
        if ParagraphKinds.isDateline(text) { return .dateline }
        if line.credit != nil || ParagraphKinds.isCaption(text) { return .caption }
        if isBylineByPlace(index) { return .byline }
        if isNextToCredit(index) { return .caption }
        if isStandfirst(index) { return .subheading }
        // "a. Akta Lahir", "b. Kartu Keluarga (KK)" after "Persyaratan …:": items of the list
        // the body leads into, one under another. A numbered title over its own paragraph
        // ("1. Kisah Pekan Raya Jakarta, …") is a heading.
        if Self.isListItem(text), let previous = previousKept(before: index), let next = nextKept(after: index),
           Self.isListItem(lines[next].kept), lines[previous].kept.hasSuffix(":") || Self.isListItem(lines[previous].kept) {
            return .body
        }
        if Self.isListItem(text), let previous = previousKept(before: index), Self.isListItem(lines[previous].kept),
           lines[previous].kind == .body {
            return .body
        }
        if text.range(of: #"^\d+\.\s"#, options: .regularExpression) != nil, line.words <= 20,
           !line.endsLikeSentence || text.hasSuffix("?") {
            return .subheading   // "2. Simbiosis Mutualisme antara Pyongyang dan Moskow"
        }
        return ParagraphKinds.isSubheading(text) ? .subheading : .body
    }

    /// A photo credit on a line of its own names the photo of the caption beside it:
    /// the line above it, or, when the credit follows an image link or a byline, the one below.
    private func isNextToCredit(_ index: Int) -> Bool {
        if index + 1 < lines.count, lines[index + 1].furniture == .photoCredit, index != headline,
           !lines[index].isProse || bodyStart.map({ index <= $0 }) ?? false {
            return true
        }
        guard index >= 2, lines[index - 1].furniture == .photoCredit else { return false }
        let before = lines[index - 2]
        return before.furniture == .navigation || before.kind == .byline
    }
}
