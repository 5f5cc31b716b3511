/** How the office's report is compiled and printed; not used outside the module. */
package vn.cchc.officereport.internal;
