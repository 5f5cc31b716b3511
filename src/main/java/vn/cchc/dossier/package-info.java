/** One-stop dossier statistics of a report (Biểu 06/VPCP/KSTT): rows, their rules, import from XLSX. */
package vn.cchc.dossier;
