package vn.cchc.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A "sổ văn bản đi" as the province's e-office system exports it: the unit's name and a title above the header,
 * columns STT · Số, ký hiệu · Ngày ban hành · Loại văn bản · Trích yếu · Người ký · Cơ quan ban hành · Nơi nhận,
 * dates mixed (Excel date cells, "05/03/2023" text, "5/3/2023" text), Party documents (225-CV/ĐU, 12-NQ/ĐU) among the
 * People's Committee's, one row exported twice, and on request a few broken rows. Deterministic (seeded).
 */
public final class EofficeExport {

    /** The file and what a correct import must find in it. */
    public record Made(
            byte[] bytes,
            int rows,
            int documents,
            Map<String, Integer> byType,
            int partyDocuments,
            List<Broken> broken,
            int duplicateRow) {}

    /** A broken row: its Excel row number and the header of the faulty column. */
    public record Broken(int row, String column) {}

    static final String[] HEADERS = {
        "STT", "Số, ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Người ký", "Cơ quan ban hành", "Nơi nhận"
    };
    static final int FIRST_DATA_ROW = 5; // Excel row number: three title rows, a blank, the header at row 4
    private static final DateTimeFormatter DD = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** type code → symbol pattern, label, share of a year's documents (a commune writes many letters, few decisions). */
    private static final Object[][] KINDS = {
        {"CV", "%d/UBND-VP", "Công văn", 30},
        {"QD", "%d/QĐ-UBND", "Quyết định", 22},
        {"KH", "%d/KH-UBND", "Kế hoạch", 10},
        {"BC", "%d/BC-UBND", "Báo cáo", 12},
        {"TB", "%d/TB-UBND", "Thông báo", 8},
        {"TTR", "%d/TTr-UBND", "Tờ trình", 6},
        {"P_CV", "%d-CV/ĐU", "Công văn", 6},
        {"P_NQ", "%d-NQ/ĐU", "Nghị quyết", 3},
        {"P_BC", "%d-BC/ĐU", "Báo cáo", 3}
    };

    private static final String[] TOPICS = {
        "cải cách hành chính năm 2023",
        "rà soát thủ tục hành chính",
        "chuyển đổi số trên địa bàn xã",
        "tiếp công dân định kỳ",
        "phòng, chống thiên tai",
        "tuyên truyền pháp luật",
        "thu ngân sách nhà nước",
        "dân số và phát triển",
        "bầu cử trưởng thôn",
        "vệ sinh an toàn thực phẩm"
    };
    private static final String[] SIGNERS = {"Phạm Văn Cảnh", "Nguyễn Thị Hoa", "Trần Văn Bình"};

    private EofficeExport() {}

