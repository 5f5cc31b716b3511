package vn.cchc.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A kind of report a unit files (the CCHC report, the report on control of administrative procedures, …) with its
 * outline and Word template, as data: an administrator adds one without code.
 */
@Entity
@Table(name = "report_kind")
public class ReportKind {

    /**
     * One heading of the outline: level 1–3, its number («II.», «2.1.», «a)»), text, the narrative section, and the
     * generated content the kind asks for under it ({@code slots}, the outline line's fifth field, e.g.
     * {@value #COUNT_SENTENCE}: the sentence «Trong kỳ, UBND xã ban hành 648 văn bản: …»).
     */
    public record Heading(int level, String number, String text, String sectionCode, Set<String> slots) {

        public Heading {
            slots = slots == null ? Set.of() : Set.copyOf(slots);
        }

        public Heading(int level, String number, String text, String sectionCode) {
            this(level, number, text, sectionCode, null);
        }

        public boolean asks(String slot) {
            return slots.contains(slot);
        }
    }

    /** The slot for the register's count sentence, placed at the top of the heading's section. */
    public static final String COUNT_SENTENCE = "counts";

    private static final Set<String> SLOTS = Set.of(COUNT_SENTENCE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String summaryLine;

    /** One heading per line: {@code level|number|text|sectionCode}. */
    @Column(nullable = false)
    private String outline;

    @Column(nullable = false)
    private String template;

    /** NOTE prints «Không phát sinh.» under a section without content; OMIT leaves the section out. */
    @Column(nullable = false)
    private String emptySection;

    /** When an administrator uploaded the kind's template (its bytes are read apart: ReportKinds.templateBytes). */
    private Instant templateUploadedAt;

    @Version
    private long version;

    protected ReportKind() {}

    ReportKind(String code, String name, String summaryLine, String outline, String template, String emptySection) {
        this.code = code;
        this.name = name;
        this.summaryLine = summaryLine;
        this.outline = outline;
        this.template = template;
        this.emptySection = emptySection;
    }

    public List<Heading> headings() {
        return parse(outline);
    }

    /** Parses the outline text; throws IllegalArgumentException naming the bad line. */
    static List<Heading> parse(String outline) {
        List<Heading> out = new ArrayList<>();
        int n = 0;
        for (String raw : outline.replace("\r\n", "\n").split("\n")) {
            n++;
            if (raw.isBlank()) continue;
            String[] parts = raw.split("\\|", -1);
            if (parts.length < 3 || !parts[0].strip().matches("[123]") || parts[2].isBlank()) {
                throw new IllegalArgumentException(
                        "Dàn ý, dòng " + n + ": cần dạng «cấp|số|tiêu đề|mã mục», cấp từ 1 đến 3.");
            }
            String section = parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : null;
            Set<String> slots = new HashSet<>();
            if (parts.length > 4)
                for (String slot : parts[4].split(",")) {
                    if (slot.isBlank()) continue;
                    if (!SLOTS.contains(slot.strip())) {
                        throw new IllegalArgumentException("Dàn ý, dòng " + n + ": «" + slot.strip()
                                + "» không phải là nội dung tự sinh có sẵn (dùng «" + COUNT_SENTENCE
                                + "»: câu số văn bản đã ban hành).");
                    }
                    if (section == null) {
                        throw new IllegalArgumentException("Dàn ý, dòng " + n + ": nội dung tự sinh «" + slot.strip()
                                + "» cần một mã mục ở trường thứ tư.");
                    }
                    slots.add(slot.strip());
                }
            out.add(new Heading(
                    Integer.parseInt(parts[0].strip()), parts[1].strip(), parts[2].strip(), section, slots));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("Dàn ý: cần ít nhất một đề mục.");
        return out;
    }

    public boolean omitsEmptySections() {
        return "OMIT".equals(emptySection);
    }

    void uploadedTemplate(String name, Instant at) {
        this.template = name;
        this.templateUploadedAt = at;
    }

    public boolean hasUploadedTemplate() {
        return templateUploadedAt != null;
    }

    public Instant getTemplateUploadedAt() {
        return templateUploadedAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSummaryLine() {
        return summaryLine;
    }

    public String getOutline() {
        return outline;
    }

    public String getTemplate() {
        return template;
    }

    public String getEmptySection() {
        return emptySection;
    }
}
