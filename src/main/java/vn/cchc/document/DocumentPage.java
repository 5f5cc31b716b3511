package vn.cchc.document;

import java.util.List;

/** One page of a document list: {@code page} is 1-based, {@code total} the number of documents over all pages. */
public record DocumentPage(List<DocumentView> items, int page, int pages, long total) {

    /** A page of an in-memory list (the report's own documents, already read in one query). */
    public static DocumentPage of(List<DocumentView> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int p = Math.min(Math.max(page, 1), pages);
        return new DocumentPage(
                all.subList(Math.min(all.size(), (p - 1) * size), Math.min(all.size(), p * size)),
                p,
                pages,
                all.size());
    }
}