    public static Made xlsx(String unitName, int rows, boolean broken, long seed) {
        List<Object[]> lines = lines(unitName, rows, broken, seed);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sổ văn bản đi");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("UBND " + unitName.toUpperCase(Locale.ROOT));
            sheet.createRow(1).createCell(0).setCellValue("SỔ VĂN BẢN ĐI");
            sheet.createRow(2).createCell(0).setCellValue("Từ ngày 01/01/2023 đến ngày 09/12/2023");
            Row header = sheet.createRow(3);
            for (int c = 0; c < HEADERS.length; c++) header.createCell(c).setCellValue(HEADERS[c]);
            int r = FIRST_DATA_ROW - 1;
            for (Object[] line : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.length; c++) {
                    Object v = line[c];
                    if (v == null) continue;
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return made(out.toByteArray(), lines, broken);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same register as CSV: UTF-8 with BOM, ";" separated, fields quoted where needed, header on row 1. */
    public static Made csv(String unitName, int rows, boolean broken, long seed) {
        List<Object[]> lines = lines(unitName, rows, broken, seed);
        StringBuilder s = new StringBuilder("\uFEFF");
        s.append(String.join(";", HEADERS)).append("\r\n");
        for (Object[] line : lines) {
            List<String> cells = new ArrayList<>();
            for (Object v : line) {
                String t = v == null ? "" : v instanceof LocalDate d ? DD.format(d) : v.toString();
                cells.add(
                        t.contains(";") || t.contains("\"") || t.contains("\n")
                                ? "\"" + t.replace("\"", "\"\"") + "\""
                                : t);
            }
            s.append(String.join(";", cells)).append("\r\n");
        }
        Made m = made(s.toString().getBytes(StandardCharsets.UTF_8), lines, broken);
        // in the CSV the header is row 1, so data rows start at 2 rather than FIRST_DATA_ROW
        int shift = FIRST_DATA_ROW - 2;
        return new Made(
                m.bytes(),
                m.rows(),
                m.documents(),
                m.byType(),
                m.partyDocuments(),
                m.broken().stream()
                        .map(b -> new Broken(b.row() - shift, b.column()))
                        .toList(),
                m.duplicateRow() - shift);
    }

    private static List<Object[]> lines(String unitName, int rows, boolean broken, long seed) {
        Random random = new Random(seed);
        int total = 0;
        for (Object[] k : KINDS) total += (Integer) k[3];
        int[] next = new int[KINDS.length];
        List<Object[]> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 1, 3);
        for (int i = 0; i < rows - 1; i++) {
            int pick = random.nextInt(total);
            int k = 0;
            while (pick >= (Integer) KINDS[k][3]) pick -= (Integer) KINDS[k++][3];
            Object[] kind = KINDS[k];
            String number = String.format((String) kind[1], ++next[k]);
            LocalDate day = first.plusDays((long) i * 335 / rows);
            boolean party = ((String) kind[0]).startsWith("P_");
            Object date = switch (i % 3) {
                case 0 -> day; // an Excel date cell
                case 1 -> DD.format(day); // text 05/03/2023
                default -> D.format(day); // text 5/3/2023
            };
            String summary = "V/v " + TOPICS[random.nextInt(TOPICS.length)] + (i % 97 == 0 ? "; \"đợt 2\"" : "");
            out.add(new Object[] {
                i + 1,
                number,
                date,
                kind[2],
                summary,
                SIGNERS[random.nextInt(SIGNERS.length)],
                (party ? "Đảng ủy " : "UBND ") + unitName,
                "Như trên; Lưu VT"
            });
        }
        // the e-office system exported one document twice
        Object[] again = out.get(rows / 2).clone();
        again[0] = rows;
        out.add(again);
        if (broken) {
            out.get(10)[2] = "31/02/2023"; // no such day
            out.get(700)[1] = ""; // number missing
            out.get(1500 % out.size())[3] = "Thư tay"; // a type not in the list
        }
        return out;
    }

    private static Made made(byte[] bytes, List<Object[]> lines, boolean broken) {
        Map<String, Integer> byType = new TreeMap<>();
        int party = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            if (broken && (i == 10 || i == 700 || i == 1500 % lines.size())) continue;
            String number = (String) lines.get(i)[1];
            String type = number.contains("-CV/")
                    ? "CV"
                    : number.contains("-NQ/")
                            ? "NQ"
                            : number.contains("-BC/")
                                    ? "BC"
                                    : number.contains("/UBND-VP")
                                            ? "CV"
                                            : number.contains("/QĐ-")
                                                    ? "QD"
                                                    : number.contains("/KH-")
                                                            ? "KH"
                                                            : number.contains("/BC-")
                                                                    ? "BC"
                                                                    : number.contains("/TB-") ? "TB" : "TTR";
            byType.merge(type, 1, Integer::sum);
            if (number.contains("/ĐU")) party++;
        }
        List<Broken> b = broken
                ? List.of(
                        new Broken(FIRST_DATA_ROW + 10, "Ngày ban hành"),
                        new Broken(FIRST_DATA_ROW + 700, "Số, ký hiệu"),
                        new Broken(FIRST_DATA_ROW + 1500 % lines.size(), "Loại văn bản"))
                : List.of();
        int documents = lines.size() - 1 - b.size();
        return new Made(bytes, lines.size(), documents, byType, party, b, FIRST_DATA_ROW + lines.size() - 1);
    }
}
