/** The report (one unit × one period) and its life from draft to accepted. */
package vn.cchc.report;
