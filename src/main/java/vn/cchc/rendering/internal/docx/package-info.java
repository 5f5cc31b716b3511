/** DOCX rendering on Apache POI: template placeholders, body blocks, tables. Internal. */
package vn.cchc.rendering.internal.docx;
