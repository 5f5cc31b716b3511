package vn.cchc.rendering;

/**
 * The Word template does not fit the model: an unknown placeholder, a placeholder without a value, a
 * missing style or marker. Raised instead of printing a blank, so a restyled template fails loudly.
 */
public class TemplateException extends RenderingException {

    public TemplateException(String message) {
        super(message);
    }
}
