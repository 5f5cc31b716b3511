package vn.cchc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * DEVELOPMENT STAND-IN, not the real renderer: the composition module replaces it (see {@link WorkflowFallbacks}).
 * It renders, deterministically, the report's CURRENT letterhead and header fields, the unit's issued documents
 * and the report's indicator values into a minimal DOCX, a minimal PDF (diacritics dropped) and a content JSON,
 * so that signing, freezing and the version diff can be exercised before the real renderer exists. Every file
 * says on its first line that it is a stand-in.
 */
class DevelopmentReportRendering implements ReportRendering {

    static final String MARK = "BAN NHAP KY THUAT - bo dung bao cao that chua duoc cau hinh";
    private static final long FIXED_TIME = 1_700_000_000_000L;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DevelopmentReportRendering(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public RenderedReport render(long reportId) {
        Map<String, Object> content = content(reportId);
        List<String> lines = lines(content);
        return new RenderedReport(docx(lines), pdf(lines), json.writeValueAsString(content));
    }

    private Map<String, Object> content(long reportId) {
        Map<String, Object> header = jdbc.queryForMap("""
                select u.letterhead_name as "letterhead", r.number_symbol as "numberSymbol",
                       to_char(r.report_date, 'YYYY-MM-DD') as "reportDate", r.summary_lines as "summaryLines",
                       r.signer_authority as "signerAuthority", r.signer_title as "signerTitle",
                       r.signer_name as "signerName", r.recipients as "recipients"
                from report r join org_unit u on u.id = r.org_unit_id where r.id = ?""", reportId);
        List<Map<String, Object>> documents = jdbc.queryForList("""
                select d.number_symbol as "numberSymbol", to_char(d.issued_on, 'YYYY-MM-DD') as "issuedOn",
                       d.summary as "summary"
                from issued_document d join report r on r.org_unit_id = d.org_unit_id
                where r.id = ? order by d.issued_on nulls last, d.id""", reportId);
        Map<String, Object> indicators = new LinkedHashMap<>();
        jdbc.query("""
                select i.code, coalesce(v.numeric_value::text, v.text_value) from indicator_value v
                join indicator i on i.id = v.indicator_id where v.report_id = ? order by i.code""",
                rs -> { indicators.put(rs.getString(1), rs.getString(2)); }, reportId);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("renderer", "development-stand-in");
        content.put("header", header);
        content.put("documents", documents);
        content.put("indicators", indicators);
        return content;
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(Map<String, Object> content) {
        List<String> lines = new ArrayList<>();
        lines.add(MARK);
        ((Map<String, Object>) content.get("header")).forEach((k, v) -> lines.add(k + ": " + (v == null ? "" : String.valueOf(v).replace("\n", " / "))));
        for (Map<String, Object> d : (List<Map<String, Object>>) content.get("documents")) {
            lines.add("- " + d.get("numberSymbol") + " " + (d.get("issuedOn") == null ? "" : d.get("issuedOn")) + " "
                    + (d.get("summary") == null ? "" : d.get("summary")));
        }
        ((Map<String, Object>) content.get("indicators")).forEach((k, v) -> lines.add(k + " = " + v));
        return lines;
    }

    private static byte[] docx(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (String l : lines) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(l)).append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A one-page PDF with Helvetica text (diacritics dropped): enough to be a file, not a report. */
    private static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 10 Tf 40 800 Td 12 TL\n");
        for (String l : lines) text.append('(').append(pdfText(l)).append(") Tj T*\n");
        text.append("ET");
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.length + " >>\nstream\n" + text + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int off : offsets) x.append(String.format("%010d 00000 n \n", off));
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, x.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String pdfText(String s) {
        String ascii = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "?");
        return ascii.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
