/** Digital signatures on the signed report's PDF (PAdES, PDF/A-2b), the units' signing keys, and verification. */
package vn.cchc.signing;
