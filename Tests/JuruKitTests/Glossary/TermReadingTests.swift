import Foundation
import Testing
@testable import JuruKit

/// A term is found where its stem and its shape agree, and nowhere else: the
/// derivations that share letters with a term, written as the news writes them.
struct TermReadingTests {
    static func found(_ pairs: [(String, String)], _ text: String) -> [String] {
        TermMatchingTests.found(TermMatchingTests.glossary(pairs), text)
    }

    @Test(arguments: [
        // A derivation sharing letters with the term, and the term it is not.
        ("mendirikan", "Bantuan itu diberikan dan kami memberikan data."),
        ("harga", "Ia menerima penghargaan lomba video."),
        ("tinggal", "Korban meninggal dunia di rumah sakit."),
        ("alam", "Ia mengalami luka di bagian perut."),
        ("mengundang", "Wartawan dijamin Undang-Undang Pers."),
        ("asing", "Ia memilih mengasingkan diri ke Lampung Barat."),
        ("menemukan", "Keluarga itu dipertemukan kembali berkat medsos."),
        ("mendapat", "Para jurnalis dapat menjalankan tugasnya."),
        ("ANTARA", "Pertandingan antara Brasil dan Argentina ditunda."),
        ("jalan keluar", "Ia berjalan keluar dari ruang sidang."),
        ("meninggal", "Yudhoyono meninggalkan Menteri-Sekretaris Negara di ruang kerjanya."),
        ("menemukan", "Ia menemui Presiden di Istana."),
        ("bangsa", "Itu kesepakatan koalisi kebangsaan."),
        ("polisi", "Kepala Kepolisian Daerah Metro Jaya menetapkan Jakarta Siaga 1."),
        ("anggaran", "Pelanggaran Etik DPR."),
        ("menindak", "Ia melaporkan kejadian tindak pidana tersebut."),
    ])
    func derivationsSharingLettersAreNotTheTerm(term: String, text: String) {
        #expect(Self.found([(term, "x")], text).isEmpty)
    }

    @Test(arguments: [
        // Another voice or form of the same verb.
        ("melaporkan", "Anda boleh melapor ke Polres.", "melapor"),
        ("meminta", "Pelapor akan dimintai keterangan.", "dimintai"),
        ("memberikan", "Ribuan pegawai VOA diberi cuti administratif.", "diberi"),
        ("menangkap", "Pelaku tertangkap tangan.", "tertangkap"),
        ("memberlakukan", "Tarif Ojol kini diberlakukan.", "diberlakukan"),
        ("penangkapan", "Penangkapannya berlangsung semalam.", "Penangkapannya"),
        ("serangan", "Tidak ada serangan-serangan dari pasukan.", "serangan-serangan"),
        // A bare verb where the sentence makes it one: after the agent, and in a headline.
        ("menindak", "Mereka pasti akan kita tindak.", "tindak"),
        ("memantau", "Korea Selatan Pantau Kedekatan Militer Rusia", "Pantau"),
    ])
    func formsOfTheSameWordAreTheTerm(term: String, text: String, form: String) {
        #expect(Self.found([(term, "x")], text) == ["\(form)=\(term)"])
    }

    @Test func acronymsMatchInCapitalsOrWrittenAsANameInRunningText() {
        let antara = [("ANTARA", "Antara")]
        #expect(Self.found(antara, "Kantor Berita ANTARA didirikan pada 1937.") == ["ANTARA=ANTARA"])
        #expect(Self.found(antara, "Wartawan Antara lah yang menyiarkan Proklamasi.") == ["Antara=ANTARA"])
        #expect(Self.found(antara, "Memang bisa dikatakan antara percaya atau tidak.").isEmpty)
        // At the start of a sentence and in a headline a capital says nothing.
        #expect(Self.found(antara, "Antara lain ada tiga kandidat. Antara dua kota itu.").isEmpty)
        #expect(Self.found(antara, "Jembatan Antara Dua Pulau Segera Dibangun").isEmpty)
        // A term in lower case is found however the word is written.
        #expect(Self.found([("presiden", "president")], "Presiden tiba. PRESIDEN pergi.") == ["Presiden=presiden", "PRESIDEN=presiden"])
    }

    @Test func aBareWordIsAVerbOnlyWhenSaidSo() {
        // As a noun the bare word is not the verb ("tindak tegas", "revisi UU").
        #expect(Self.found([("menindak", "x")], "Dia mengatakan tindak tegas itu atas instruksi Presiden.").isEmpty)
        #expect(Self.found([("merevisi", "x"), ("revisi", "y")], "Baleg memprioritaskan revisi UU MD3.") == ["revisi=revisi"])
        // A bare glossary verb marked as one is found in its affixed forms.
        let tembak = Glossary([GlossaryEntry(sourceTerms: [GlossaryTerm("tembak", partOfSpeech: "verb")],
                                             targetTerms: [GlossaryTerm("shoot")])])
        #expect(TermMatchingTests.found(tembak, "Tentara menembak dan ditembak.") == ["menembak=tembak", "ditembak=tembak"])
        #expect(TermMatchingTests.found(Glossary([GlossaryEntry(source: "tembak", target: "shoot")]), "Tentara menembak.").isEmpty)
    }
}
