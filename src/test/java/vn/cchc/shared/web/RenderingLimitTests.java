package vn.cchc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;
import vn.cchc.IntegrationTest;

/** Page renderings take a permit and always give it back; redirects, API answers and files take none. */
@IntegrationTest
class RenderingLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RenderingLimit limit;

    @Autowired
    UserDetailsService users;

    @Test
    void aPageTakesOnePermitWhileRenderingAndGivesItBack() throws Exception {
        RenderingLimit one = new RenderingLimit(1);
        MockHttpServletRequest page = new MockHttpServletRequest();
        one.postHandle(page, new MockHttpServletResponse(), null, new ModelAndView("dashboard"));
        assertThat(one.inUse()).isEqualTo(1);
        one.postHandle(page, new MockHttpServletResponse(), null, new ModelAndView("dashboard")); // same request
        assertThat(one.inUse()).isEqualTo(1);
        one.afterCompletion(page, new MockHttpServletResponse(), null, null);
        one.afterCompletion(page, new MockHttpServletResponse(), null, null); // released once only
        assertThat(one.inUse()).isZero();

        MockHttpServletRequest redirect = new MockHttpServletRequest();
        one.postHandle(redirect, new MockHttpServletResponse(), null, new ModelAndView("redirect:/"));
        one.postHandle(redirect, new MockHttpServletResponse(), null, null); // @ResponseBody: no view
        assertThat(one.inUse()).isZero();
        one.afterCompletion(redirect, new MockHttpServletResponse(), null, null);
        assertThat(one.inUse()).isZero();
    }

    @Test
    void realPagesLeaveNoPermitTaken() throws Exception {
        assertThat(limit.size()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        for (String path : new String[] {"/", "/reports/1", "/no-such-page"}) {
            mvc.perform(get(path).with(user(users.loadUserByUsername("lienmac-clerk"))))
                    .andReturn();
        }
        assertThat(limit.inUse()).isZero();
    }
}
