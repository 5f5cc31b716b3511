package vn.cchc.rendering;

/** A report could not be rendered: a broken template, a missing value, an I/O failure of the library. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
