package vn.cchc.shared.web;

import java.text.Normalizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How JSON bodies are read, in one place: every text is normalised to NFC (macOS sends NFD; stored NFD text
 * neither matches nor renders well), a text with a NUL character is refused (PostgreSQL cannot store it), and
 * a fraction for a whole number ({@code 1.5} for a count) is refused instead of being cut to 1. The refusals
 * are answered by {@link ApiExceptionHandler} with the field named.
 */
@Configuration
class JsonInputConfig {

    @Bean
    JsonMapperBuilderCustomizer strictInput() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("cchc-input").addDeserializer(String.class, new NfcText()));
    }

    /** Jackson's own string reading, then NFC; a NUL is refused as an invalid value of that field. */
    static final class NfcText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (s == null) return null;
            if (s.indexOf('\0') >= 0) throw ctxt.weirdStringException(s, String.class, InputTexts.NUL_REASON);
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        }
    }
}
