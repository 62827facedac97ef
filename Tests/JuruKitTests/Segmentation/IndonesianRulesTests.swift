import Testing
@testable import JuruKit

/// Each class of ICU's false splits on Indonesian that the shipped rules fix, and the
/// sentence ends ICU already gets right, which the rules must keep.
@Suite("Indonesian segmentation rules")
struct IndonesianRulesTests {
    let segmenter: Segmenter

    init() throws {
        segmenter = try Fixtures.indonesianSegmenter()
    }

    @Test("Single-letter initials stay inside the name", arguments: [
        "oleh Tommy K. Rony diperbarui 15 Sep 2023, 21:34 WIB",
        "Presiden B.J. Habibie menandatangani undang-undang itu pada 1999.",
        "Direktur utama bank itu, Agus D.W. Prasetyo, membantah kabar tersebut.",
        "Tentara U.S. Army tiba di Pangkalan Udara Osan.",
        "Wakil Ketua DPR A.M. Fatwa hadir dalam rapat paripurna.",
    ])
    func keepsInitials(sentence: String) {
        #expect(segmenter.segments(in: sentence) == [sentence])
    }

    @Test("Titles before a name do not end the sentence", arguments: [
        "Rektor Prof. Dr. Ir. H. Ali Hasan, M.Si. membuka seminar itu.",
        "Acara itu dihadiri Hj. Siti Aminah dan Tn. Osborne dari Kedutaan Besar Inggris.",
        "Ny. Clinton dan Nn. Pugh tiba di Seoul pada Rabu (13/9).",
        "Dr. Soetomo mendirikan Budi Utomo pada 1908.",
        "Surat Mr. Comey hampir tidak dikomentari pejabat St. Petersburg.",
        "Kapolres AKBP Budi Santoso dan Drs. Iman Santosa memimpin apel.",
    ])
    func keepsTitles(sentence: String) {
        #expect(segmenter.segments(in: sentence) == [sentence])
    }

    @Test("Company forms stay inside the company's name", arguments: [
        "Saham PT. Sinar Jaya naik 2,5 persen.",
        "PT Bank Negara Indonesia (Persero) Tbk. (BBNI) menambah modal anak usahanya.",
        "Sampoerna Packaging Asia Pte. Ltd. (SPA) menjual seluruh sahamnya.",
        "Kerja sama dengan Hyundai Merchant Marine Co. Ltd. dari Korea Selatan diteken kemarin.",
        "Pacific Asia Holdings Ltd. C/O PT Ciptadana Sekuritas memegang 25 persen saham.",
    ])
    func keepsCompanyForms(sentence: String) {
        #expect(segmenter.segments(in: sentence) == [sentence])
    }

    @Test("Reference and address forms before a number or a name", arguments: [
        "Kantornya di Jl. Merdeka No. 7, Kec. Gambir, Kab. Bogor, Jawa Barat.",
        "Rincian anggaran ada di hlm. 12 laporan itu.",
        "Pengaduan dapat disampaikan lewat Telp. (021) 5760617 setiap hari kerja.",
        "Dana itu dicairkan a.n. Direktur Keuangan pada Senin (18/9).",
        "Program itu berlaku 1 Januari s.d. 31 Maret 2024.",
        "Pembelian kembali saham diatur dalam Peraturan Bapepam No. XI. B tentang pembelian kembali.",
        "Sekolah itu terletak di JL. KS Tubun, Kec. Pontianak Selatan.",
        "Rapat digelar di Lt. 5 gedung itu pada 15 Sep. 2023.",
    ])
    func keepsReferenceForms(sentence: String) {
        #expect(segmenter.segments(in: sentence) == [sentence])
    }

    @Test("A numbered heading is one segment", arguments: [
        "1. Korut Memberikan Dukungan Penuh kepada Rusia dalam Invasi ke Ukraina",
        "2. Simbiosis Mutualisme antara Pyongyang dan Moskow",
        "7. Perluasan Kerja Sama di Berbagai Bidang",
        "Syaratnya meliputi: 1. Usia 17 tahun; 2. Memiliki KTP.",
    ])
    func keepsNumberedHeadings(heading: String) {
        #expect(segmenter.segments(in: heading) == [heading])
    }

