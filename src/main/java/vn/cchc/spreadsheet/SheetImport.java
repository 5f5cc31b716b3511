package vn.cchc.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/**
 * The upload skeleton the record pages share (Biểu 06, procedure catalogue): no file, a file over the size limit,
 * an unreadable sheet, broken rules or a stale version become the Vietnamese problems the page lists; otherwise
 * the import's result. All rows or none: the importer saves only when it throws nothing.
 */
@Component
public class SheetImport {

    private static final String STALE = "error.staleVersion";

    private final XlsxReader reader;
    private final Messages messages;

    SheetImport(XlsxReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = new Messages(messages);
    }

    /** What the importer does with the file's bytes (it throws the refusals this class turns into problems). */
    @FunctionalInterface
    public interface Importer<T> {
        T run(byte[] content);
    }

    /** Either what the import saved or, when nothing was saved, why. */
    public record Outcome<T>(T saved, List<String> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public <T> Outcome<T> run(MultipartFile file, Importer<T> importer) {
        List<String> problems = new ArrayList<>();
        try {
            if (file == null || file.isEmpty()) {
                problems.add(messages.text("dossier.import.noFile"));
            } else {
                reader.checkSize(file.getSize());
                return new Outcome<>(importer.run(file.getBytes()), List.of());
            }
        } catch (SpreadsheetRejectedException e) {
            problems.add(messages.text(e));
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> problems.add(v.message()));
        } catch (ConflictException e) {
            if (!STALE.equals(e.messageKey())) throw e;
            problems.add(messages.text(STALE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome<>(null, problems);
    }
}
