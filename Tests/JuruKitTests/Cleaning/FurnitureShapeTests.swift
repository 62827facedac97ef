import Foundation
import Testing
@testable import JuruKit

/// One test a furniture shape, on lines taken from real pages.
@Suite("Page furniture by its shape")
struct FurnitureShapeTests {
    func setAside(_ page: [String]) -> Set<String> {
        Set(ArticleCleaner().clean(page.joined(separator: "\n\n")).setAside.map(\.text))
    }

    func kept(_ page: [String]) -> [Paragraph] {
        ArticleCleaner().clean(page.joined(separator: "\n\n")).paragraphs
    }

    let body = [
        "Polisi sudah mendeteksi terduga pelaku perusakan dan penjarahan di Jakarta beberapa waktu yang lalu.",
        "Kapolda Metro Jaya Irjen Asep Edi Suheri mengaku segera melakukan penangkapan dalam waktu dekat ini.",
        "Dia menyampaikan massa yang turun ke Jakarta sejak 25 Agustus berasal dari berbagai elemen masyarakat.",
    ]

    @Test("Agency and outlet photo credits in their many shapes", arguments: [
        "POOL/ASHLEY LANDIS via REUTERS", "Kompas.com/Kurnia Sari Aziza", "TRIBUNSUMSEL.COM/HARTATI",
        "Kompas/Wawan H Prabowo", "RUSMAN - BIRO PERS SEKRETARIAT PRESIDEN", "Sumber gambar, Dhany Pramata",
        "Foto: GettyImages/NurPhoto / Contributor",
    ])
    func credits(credit: String) {
        #expect(FurnitureShapes.reason(for: credit) == .photoCredit)
    }

    @Test("A byline with a slash is not a credit")
    func bylineWithSlash() {
        #expect(FurnitureShapes.reason(for: "Rep: Lintar Satria/ Red: Esthi Maharani") == nil)
    }

    @Test("A caption repeated under a label is set aside, and the first copy is the caption")
    func labelledCaption() {
        let caption = "Menteri Perhubungan Budi Karya Sumadi"
        let page = ["Sudah ada 48 kantong jenazah di RS Polri"] + body.prefix(1) + [caption, "Image caption: " + caption]
            + body.dropFirst()
        #expect(setAside(page).contains("Image caption: " + caption))
        #expect(kept(page).first { $0.text == caption }?.kind == .caption)
        let bbc = ["Banyak eks tapol di Pulau Buru memilih untuk tidak kembali pulang ke kampungnya."]
        let labelled = body + bbc + ["Sumber gambar, Dhany Pramata", "Keterangan gambar, " + bbc[0]] + body
        #expect(setAside(labelled).isSuperset(of: ["Sumber gambar, Dhany Pramata", "Keterangan gambar, " + bbc[0]]))
    }

    @Test("Related-article runs without a label: Related Posts, TERKAIT, dash and dot bullets after the body")
    func relatedRuns() {
        let related = ["Related Posts", "- Marak Kasus Keracunan, Guru Besar IPB Desak Evaluasi Total Program Makan Bergizi Gratis",
                       "- Pidato Prabowo di PBB Dinilai Kontradiktif oleh Organisasi Masyarakat Sipil",
                       "TERKAIT", "• Gencatan Senjata di Gaza Diperpanjang Lagi hingga Jumat"]
        #expect(setAside(body + related) == Set(related))
    }

    @Test("Subscription pitches", arguments: [
        "- Akses penuh seluruh artikel Tempo+", "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Berlangganan untuk lanjutkan membaca.", "Baca berita dengan sedikit iklan, klik di sini",
    ])
    func pitches(pitch: String) {
        #expect(setAside(body + [pitch]).contains(pitch))
    }

    @Test("A sentence that mentions a link is body text")
    func sentenceWithLink() {
        let line = "Meski menuai perdebatan, warganet tetap berharap Indonesia lebih baik. Untuk melihat videonya, klik di sini."
        #expect(!setAside(body + [line]).contains(line))
    }

    @Test("Rubric and category labels", arguments: [
        "Category: Kompas.com", "Negara: Jalur Gaza", "Kumpulan Berita DPR RI", "Berita Internasional", "Kabar Tokoh",
        "Halaman:", "« back to index",
    ])
    func rubrics(label: String) {
        #expect(setAside(body + [label]).contains(label))
    }

    @Test("English interface text on an Indonesian page, outside the article")
    func englishBanner() {
        let banner = ["Got a TV Licence?", "You need one to watch live TV on any channel or device, and BBC programmes on iPlayer. It’s the law.",
                      "Find out more", "I don’t have a TV Licence."]
        #expect(setAside(banner + body) == Set(banner))
    }

