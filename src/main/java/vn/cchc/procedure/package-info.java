/** The procedure catalogue of a report: fields and procedures per authority level, optional details from import. */
package vn.cchc.procedure;
