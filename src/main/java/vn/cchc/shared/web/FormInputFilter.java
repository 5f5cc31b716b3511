package vn.cchc.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every form field and request parameter passes {@link InputTexts#clean} (NFC, NUL removed) before anything
 * binds it: one place for all pages, so no form can forget it. (A binder hook would have to initialise every
 * data binder first, which breaks controllers that tune their binder.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class FormInputFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> params;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (params == null) {
                Map<String, String[]> out = new LinkedHashMap<>();
                for (Map.Entry<String, String[]> e : super.getParameterMap().entrySet()) {
                    String[] v = e.getValue().clone();
                    for (int i = 0; i < v.length; i++) v[i] = InputTexts.clean(v[i]);
                    out.put(e.getKey(), v);
                }
                params = Collections.unmodifiableMap(out);
            }
            return params;
        }

        @Override
        public String getParameter(String name) {
            String[] v = getParameterMap().get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = getParameterMap().get(name);
            return v == null ? null : v.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
