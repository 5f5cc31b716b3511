package vn.cchc.dossier.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The Biểu 06 page posts 13 inputs per row; Tomcat's default of 1.000 parameters per request would refuse
 * tables above ~75 rows with a bare 400. Allow 10.000 (about 750 rows); bigger tables come in by XLSX import.
 * Runs after Boot's own customizer so the server.tomcat.* defaults do not undo it.
 */
@Component
class LargeFormConfig implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final int MAX_PARAMETERS = 10_000;

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(
                c -> c.setMaxParameterCount(Math.max(c.getMaxParameterCount(), MAX_PARAMETERS)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
