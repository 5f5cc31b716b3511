/** HTML preview of the report. Internal. */
package vn.cchc.rendering.internal.html;
