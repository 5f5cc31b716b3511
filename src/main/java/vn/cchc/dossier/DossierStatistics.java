package vn.cchc.dossier;

import java.util.List;
import vn.cchc.shared.FieldViolation;

/**
 * The statistics of one report: the version to send back when saving (0 before the first save), the rows,
 * and the warnings that do not block saving (carried-over figures against last period).
 */
public record DossierStatistics(long version, List<DossierRowView> rows, List<FieldViolation> warnings) {}
