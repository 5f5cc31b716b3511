package vn.cchc;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A browser's session for MockMvc: sessions live in PostgreSQL (Spring Session), so, as in a browser, the
 * {@code SESSION} cookie carries them from one request to the next (a MockHttpSession would be ignored).
 */
public final class CookieSession {

    private final MockMvc mvc;
    private Cookie cookie;

    public CookieSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends the request with the session cookie and keeps the cookie the answer sets (a new id after login). */
    public MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (cookie != null) request.cookie(cookie);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Cookie set = response.getCookie("SESSION");
        if (set != null) cookie = set.getMaxAge() == 0 ? null : set;
        return response;
    }
}
