package org.dyad.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector d = LanguageDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The foreign ministers of Norland and Sudovia met on Tuesday and agreed that the ferry link would reopen in May, officials said.
            en | Président Jean-Luc Moreau of France met Bundeskanzlerin Anna Müller and José María Fernández de la Vega in São Paulo, where the talks on the Rio de la Plata accord were held.
            en | Nguyen Van Thanh, the deputy minister, told reporters in Hanoi that the Ministry of Foreign Affairs would issue a statement on the visit by Wang Yi after the meeting.
            fr | Les ministres des affaires étrangères se sont rencontrés mardi à Port-Amsel pour discuter de la liaison par ferry, qui sera rouverte en mai selon le gouvernement.
            de | Die Außenminister der beiden Länder haben sich am Dienstag getroffen und über die Fährverbindung gesprochen, die im Mai wieder eröffnet werden soll.
            es | Los ministros de exteriores de los dos países se reunieron el martes para hablar sobre la conexión en ferry, que se reabrirá en mayo según el gobierno.
            it | I ministri degli esteri dei due paesi si sono incontrati martedì per parlare del collegamento in traghetto, che sarà riaperto a maggio secondo il governo.
            pt | Os ministros das relações exteriores dos dois países se reuniram na terça-feira para falar sobre a ligação de balsa, que será reaberta em maio.
            nl | De ministers van buitenlandse zaken van de twee landen hebben dinsdag gesproken over de veerverbinding, die in mei weer wordt geopend.
            ru | Министры иностранных дел двух стран встретились во вторник и обсудили паромное сообщение, которое, как сообщили, будет восстановлено в мае.
            uk | Міністри закордонних справ двох країн зустрілися у вівторок і обговорили поромне сполучення, яке, за їхніми словами, буде відновлено у травні.
            ar | التقى وزيرا خارجية البلدين يوم الثلاثاء في العاصمة وناقشا خط العبارات الذي قال المسؤولون إنه سيعاد فتحه في مايو بعد المحادثات.
            zh | 两国外交部长星期二在首都会面，讨论了轮渡航线问题，官员表示该航线将于五月重新开放，双方同意加强合作。
            ja | 両国の外相は火曜日に会談し、フェリー航路について話し合った。当局者によると、航路は五月に再開される予定だという。
            ko | 양국 외교장관은 화요일에 만나 페리 노선에 대해 논의했으며 관계자들은 노선이 오월에 다시 열릴 것이라고 말했다.
            el | Οι υπουργοί Εξωτερικών των δύο χωρών συναντήθηκαν την Τρίτη και συζήτησαν τη γραμμή του πορθμείου που θα ανοίξει ξανά τον Μάιο.
            tr | İki ülkenin dışişleri bakanları salı günü bir araya geldi ve feribot hattının mayıs ayında yeniden açılacağını söyledi, ancak bu konuda daha çok görüşme olacak.
            vi | Bộ trưởng ngoại giao của hai nước đã gặp nhau vào thứ ba và thảo luận về tuyến phà, các quan chức cho biết tuyến này sẽ được mở lại vào tháng năm.
            """)
    void tellsTheLanguageOfAShortText(String expected, String text) {
        assertEquals(expected, d.detect(text));
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals(LanguageDetector.UNDETERMINED, d.detect("Port-Amsel, 12 April"));
        assertEquals(LanguageDetector.UNDETERMINED, d.detect(""));
    }
}
