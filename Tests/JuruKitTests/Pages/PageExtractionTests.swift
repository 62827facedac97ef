import Foundation
import Testing
@testable import JuruKit

/// Saved pages through libxml2's HTML parser and the article extractor.
struct PageExtractionTests {
    @Test func findsTheArticleAndLeavesTheFurnitureOut() throws {
        let article = try PageImport.article(at: Fixtures.url("pages/berita-banjir.html"))
        #expect(article.headline == "Banjir Rendam Ratusan Rumah di Bekasi")
        #expect(article.byline == "Siti Rahmawati")
        #expect(article.dateline == "2024-01-15T08:30:00+07:00")
        let body = article.bodyText
        #expect(body.hasPrefix("BEKASI - Banjir merendam ratusan rumah"))
        #expect(body.contains("Dapur umum didirikan"))
        #expect(body.contains("tidak ada warga yang terjebak"))
        for furniture in ["Beranda", "Baca Juga", "Hujan Deras, Jalan Tol", "Promo kredit", "Semoga cepat surut",
                          "Terpopuler", "Hak cipta", "Bagikan", "skrip", "color: red"] {
            #expect(!body.contains(furniture), "\(furniture) is page furniture")
        }
        let lines = body.split(separator: "\n")
        #expect(lines.count == 5, "four paragraphs and a subheading, each on its own line")
    }

    @Test func honoursTheDeclaredEncoding() throws {
        let article = try PageImport.article(at: Fixtures.url("pages/berita-latin1.html"))
        #expect(article.bodyText.contains("Sebuah café baru di Bandung menyajikan crème brûlée"))
        #expect(!article.bodyText.contains("Gaya Hidup"))
    }

    @Test func saysWhenAPageHasNoArticle() throws {
        let url = Fixtures.url("pages/tanpa-artikel.html")
        #expect(throws: PageError.noArticle(url.path)) { try PageImport.article(at: url) }
    }

    @Test func pageTextGoesThroughTheCleanerWithTheHeadlineFirst() throws {
        let text = try PageImport.text(at: Fixtures.url("pages/berita-banjir.html"))
        #expect(text.hasPrefix("Banjir Rendam Ratusan Rumah di Bekasi\n"))
        let article = ArticleCleaner().clean(text)
        #expect(article.paragraphs.contains { $0.text.hasPrefix("Kepala Badan Penanggulangan Bencana") })
    }

    /// The open article-extraction benchmark's 181 pages (`../shared/data/html`), scored
    /// as `score.py` scores them (4-token shingles, per-page P and R averaged).
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipMessage))
    func scoresOnTheBenchmarkPages() throws {
        let folder = SharedData.root!.appendingPathComponent("data/html")
        let gold = try JSONDecoder().decode([String: [String: String]].self,
                                            from: Data(contentsOf: folder.appendingPathComponent("ground-truth.json")))
        var precisions: [Double] = [], recalls: [Double] = []
        for (key, entry) in gold.sorted(by: { $0.key < $1.key }) {
            let page = try ShingleScore.gunzip(folder.appendingPathComponent("pages/\(key).html.gz"))
            let text = ArticleExtractor().extract(try SavedPage(bytes: page)).bodyText
            let (p, r) = ShingleScore.score(gold: entry["articleBody"] ?? "", predicted: text)
            if let p { precisions.append(p) }
            if let r { recalls.append(r) }
        }
        let p = precisions.reduce(0, +) / Double(precisions.count), r = recalls.reduce(0, +) / Double(recalls.count)
        let f1 = 2 * p * r / (p + r)
        #expect(f1 >= 0.965 && p >= 0.95, "F1 \(f1), P \(p), R \(r)")
    }
}

/// score.py's metric: word tokens, 4-token shingles, per-page counts normalised.
enum ShingleScore {
    static func score(gold: String, predicted: String) -> (Double?, Double?) {
        let g = shingles(gold), p = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for (key, count) in p { let match = min(count, g[key] ?? 0); tp += match; fp += count - match }
        for (key, count) in g { fn += max(0, count - (p[key] ?? 0)) }
        if fp == 0 && fn == 0 { return (1, 1) }
        return (tp + fp > 0 ? Double(tp) / Double(tp + fp) : nil, tp + fn > 0 ? Double(tp) / Double(tp + fn) : nil)
    }

    static func shingles(_ text: String) -> [[String]: Int] {
        let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        var counts: [[String]: Int] = [:]
        if tokens.count < 4 { if !tokens.isEmpty { counts[tokens] = 1 }; return counts }
        for start in 0...(tokens.count - 4) { counts[Array(tokens[start..<start + 4]), default: 0] += 1 }
        return counts
    }

    static func gunzip(_ url: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
