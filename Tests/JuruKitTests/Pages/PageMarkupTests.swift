import Foundation
import Testing
@testable import JuruKit

/// What a page's markup says about its article, read the way publishers actually write
/// it: JSON-LD that is not quite JSON, schema.org microdata, a story cut into chunks by
/// the template. The pages are small ones written for the test, in the shapes of pages
/// of the extraction benchmark (`../shared/data/html`).
struct PageMarkupTests {
    private func article(_ html: String) -> PageArticle {
        ArticleExtractor().extract(try! SavedPage(bytes: Array(html.utf8)))
    }

    private let paragraphs = [
        "Hujan deras yang mengguyur Jakarta sejak Senin pagi membuat sejumlah ruas jalan utama tergenang air setinggi lutut orang dewasa.",
        "Petugas Dinas Perhubungan dikerahkan ke titik-titik genangan untuk mengatur lalu lintas yang tersendat hingga beberapa kilometer.",
        "Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan dengan intensitas sedang hingga lebat masih akan turun sepekan ke depan.",
        "Warga diminta waspada terhadap kemungkinan banjir kiriman dari daerah hulu, terutama mereka yang tinggal di bantaran sungai.",
    ]

    @Test func readsTheArticleBodyOfJSONLDThatIsNotQuiteJSON() {
        // A comma after the last item, a raw line break in a string, and a stray
        // closing brace followed by a script comment: all three seen on news pages.
        let body = paragraphs.joined(separator: " ")
        let page = """
            <html><head><script type="application/ld+json">
            { "@context": "http://schema.org", "@type": "NewsArticle", "headline": "Jakarta Tergenang",
              "author": [{"@type": "Person", "name": "Rina\nWulandari"},],
              "articleBody": "\(body)" }
              },
              // kosong untuk konten bermerek
              "description": "Hujan deras" }
            </script></head><body><div id="app"></div></body></html>
            """
        let found = article(page)
        #expect(found.headline == "Jakarta Tergenang")
        #expect(found.byline == "Rina Wulandari")
        #expect(found.bodyText == body)
    }

    @Test func aStoryCutIntoChunksIsReadWhole() {
        let page = """
            <html><body><header><a href="/">Beranda</a></header><article class="story">
            <h1>Jakarta Tergenang</h1><div class="story-chunks">
            <div class="row"><div class="story-body"><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p></div></div>
            <div class="row"><div class="ad-slot"><a href="/promo">Promo kredit rumah</a></div></div>
            <div class="row"><div class="story-body"><p>\(paragraphs[2])</p><p>\(paragraphs[3])</p></div></div>
            </div></article>
            <aside><ul><li><a href="/a">Banjir di Bekasi</a></li><li><a href="/b">Jalan tol ditutup</a></li></ul></aside>
            </body></html>
            """
        #expect(article(page).bodyText == paragraphs.joined(separator: "\n"))
    }

    @Test func aMicrodataArticleWinsOverTheListOfPostsAfterIt() {
        let next = (1...4).map { n in
            "<article class=\"postbox\"><h2><a href=\"/p\(n)\">Tulisan \(n)</a></h2><p>\(paragraphs[n % 4]) Ini tulisan lain nomor \(n), "
                + "yang juga panjang, dengan koma, dan kalimat, yang banyak sekali.</p></article>"
        }.joined()
        let page = """
            <html><body><div id="primary">
            <article class="postbox" itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">Jakarta Tergenang</h1>
            <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p><p>\(paragraphs[2])</p></article>
            <div class="more-posts">\(next)</div>
            </div></body></html>
            """
        #expect(article(page).bodyText == paragraphs[0...2].joined(separator: "\n"))
    }
}
