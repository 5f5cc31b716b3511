package vn.cchc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * At most N page renderings at once (default: two per core). Thymeleaf takes a fair read-write lock for every
 * attribute of every element; with 200 request threads rendering on two cores the lock hands itself to descheduled
 * threads in turn and the tail grows to tens of seconds (docs/benchmarks.md, Load). Waiting here instead, before
 * rendering starts, keeps the few renderers running. Controllers, API calls and files are not limited.
 */
@Configuration
class RenderingLimit implements WebMvcConfigurer, HandlerInterceptor {

    private static final String HOLDS = RenderingLimit.class.getName() + ".holds";
    /** Past this wait a page renders anyway: slower, never refused. */
    private static final long MAX_WAIT_SECONDS = 30;

    private final Semaphore permits;
    private final int size;

    RenderingLimit(@Value("${cchc.web.rendering-concurrency:0}") int configured) {
        this.size = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(size);
    }

    int size() {
        return size;
    }

    int inUse() {
        return size - permits.availablePermits();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav)
            throws InterruptedException {
        if (mav == null
                || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))
                || request.getAttribute(HOLDS) != null) {
            return;
        }
        if (permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
            request.setAttribute(HOLDS, Boolean.TRUE);
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(HOLDS) != null) {
            request.removeAttribute(HOLDS);
            permits.release();
        }
    }
}
