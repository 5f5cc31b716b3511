package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ContentDiffTest {

    final ContentDiff diff = new ContentDiff(JsonMapper.builder().build());

    @Test
    void listsAddedRemovedAndChangedLeavesMatchingRecordsByTheirNumber() {
        String before = """
                {"header":{"numberSymbol":"85/BC-UBND","reportDate":"2023-12-10"},
                 "documents":[{"numberSymbol":"36/KH-UBND","summary":"Kế hoạch CCHC"},
                              {"numberSymbol":"25/UBND-VP","summary":"Tuyên truyền"}],
                 "indicators":{"MEETINGS":"13"}}""";
        String after = """
                {"header":{"numberSymbol":"86/BC-UBND","reportDate":"2023-12-10"},
                 "documents":[{"numberSymbol":"12/QĐ-UBND","summary":"Quyết định mới"},
                              {"numberSymbol":"36/KH-UBND","summary":"Kế hoạch CCHC"}],
                 "indicators":{"MEETINGS":"14","STAFF":"16"}}""";
        List<ContentDiff.Change> changes = diff.diff(before, after);
        assertThat(changes)
                .extracting(c -> c.kind() + " " + c.section() + " " + c.item() + " " + c.field())
                .containsExactlyInAnyOrder(
                        "CHANGED header  numberSymbol",
                        "REMOVED documents 25/UBND-VP ",
                        "ADDED documents 12/QĐ-UBND ",
                        "CHANGED indicators  MEETINGS",
                        "ADDED indicators  STAFF");
        assertThat(changes)
                .filteredOn(c -> c.item().equals("12/QĐ-UBND"))
                .singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("12/QĐ-UBND; Quyết định mới"));
        assertThat(changes)
                .filteredOn(c -> c.field().equals("MEETINGS"))
                .singleElement()
                .satisfies(c -> assertThat(c.before() + "→" + c.after()).isEqualTo("13→14"));
    }

    @Test
    void datesAreShownTheVietnameseWay() {
        assertThat(ContentDiff.display("2023-12-09")).isEqualTo("09/12/2023");
        assertThat(ContentDiff.display("36/KH-UBND; 2023-11-20; Kế hoạch"))
                .isEqualTo("36/KH-UBND; 20/11/2023; Kế hoạch");
        assertThat(ContentDiff.display("2.579")).isEqualTo("2.579");
    }

    @Test
    void identicalContentHasNoChanges() {
        String json = "{\"header\":{\"numberSymbol\":\"85/BC-UBND\"},\"documents\":[]}";
        assertThat(diff.diff(json, json)).isEmpty();
    }
}
