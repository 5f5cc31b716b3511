package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import vn.cchc.IntegrationTest;

/**
 * Static files are served from /css, /js and /webjars only, so that links to pages are not looked up on the
 * classpath by the resource URL encoding, and links to static files resolve in one cached lookup (the load test
 * and the page-cost benchmark found those lookups to be a large share of a page's CPU).
 */
@IntegrationTest
class StaticResourceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void ourCssAndJsAndTheWebjarsAreStillServed() throws Exception {
        mvc.perform(get("/css/app.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/js/consolidation-charts.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap-icons/font/fonts/bootstrap-icons.woff2"))
                .andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void pagesStillLinkTheVersionedWebjarsAndOurCss() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/webjars/bootstrap/5.")))
                .andExpect(content().string(containsString("href=\"/css/app.css\"")));
    }

    @Test
    void linksToPagesAreNotResolvedAsStaticResources() {
        assertThat(resourceUrls.getHandlerMap()).doesNotContainKey("/**");
        assertThat(resourceUrls.getForLookupPath("/reports/1/documents")).isNull();
        assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .startsWith("/webjars/bootstrap/5.");
    }

    @Test
    void linksToOurCssAndJsResolveSoTheyAreCached() {
        // a link that does not resolve is searched for on the whole classpath again on every page
        assertThat(resourceUrls.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
        assertThat(resourceUrls.getForLookupPath("/js/forms.js")).isEqualTo("/js/forms.js");
        assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap-icons/font/bootstrap-icons.min.css"))
                .startsWith("/webjars/bootstrap-icons/1.");
    }

    @Test
    void otherRootPathsAreNotStaticFiles() throws Exception {
        // classpath:/static/css/app.css must only be reachable as /css/app.css
        mvc.perform(get("/static/css/app.css")).andExpect(status().is3xxRedirection());
    }
}
