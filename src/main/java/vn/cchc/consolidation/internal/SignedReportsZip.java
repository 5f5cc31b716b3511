package vn.cchc.consolidation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * All signed reports of a period in one ZIP: each report's latest frozen snapshot (PDF and DOCX) from the
 * workflow's {@code report_snapshot} table, streamed row by row (a cursor with a small fetch size, one row's
 * bytes in memory at a time) into the ZIP on the response. Until that table exists the ZIP holds only the list.
 */
@Component
public class SignedReportsZip {

    static final String SNAPSHOT_TABLE = "report_snapshot";
    private final ConsolidationQueries queries;
    private final TableText text;

    SignedReportsZip(ConsolidationQueries queries, TableText text) {
        this.queries = queries;
        this.text = text;
    }

    /** Must run inside a (read-only) transaction so that PostgreSQL honours the fetch size (a server cursor). */
    public int write(long periodId, Collection<Long> unitIds, String listHeader, OutputStream target) {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        StringBuilder list = new StringBuilder(listHeader).append("\r\n\r\n");
        int[] written = {0};
        if (!unitIds.isEmpty() && queries.tableExists(SNAPSHOT_TABLE)) {
            Set<String> used = new HashSet<>();
            queries.withConnection(con -> {
                try (var ps = con.prepareStatement("""
                        select u.name, u.code, s.report_id, s.revision, s.pdf, s.docx, s.pdf_sha256, s.docx_sha256
                        from report r
                        join org_unit u on u.id = r.org_unit_id
                        join report_snapshot s on s.report_id = r.id
                        where r.period_id = ? and r.status in ('SIGNED', 'ACCEPTED') and r.org_unit_id = any(?)
                          and s.revision = (select max(s2.revision) from report_snapshot s2 where s2.report_id = r.id)
                        order by u.name, r.id""")) {
                    ps.setFetchSize(4);
                    ps.setLong(1, periodId);
                    ps.setArray(2, ConsolidationQueries.longArray(con, unitIds));
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String name = rs.getString(1);
                            String base = FileNames.slug(name);
                            if (!used.add(base)) base = base + "-" + FileNames.slug(rs.getString(2));
                            list.append(text.msg(
                                            "consolidation.doc.zipLine",
                                            TableText.nfc(name),
                                            String.valueOf(rs.getLong(3)),
                                            String.valueOf(rs.getInt(4))))
                                    .append("\r\n");
                            try {
                                entry(zip, base + ".pdf", rs.getBinaryStream(5), list, rs.getString(7));
                                entry(zip, base + ".docx", rs.getBinaryStream(6), list, rs.getString(8));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            written[0]++;
                        }
                    }
                }
                return null;
            });
        }
        try {
            zip.putNextEntry(new ZipEntry("danh-sach.txt"));
            zip.write(list.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    private static void entry(ZipOutputStream zip, String name, InputStream content, StringBuilder list, String sha)
            throws IOException {
        if (content == null) return;
        zip.putNextEntry(new ZipEntry(name));
        try (content) {
            content.transferTo(zip);
        }
        zip.closeEntry();
        list.append("  ")
                .append(name)
                .append(sha == null ? "" : "  SHA-256 " + sha)
                .append("\r\n");
    }
}
