package vn.cchc.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountParserTests {

    @Test
    void readsPlainAndDotGroupedCountsAndBlank() {
        assertThat(CountParser.parse("2579").value()).isEqualTo(2579);
        assertThat(CountParser.parse("2.579").value()).isEqualTo(2579);
        assertThat(CountParser.parse(" 1.234.567 ").value()).isEqualTo(1234567);
        assertThat(CountParser.parse("").valid()).isTrue();
        assertThat(CountParser.parse("").value()).isNull();
        assertThat(CountParser.parse(new SheetCell("2579", 2579.0)).value()).isEqualTo(2579);
    }

    @Test
    void refusesWhatIsNotANonNegativeWholeNumber() {
        assertThat(CountParser.parse("abc").valid()).isFalse();
        assertThat(CountParser.parse("-3").valid()).isFalse();
        assertThat(CountParser.parse("2,5").valid()).isFalse();
        assertThat(CountParser.parse("25.79").valid()).isFalse();
        assertThat(CountParser.parse(new SheetCell("2.5", 2.5)).valid()).isFalse();
        assertThat(CountParser.parse(new SheetCell("-1", -1.0)).valid()).isFalse();
    }

    @Test
    void namesColumnsLikeExcel() {
        assertThat(SheetRow.column(0)).isEqualTo("A");
        assertThat(SheetRow.column(3)).isEqualTo("D");
        assertThat(SheetRow.column(26)).isEqualTo("AA");
    }
}
