package vn.cchc.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text bound from a form or a request parameter passes {@link InputTexts#clean}: NFC, NUL removed. One
 * hook for all pages, so no form can forget it.
 */
@ControllerAdvice
class FormInputAdvice {

    @InitBinder
    void cleanTexts(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(InputTexts.clean(text));
            }

            @Override
            public String getAsText() {
                Object v = getValue();
                return v == null ? "" : v.toString();
            }
        });
    }
}
