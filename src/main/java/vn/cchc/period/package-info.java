/** Reporting periods as data: kind, title, data window and deadline, per province schedule. */
package vn.cchc.period;
