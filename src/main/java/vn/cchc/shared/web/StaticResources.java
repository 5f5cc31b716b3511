package vn.cchc.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Our static files (/css, /js) and the webjars, each from its own folder, so that the resource URL encoding of
 * every link a page writes finds (and caches) them in one lookup. Spring Boot's own mappings are off
 * ({@code spring.web.resources.add-mappings=false}): with them, our files sat under a pattern the URL encoding could
 * not resolve, so each link to /css or /js searched every jar on the classpath on every page, ~15 % of a page's CPU
 * (docs/benchmarks.md, «CPU per page»).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        // versionless links (/webjars/bootstrap/css/...) are rewritten to the version on the classpath
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
