/** PDF rendering on OpenPDF with embedded Liberation Serif 2 fonts. Internal. */
package vn.cchc.rendering.internal.pdf;