    @Test("Raw markup is removed from the text it wraps; the sentence is kept")
    func markup() {
        let line = #"BBC Indonesia membuat <link type="page"><caption> laporan khusus</caption><url href="http://www.bbc.com/indonesia" platform="highweb"/></link> terkait apa yang terjadi sesudahnya."#
        #expect(kept(body + [line]).last?.text == "BBC Indonesia membuat laporan khusus terkait apa yang terjadi sesudahnya.")
    }

    @Test("Teasers of other stories above the headline, and a bulleted copy of the headline")
    func teasers() {
        let page = ["Headline", "Taksiran kerugian itu belum yang diderita masyarakat, termasuk para pelaku usaha.",
                    "• KI DKI tekankan pentingnya sinergi dengan wartawan", "KI DKI tekankan pentingnya sinergi dengan wartawan",
                    "Senin, 01 Sep 2025 11:51 WIB"] + body
        let cleaned = kept(page)
        #expect(cleaned.first?.kind == .headline)
        #expect(cleaned.first?.text == "KI DKI tekankan pentingnya sinergi dengan wartawan")
        #expect(setAside(page).contains("• KI DKI tekankan pentingnya sinergi dengan wartawan"))
        #expect(setAside(page).contains("Taksiran kerugian itu belum yang diderita masyarakat, termasuk para pelaku usaha."))
    }

    @Test("Counters, clocks, reading times, telephone numbers, hashtags and links", arguments: [
        "02:15", "3 bulan lalu", "· 3 menit baca", "+6221 5347 710", "#KontroversiJokowi #PresidenMemihak",
        "https://nasional.kompas.com/read/2024/01/27/06513641/kontroversi", "Halaman 3 dari 2", "![]() |",
        "Tentang KamiPedoman Media SiberKetentuan & Kebijakan Privasi", "id LKBN Antara,Perum Antara,berita nasional",
    ])
    func shapes(line: String) {
        #expect(setAside(body + [line]).contains(line))
    }

