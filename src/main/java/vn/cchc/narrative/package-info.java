/** The prose of a report per section, the tasks assigned by the higher level, and the report header form. */
package vn.cchc.narrative;
