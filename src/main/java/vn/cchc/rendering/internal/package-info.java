/** Internals of the rendering module shared by the DOCX, PDF and HTML renderers; not an API. */
package vn.cchc.rendering.internal;
