package vn.cchc.dossier;

/** Allowed: the owner names its own table (and a longer name that merely starts like another: dossier_rows_x). */
class PlantedStore {
    static final String SQL = "select label from dossier_row where report_id = ?";
}
