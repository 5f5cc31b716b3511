/** The office's own CCHC report compiled from its units: totals, recomputed rates, year-on-year, their texts. */
package vn.cchc.officereport;
