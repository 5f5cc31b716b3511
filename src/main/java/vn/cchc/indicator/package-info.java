/** The indicator catalogue (administrator) and the figures of a report, with their Vietnamese formatting. */
package vn.cchc.indicator;
