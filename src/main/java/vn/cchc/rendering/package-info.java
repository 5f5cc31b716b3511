/**
 * Rendering of the CCHC report: a document model ({@link ReportDocument}) turned into
 * DOCX (from an editable Word template), PDF and an HTML preview in the Decree 30/2020/NĐ-CP layout.
 * The model is the contract with the composer that fills it from the records; sub-packages are internal.
 */
package vn.cchc.rendering;
