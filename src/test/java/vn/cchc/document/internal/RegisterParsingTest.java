package vn.cchc.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.document.NumberSymbols;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

/** Types from symbols, dates as registers write them, and CSV as Excel and e-office systems write it. */
class RegisterParsingTest {

    @Test
    void theTypeComesFromTheSymbol() {
        assertThat(NumberSymbols.typeOf("36/KH-UBND")).contains("KH");
        assertThat(NumberSymbols.typeOf("28/2016/QĐ-UBND")).contains("QD");
        assertThat(NumberSymbols.typeOf("25/UBND-VP")).contains("CV");
        assertThat(NumberSymbols.typeOf("12/TTr-UBND")).contains("TTR");
        assertThat(NumberSymbols.typeOf("225-CV/ĐU")).contains("CV");
        assertThat(NumberSymbols.typeOf("12-NQ/ĐU")).contains("NQ");
        assertThat(NumberSymbols.typeOf("05/PA-UBND")).contains("OTHER");
        assertThat(NumberSymbols.typeOf("10/ KH-UBND")).contains("KH");
        assertThat(NumberSymbols.typeOf("không số")).isEmpty();
        assertThat(NumberSymbols.isParty("225-CV/ĐU")).isTrue();
        assertThat(NumberSymbols.isParty("36/KH-UBND")).isFalse();
        assertThat(NumberSymbols.normalise("09/KH-UBND")).isEqualTo(NumberSymbols.normalise(" 9 / kh-UBND"));
        assertThat(NumberSymbols.normalise("9/QĐ-UBND")).isNotEqualTo(NumberSymbols.normalise("9/QD-UBND"));
    }

    @Test
    void datesAsTheyCome() {
        assertThat(date("05/03/2023")).contains(LocalDate.of(2023, 3, 5));
        assertThat(date("5/3/2023")).contains(LocalDate.of(2023, 3, 5));
        assertThat(date("5-3-2023")).contains(LocalDate.of(2023, 3, 5));
        assertThat(date("05.03.2023 08:30")).contains(LocalDate.of(2023, 3, 5));
        assertThat(date("2023-03-05")).contains(LocalDate.of(2023, 3, 5));
        assertThat(date("44990")).contains(LocalDate.of(2023, 3, 5));
        assertThat(ImportDates.parse(new SheetCell("05/03/2023", 44990.0))).contains(LocalDate.of(2023, 3, 5));
        assertThat(date("31/02/2023")).isEmpty();
        assertThat(date("05/03/23")).isEmpty();
        assertThat(date("13/13/2023")).isEmpty();
        assertThat(date("01/01/1900")).isEmpty();
        assertThat(date("tháng 3")).isEmpty();
    }

    @Test
    void csvWithBomSemicolonsQuotesAndLineBreaks() {
        String text =
                "\uFEFFSố ký hiệu;Trích yếu\r\n36/KH-UBND;\"Kế hoạch; \"\"CCHC\"\"\r\nnăm 2023\"\r\n\r\n25/UBND-VP;Công văn";
        List<SheetRow> rows = read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text(0)).isEqualTo("Số ký hiệu");
        assertThat(rows.get(1).text(1)).isEqualTo("Kế hoạch; \"CCHC\"\r\nnăm 2023".strip());
        assertThat(rows.get(2).number()).isEqualTo(4);
        assertThat(rows.get(2).text(0)).isEqualTo("25/UBND-VP");
    }

    @Test
    void csvWithCommasOrTabsAndLegacyEncodings() {
        assertThat(read("Số ký hiệu,Ngày\n36/KH-UBND,\"5/3/2023\"\n".getBytes(StandardCharsets.UTF_8))
                        .get(1)
                        .text(1))
                .isEqualTo("5/3/2023");
        assertThat(read("Số ký hiệu\tNgày\n36/KH-UBND\t5/3/2023\n".getBytes(StandardCharsets.UTF_8))
                        .get(1)
                        .text(1))
                .isEqualTo("5/3/2023");
        byte[] utf16 = ("\uFEFFSố ký hiệu\tNgày\n36/KH-UBND\t5/3/2023\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(read(utf16).get(0).text(0)).isEqualTo("Số ký hiệu");
        // Windows-1258 writes "ố" as ô and a combining acute; read back as NFC
        byte[] cp1258 = "S\u00f4\u0301;X\n36/KH-UBND;5/3/2023\n".getBytes(Charset.forName("windows-1258"));
        assertThat(read(cp1258).get(0).text(0)).isEqualTo("Số");
    }

    @Test
    void readingStopsAtTheRowLimit() {
        StringBuilder s = new StringBuilder("Số ký hiệu\n");
        for (int i = 0; i < 50; i++) s.append(i).append("/KH-UBND\n");
        assertThatThrownBy(() -> CsvRows.read(s.toString().getBytes(StandardCharsets.UTF_8), 20, row -> {}))
                .isInstanceOf(RegisterFileRejected.class)
                .hasMessage("register.import.file.tooManyRows");
        assertThatThrownBy(() -> CsvRows.read("a;\"open".getBytes(StandardCharsets.UTF_8), 20, row -> {}))
                .isInstanceOf(RegisterFileRejected.class)
                .hasMessage("register.import.file.csvQuote");
    }

    private static Optional<LocalDate> date(String text) {
        return ImportDates.parse(new SheetCell(text, null));
    }

    private static List<SheetRow> read(byte[] bytes) {
        List<SheetRow> rows = new ArrayList<>();
        CsvRows.read(bytes, 100, rows::add);
        return rows;
    }
}
