package vn.cchc.dossier;

/** What a row of the table stands for: a unit (commune), an authority level, or a field of procedures. */
public enum DossierGroupKind {
    UNIT,
    LEVEL,
    FIELD
}
