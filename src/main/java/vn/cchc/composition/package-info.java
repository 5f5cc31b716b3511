/**
 * Composes a report's printed form from its records and narrative (documents cited, figures, the dossier table,
 * tasks, signer, recipients) and renders it as DOCX, PDF and HTML through the rendering module.
 */
package vn.cchc.composition;