    @Test("A question or exclamation before a lowercase attribution goes on", arguments: [
        "\"Kapan KTT itu digelar?\" tanya seorang wartawan.",
        "\"Berhenti!\" seru polisi itu.",
        "“Sampai kapan sanksi ini berlaku?” ujar Menlu Rusia.",
        "\"Apa kalian melihat ini?'\" ujar Pall.",
    ])
    func keepsAttributions(sentence: String) {
        #expect(segmenter.segments(in: sentence) == [sentence])
    }

    @Test("Sentence ends that ICU gets right stay ends", arguments: [
        ("Sebelumnya Kremlin mengatakan pihaknya mematuhi sanksi PBB. Namun, memiliki hak untuk mengembangkan hubungan dengan negara tetangga.",
         ["Sebelumnya Kremlin mengatakan pihaknya mematuhi sanksi PBB.",
          "Namun, memiliki hak untuk mengembangkan hubungan dengan negara tetangga."]),
        ("Satelit itu dimiliki GeoEye Inc. Seperti GeoEye-1, satelit kedua diluncurkan dari California.",
         ["Satelit itu dimiliki GeoEye Inc.", "Seperti GeoEye-1, satelit kedua diluncurkan dari California."]),
        ("Gugatan diajukan pengacara Budi Santoso, S.H. Ia menolak berkomentar.",
         ["Gugatan diajukan pengacara Budi Santoso, S.H.", "Ia menolak berkomentar."]),
        ("Harga naik 2,5 persen menjadi Rp1.000 per liter. Pemerintah menyiapkan operasi pasar pukul 13.45 WIB.",
         ["Harga naik 2,5 persen menjadi Rp1.000 per liter.", "Pemerintah menyiapkan operasi pasar pukul 13.45 WIB."]),
        ("Yoon tiba pada Rabu (13/9). Ia langsung menuju Istana.",
         ["Yoon tiba pada Rabu (13/9).", "Ia langsung menuju Istana."]),
        ("Ia menyebut kemitraan itu “ilegal dan tidak adil.” Ia menambahkan masyarakat internasional akan bersatu.",
         ["Ia menyebut kemitraan itu “ilegal dan tidak adil.”", "Ia menambahkan masyarakat internasional akan bersatu."]),
        ("Kunjungan tersebut menjadi sorotan Liputan6.com. Artyom terletak 254 kilometer dari perbatasan.",
         ["Kunjungan tersebut menjadi sorotan Liputan6.com.", "Artyom terletak 254 kilometer dari perbatasan."]),
        ("Korban langsung dibawa ke RS. Polisi masih menyelidiki penyebab kecelakaan itu.",
         ["Korban langsung dibawa ke RS.", "Polisi masih menyelidiki penyebab kecelakaan itu."]),
        ("Upacara itu digelar pada Hari Ibu. Presiden hadir bersama Wapres. Menteri menyusul.",
         ["Upacara itu digelar pada Hari Ibu.", "Presiden hadir bersama Wapres.", "Menteri menyusul."]),
        ("Sampah dibuang ke selokan terbuka. 1987 diproklamirkan sebagai tahun sungai.",
         ["Sampah dibuang ke selokan terbuka.", "1987 diproklamirkan sebagai tahun sungai."]),
    ])
    func keepsRealSentenceEnds(paragraph: String, expected: [String]) {
        #expect(segmenter.segments(in: paragraph) == expected)
    }

    @Test("A quote mark alone after the last stop stays with the sentence")
    func keepsTrailingQuoteMark() {
        let paragraph = "Tidak ada orang yang lebih Afrika dari kamu. “"
        #expect(segmenter.segments(in: paragraph) == [paragraph])
    }

    @Test("A line break is always a segment boundary")
    func splitsAtLineBreaks() {
        #expect(segmenter.segments(in: "Kim Jong Un: Saya Akan Selalu Bersama Rusia\nPutin tiba di Pyongyang.")
            == ["Kim Jong Un: Saya Akan Selalu Bersama Rusia", "Putin tiba di Pyongyang."])
    }
}