    @Test("Kinds: a headline is not a dateline, bylines are not subheadings, an open quote is body")
    func kinds() {
        let page = ["Sekilas Kantor Berita ANTARA 13 Desember 1937-2010", "Kautsar Widya Prabowo", "29/9/2025 15:32",
                    "Jakarta, CNN Indonesia --"] + body
            + [#"Pencocokan data fisik pun, seperti tanda pada tubuh, tanda medis, tato, namun, "hasilnya masih nihil"#,
               "Video Jurnalis: MICH"]
        let kinds = Dictionary(kept(page).map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Sekilas Kantor Berita ANTARA 13 Desember 1937-2010"] == .headline)
        #expect(kinds["Kautsar Widya Prabowo"] == .byline)
        #expect(kinds["29/9/2025 15:32"] == .dateline)
        #expect(kinds["Jakarta, CNN Indonesia --"] == .dateline)
        #expect(kinds[#"Pencocokan data fisik pun, seperti tanda pada tubuh, tanda medis, tato, namun, "hasilnya masih nihil"#] == .body)
        #expect(kinds["Video Jurnalis: MICH"] == .byline)
    }

    // Lines of `cleaning-check-3` (its sources name each page) and their near misses.

    @Test("An agency credit with the editor's code; a title with a slash is not one")
    func agencyCreditWithCode() {
        #expect(FurnitureShapes.reason(for: "ANTARA FOTO/M Risyal Hidayat/foc.") == .photoCredit)   // katadata
        #expect(FurnitureShapes.reason(for: "TNI/Polri Siaga.") == nil)
        #expect(FurnitureShapes.reason(for: "TNI/Polri Jaga Ketat Bandara Soekarno-Hatta.") == nil)
    }

    @Test("A bulleted byline is kept as one; 'Oleh karena itu' opens a sentence, not a byline")
    func bylines() {
        #expect(ParagraphKinds.isByline("• Oleh Muhammad Hamim"))   // borneonews
        #expect(ParagraphKinds.isByline("Redaksi Solopos.com  /  Evi Handayani  | SOLOPOS.com"))   // solopos
        #expect(!ParagraphKinds.isByline("Oleh karena itu, pihaknya mengajak semua lapisan masyarakat menaati aturan,"))   // jabarnews
    }

    @Test("A blog platform's disclaimer and rating question are set aside; a paragraph about a disclaimer is not")
    func siteNotices() {
        let notices = ["Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.",
                       "Bagaimana reaksi Anda tentang artikel ini?"]   // kompasiana
        #expect(setAside(body + notices) == Set(notices))
        let paragraph = "Menurut polisi, pernyataan itu tidak mewakili pandangan partai dan menjadi tanggung jawab pribadi yang bersangkutan."
        #expect(setAside(body + [paragraph]).isEmpty)
    }

    @Test("A weather widget's reading and its date over the headline are set aside; the article's date is kept")
    func weatherWidget() {
        let page = ["25 C", "Medan", "Wednesday, December 4, 2024", "spot_img",   // sumutpos
                    "Apapun Putusan MK Soal Sistem Pemilu Hari ini, KPU: Tahapan tak Terganggu"] + body
        #expect(setAside(page).isSuperset(of: ["25 C", "Wednesday, December 4, 2024", "spot_img"]))
        #expect(kept(page).first?.kind == .headline)
        let dated = ["Senin, 01 September 2025", "Polisi Tangkap Pelaku Penjarahan di Jakarta"] + body
        #expect(kept(dated).first?.kind == .dateline)
    }

    @Test("A block of titles with teasers over a dated article is another listing; subheadings with their paragraphs are not")
    func listingAbove() {
        // radarmetropolis: featured titles with their teasers, then the post's date and title.
        let listing = ["JPU KPK Tak Banding Vonis Penyuap Sahat",
                       "JPU KPK tidak melakukan upaya hukum banding atas vonis dua tahun enam bulan penjara bagi dua terdakwa.",
                       "Polda Lakukan Pemeriksaan Lanjutan Kanjuruhan",
                       "Polri hari ini menjadwalkan pemeriksaan lanjutan di Mapolda Jatim terhadap para tersangka kasus itu.",
                       "Titik Pangkal Tilang Manual di Polrestabes Surabaya",
                       "Polrestabes Surabaya menerjunkan sebanyak 624 personel dalam Operasi Keselamatan Semeru 2023."]
        let article = ["Jumat, 30 Juni 2017", "Halal Bihalal Pakde Karwo-Gus Ipul Diadakan 4 Juli Dibagi Tiga Kloter"]
        #expect(setAside(listing + article) == Set(listing))
        #expect(kept(listing + article).last?.kind == .headline)
        // The same shape under a headline and date is the article's own sections.
        let sections = ["Halal Bihalal Pakde Karwo-Gus Ipul Diadakan 4 Juli", "Jumat, 30 Juni 2017"] + listing + body
        #expect(setAside(sections).isEmpty)
    }

    @Test("A picture's text that starts the headline lends it its evidence; a credit of the picture is not the headline")
    func titleOverPicture() {
        // bantenraya.co.id (the stored copy carries no address): the headline, the picture's
        // alt text, then its caption with the photographer and site in brackets.
        let banten = ["Rapat Paripurna DPRD Banten Molor hingga 6 Jam, Hujan Interupsi Mewarnai", "Rapat paripurna DPRD Banten",
                      "Rapat Paripurna DPRD Banten molor hingga 6 jam, hujan interupsi mewarnai. (Muhamad Tohir/ Bantenraya.co.id)"] + body
        #expect(kept(banten).first?.kind == .headline)
        #expect(kept(banten).first?.text == banten[0])
        #expect(setAside(banten) == ["Rapat paripurna DPRD Banten"])
        // cirebon.tribunnews.com (in `cleaning`): the outlet and photographer under the byline.
        let tribun = ["Gempa Bumi M 4,2 Guncang Kawasan Pangandaran, Tak Berpotensi Tsunami, Begini Kata BMKG",
                      "Editor: Machmud Mubarok", "Tribun Jabar/Hilman Kamaludin", "Seismograf mencatat setiap gempa yang terjadi."] + body
        #expect(kept(tribun).first?.kind == .headline)
        #expect(setAside(tribun).contains("Tribun Jabar/Hilman Kamaludin"))
    }

    @Test("A related title under a label in capitals without 'juga' or a colon")
    func capitalLabel() {
        // indramayukab.go.id, "Bupati Indramayu Resmikan Jembatan Desa Kertawinangun" (2023-01-15).
        let related = "BACA  Mahesa Prabu Febriyanto Sabet 3 Penghargaan Tingkat Jawa Barat"
        #expect(setAside(body + [related] + body.prefix(1)) == [related])
        #expect(BoilerplateRules.reason(for: "Baca tulis Al-Quran diajarkan setiap sore di masjid desa itu.") == nil)
    }
}
