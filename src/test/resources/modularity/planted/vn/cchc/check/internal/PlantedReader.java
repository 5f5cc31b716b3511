package vn.cchc.check.internal;

/** A planted violation for ModularityTests: the check module reading the dossier module's table. */
class PlantedReader {
    static final String SQL = "select label from dossier_row where report_id = ?";
}
