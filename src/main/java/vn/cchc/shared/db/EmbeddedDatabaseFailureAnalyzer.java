package vn.cchc.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up failures of the embedded database end with their Vietnamese reason, not with a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Sửa nguyên nhân nêu trên rồi khởi động lại (cấu hình: CCHC_DATA_DIR, CCHC_DB_PORT; README.md).",
                cause);
    }
}
