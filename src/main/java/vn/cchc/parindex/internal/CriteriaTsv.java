package vn.cchc.parindex.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

/** The sample index kept as tab-separated text (parindex/chi-so-cchc-cap-xa.tsv), read as spreadsheet rows. */
public final class CriteriaTsv {

    public static final String SAMPLE = "parindex/chi-so-cchc-cap-xa.tsv";

    private CriteriaTsv() {}

    public static List<SheetRow> sample() {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            List<SheetRow> rows = new ArrayList<>();
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                List<SheetCell> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) cells.add(new SheetCell(cell.strip(), null));
                rows.add(new SheetRow(++number, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
