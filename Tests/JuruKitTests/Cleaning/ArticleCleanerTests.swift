import Foundation
import Testing
@testable import JuruKit

@Suite("Article cleaning of the seed pages")
struct ArticleCleanerTests {
    func clean(_ article: String) throws -> Article {
        ArticleCleaner().clean(try Fixtures.article(article))
    }

    func reasons(_ article: Article) -> [String: Boilerplate] {
        Dictionary(article.setAside.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("KBS: navigation, photo credit, repeated headline and cookie notice set aside")
    func kbs() throws {
        let article = try clean("kbs-korut-rusia")
        let setAside = reasons(article)
        #expect(setAside["Pergi ke Menu Pergi ke Halaman Utama"] == .navigation)
        #expect(setAside["Go Top"] == .navigation)
        #expect(setAside["Photo : YONHAP News"] == .photoCredit)
        #expect(setAside["Pilihan Editor"] == .pageSection)
        #expect(setAside["Close"] == .navigation)
        #expect(article.setAside.contains { $0.reason == .consentNotice && $0.text.hasPrefix("Situs kami menggunakan cookie") })
        #expect(article.setAside.filter { $0.reason == .repeatedHeadline }.count == 1)

        let paragraphs = article.paragraphs
        #expect(paragraphs.first { $0.kind == .headline }?.text
            == "Pertemuan Korut-Rusia Pamerkan Peningkatan Hubungan Bilateral dan Kerja Sama Militer")
        #expect(paragraphs.first { $0.kind == .dateline }?.text.hasPrefix("Write: 2024-06-20") == true)
        #expect(paragraphs.filter { $0.kind == .body }.count == 8)
        #expect(paragraphs.last?.text.hasSuffix("digantikan di Lapangan Kim Il-sung.") == false)
        #expect(paragraphs.last?.text.hasSuffix("partisipasi militer Uni Soviet dalam Perang Korea.") == true)
    }

    @Test("SINDOnews: eight repeated headlines, photo credits, A A A, and the page footer set aside")
    func sindonews() throws {
        let article = try clean("sindonews-7-fakta-putin")
        let setAside = reasons(article)
        #expect(article.setAside.filter { $0.reason == .repeatedHeadline }.count == 9)
        #expect(setAside["7 Fakta Kedatangan Putin..."] == .repeatedHeadline)
        #expect(article.setAside.filter { $0.reason == .photoCredit }.count == 8)
        #expect(setAside["A A A"] == .textControls)
        #expect(setAside["loading..."] == .pageRendering)
        #expect(setAside["(ahm)"] == .editorCode)
        #expect(setAside["Copyright © 2024 SINDOnews.com"] == .copyright)
        #expect(setAside["All Rights Reserved"] == .copyright)
        #expect(setAside["Baca Berita Terkait Lainnya"] == .pageSection)
        #expect(article.setAside.contains { $0.reason == .promotion && $0.text.contains("Klik Disini") })
        #expect(article.setAside.contains { $0.reason == .pageRendering && $0.text.hasPrefix("read/ rendering in") })

        // The caption keeps its text; only the credit at its end is set aside.
        let caption = try #require(article.paragraphs.first { $0.kind == .caption })
        #expect(caption.text == "Presiden Rusia Vladimir Putin berkunjung ke Korea Utara.")
        let headings = article.paragraphs.filter { $0.kind == .subheading }.map(\.text)
        #expect(headings.count == 7)
        #expect(headings.first == "1. Korut Memberikan Dukungan Penuh kepada Rusia dalam Invasi ke Ukraina")
    }

    @Test("Republika: empty credit, Baca Juga, advertisements and the most-read list set aside")
    func republika() throws {
        let article = try clean("republika-kim-pulang")
        let setAside = reasons(article)
        #expect(setAside["Foto:"] == .photoCredit)
        #expect(setAside["Baca Juga"] == .relatedLink)
        #expect(setAside["Advertisement"] == .advertisement)
        #expect(setAside["Berita Lainnya"] == .pageSection)
        #expect(setAside["Terpopuler"] == .pageSection)
        #expect(setAside["1"] == .pageSection)
        #expect(article.paragraphs.first?.kind == .dateline)
        #expect(article.paragraphs.first { $0.kind == .headline }?.text == "Kim Jong-un Pulang Setelah Sepekan di Rusia")
        #expect(article.paragraphs.contains { $0.kind == .byline && $0.text == "Rep: Lintar Satria/ Red: Esthi Maharani" })
        #expect(article.paragraphs.contains { $0.text == "Korut dan Rusia saling bertukar pendapat...." })
    }

    @Test("Liputan6: byline and captions kept, the page's end lists set aside")
    func liputan6() throws {
        let article = try clean("liputan6-korsel-pantau")
        let setAside = reasons(article)
        #expect(setAside["Rekomendasi"] == .pageSection)
        #expect(setAside["POPULER"] == .pageSection)
        #expect(setAside["Berita Terkini Selengkapnya"] == .pageSection)
        #expect(article.setAside.count == 3)
        #expect(article.paragraphs.contains { $0.kind == .byline && $0.text.hasPrefix("oleh Tommy K. Rony") })
        #expect(article.paragraphs.filter { $0.kind == .caption }.count == 4)
        // The standfirst under the headline is a subheading, as ParagraphKind says.
        #expect(article.paragraphs.filter { $0.kind == .subheading }.map(\.text) == [
            "Presiden Korea Selatan Yoon Suk Yeol akan menyorot hubungan militer Rusia dan Korea Utara.",
            "Rusia: Vladimir Putin dan Kim Jong Un Tidak Teken Dokumen Apapun",
            "Kim Jong Un: Saya Akan Selalu Bersama Rusia",
        ])
    }

    @Test("Jurnal Soreang: headline with a trailing slash and four Baca Juga links set aside")
    func jurnalSoreang() throws {
        let article = try clean("jurnalsoreang-putin-perjanjian")
        #expect(article.setAside.filter { $0.reason == .relatedLink }.count == 4)
        #expect(article.setAside.contains {
            $0.reason == .repeatedHeadline && $0.text == "Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian /"
        })
        #expect(reasons(article)["Tags"] == .tagList)
        #expect(reasons(article)["Terpopuler"] == .pageSection)
        #expect(article.paragraphs.contains { $0.kind == .byline && $0.text == "Editor: Yoga Mulyana" })
        #expect(article.paragraphs.contains { $0.kind == .byline && $0.text == "Sumber: ANTARA" })
    }

    @Test("Body text is never lost: every sentence-like line of a page is kept", arguments: Fixtures.articles)
    func keepsEverySentence(article: String) throws {
        let page = try Fixtures.article(article)
        let cleaned = ArticleCleaner().clean(page)
        let kept = cleaned.paragraphs.map(\.text)
        let allowed: Set<Boilerplate> = [.consentNotice, .promotion, .relatedLink]
        for (_, line) in page.sourceLines() where line.split(separator: " ").count >= 8 && BoilerplateRules.endsLikeSentence(line) {
            let setAside = cleaned.setAside.first { $0.text == line }
            if let setAside {
                #expect(allowed.contains(setAside.reason), "set aside as \(setAside.reason): \(line)")
            } else {
                #expect(kept.contains { line.hasPrefix($0) }, "lost: \(line)")
            }
        }
    }

    @Test("Paragraphs keep their source line numbers and order")
    func lineNumbers() throws {
        let article = try clean("kbs-korut-rusia")
        let lines = article.lines.map { line -> Int in
            switch line {
            case .kept(let paragraph): paragraph.line
            case .setAside(let dropped): dropped.line
            }
        }
        #expect(lines == lines.sorted())
        #expect(article.paragraphs.map(\.index) == Array(0..<article.paragraphs.count))
        #expect(article.paragraphs.first { $0.kind == .headline }?.line == 6)
    }
}
