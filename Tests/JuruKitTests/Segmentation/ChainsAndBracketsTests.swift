import Testing
@testable import JuruKit

/// Chains of honorifics and initials, text run together without white space, and asides
/// in brackets: none of them holds a sentence boundary (issue 13, item 4). The sentences
/// are real, from the stored Indonesian pages of the search tool's pages corpus (the
/// address is noted beside each); a few are cut where the stored page cuts them.
@Suite("Honorific chains, glued text and brackets")
struct ChainsAndBracketsTests {
    let segmenter: Segmenter

    init() throws {
        segmenter = try Fixtures.indonesianSegmenter()
    }

    @Test("Chains of honorifics and initials stay inside the name", arguments: [
        // kabar-banten.com/pj-wali-kota-serang-masih-dirahasiakan (Tubagus, written Tb.)
        "Diketahui, Wali Kota Serang Tb. Haerul Jaman dan Wakil Wali Kota Sulhi Choir",
        // pta-banjarmasin.go.id/seputar-pa/828-para-srikandi-pengadilan-agama-marabahan.html
        "Tujuan peringatan Hari kartini adalah untuk memperingati dan menghormati perjuangan R.A. Kartini untuk mewujudkan kesetaraan kesempatan antara laki-laki dan perempuan di era modern yang secara khusus terutama dalam bidang pendidikan dan secara umum kesetaraan gender di semua bidang.",
        // wonoreggae.blogspot.com/2013/04/biografi-ra-kartini-sang-penggerak.html
        "Setelah perkawinan itu, maka ayah Kartini diangkat menjadi bupati di Jepara menggantikan kedudukan ayah kandung R.A. Woerjan, R.A.A. Tjitrowikromo.",
        // id.scribd.com/document/491669752/Hari-Kartini (initials typed with spaces)
        "Kita harus bangga sebagai bangsa Indonesia, mempunyai wanita berjiwa satriya seperti R. A. Kartini sehingga beliau diberi gelar sebagai Pendekar Wanita.",
        // psm-itb.com/pptti-96
        "Prosesi Sidang Terbuka kali ini secara langsung dipimpin oleh Rektor ITB Prof. Dr. Ir. Kadarsah Suryadi, DEA.",
        // itb.ac.id/berita/detail/57116 (a street named with a chain)
        "Ramah tamah ini dilaksanakan di  di Wisma Rektor ITB, Jl. Ir. H. Djuanda, No. 153 pada Rabu pagi, 5 Juni 2019.",
        // The names issue 13 found split on its held-out pages, as it quotes them.
        "H. Tb. Haerul Jaman", "Hj. R.A. Kartini", "K.H. Ma'ruf Amin", "Prof. Dr. Ir. Sutami",
    ])
    func keepsChains(sentence: String) {
        #expect(segmenter.segments(in: sentence) == [sentence])
    }

    @Test("No boundary where the text has no white space")
    func noBoundaryWithoutSpace() {
        // bantenhits.com/2017/03/22/…: the editor's code glued to the last sentence.
        let glued = "“Belum ada, doanya aja insya Allah kalau didukung,” tutur Vera, Selasa (21/3).(Nda)"
        #expect(segmenter.segments(in: glued) == [glued])
        // Issue 13's held-out pages, as it quotes them: a question mark typed without the
        // space after it, and a credit glued to a caption.
        #expect(segmenter.segments(in: "Massaid?model") == ["Massaid?model"])
        #expect(segmenter.segments(in: "ilustrasi.(MI)") == ["ilustrasi.(MI)"])
    }

    @Test("No boundary inside brackets; one before an aside and after it stays")
    func noBoundaryInsideBrackets() {
        // Issue 13's credit, "(Foto: ilustrasi. MI)", after a real caption
        // (halosemarang.id/masih-pandemi-covid-19-peringatan-hari-kartini-digelar-sederhana).
        #expect(segmenter.segments(in: "Museum RA Kartini. (Foto: ilustrasi. MI)") == ["Museum RA Kartini.", "(Foto: ilustrasi. MI)"])
        #expect(segmenter.segments(in: "(Foto: ilustrasi. MI)") == ["(Foto: ilustrasi. MI)"])
    }

    @Test("Sentence ends the rules must keep")
    func keepsSentenceEnds() {
        // liputan6.com/news/read/3932070/…
        let text = "Kakak (Ratna Sarumpaet) tidak menjawab,\" jelas dia. Tak lama kemudian, Ratna Sarumpaet mengumpulkan staf dan anak-anaknya."
        #expect(segmenter.segments(in: text).count == 2)
        // alinea.id/nasional/kronologis-ratna-sarumpaet-bongkar-kebohongannya-b1Xem9iLj
        let alinea = "Isinya tentang penyelidikan dari pihak kepolisian bahwa ada foto-foto Ratna. Setelah mendapatkan informasi tersebut, kemudian Ratna langsung memanggil Saharudin, Ahmad Rubangi (saksi pertama), Pele, dan anaknya yang bernama Iqbal untuk menemuinya di kamarnya."
        #expect(segmenter.segments(in: alinea).count == 2)
    }
}
