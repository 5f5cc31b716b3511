package vn.cchc.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (given explicitly so Selenium never tries to
 * download one). Without a browser on the machine the calling test is skipped, never failed.
 * Every page reached through {@link #open}, {@link #login} or {@link #clickAndWaitForNewPage} is checked with
 * axe-core ({@link Axe}); a critical or serious violation fails the test when the browser is closed, with the list
 * ({@code -Dcchc.axe=report} only records them in target/axe/violations.txt). Confirmation dialogs are accepted.
 * One Chromium serves the whole test JVM (starting one cost 1–3 s per test): each {@code Browser} begins in a fresh tab
 * with no cookies, no storage and the default window size, as a new browser would.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

    /** Short polls: a page is usually there within milliseconds, and the default 500 ms poll is mostly waiting. */
    static final Duration POLL = Duration.ofMillis(50);

    private static ChromeDriver shared;
    /** Page states axe has checked in this JVM (address, width, markup hash) and what it found. */
    private static final Map<String, List<Axe.Violation>> CHECKED = new ConcurrentHashMap<>();

    private final ChromeDriver driver;
    private final String baseUrl;
    private final List<Axe.Violation> violations = new ArrayList<>();

    Browser(String baseUrl) throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium/chromedriver not installed: browser tests skipped");
        this.baseUrl = baseUrl;
        this.driver = freshTab(URI.create(baseUrl).resolve("/").toString().replaceAll("/$", ""));
    }

    /** The JVM's Chromium (started at the first use, or again if it died), on a new blank tab, everything cleared. */
    private static synchronized ChromeDriver freshTab(String origin) throws IOException {
        if (shared != null) {
            try {
                String old = shared.getWindowHandle();
                shared.switchTo().newWindow(WindowType.TAB);
                String tab = shared.getWindowHandle();
                shared.switchTo().window(old).close(); // its sessionStorage goes with it
                shared.switchTo().window(tab);
                for (String handle : shared.getWindowHandles()) { // tabs a test opened and left
                    if (!handle.equals(tab)) shared.switchTo().window(handle).close();
                }
                shared.switchTo().window(tab);
                shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                shared.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
                shared.manage().window().setSize(new Dimension(1400, 1000));
                return shared;
            } catch (WebDriverException dead) {
                quitShared();
            }
        }
        shared = start();
        ChromeDriver started = shared;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                started.quit();
                            } catch (RuntimeException ignored) { // already gone
                            }
                        },
                        "chromium-quit"));
        return shared;
    }

    private static void quitShared() {
        try {
            shared.quit();
        } catch (RuntimeException ignored) { // already gone
        }
        shared = null;
    }

    private static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=vi",
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + Files.createTempDirectory("cchc-chromium"));
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        axe();
    }

    /**
     * Sets the window's width (1366 desktop, 390 phone); the height stays 1000. On a page that is shown, waits until
     * forms.js has adapted it to the new width (it marks {@code data-scrollables-width}), as a person turning a phone
     * would see it.
     */
    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 1000));
        new WebDriverWait(driver, Duration.ofSeconds(10), POLL)
                .until(
                        d -> Boolean.TRUE.equals(
                                driver.executeScript(
                                        "return !document.querySelector('script[src*=\"/js/forms.js\"]')"
                                                + " || document.documentElement.getAttribute('data-scrollables-width') == String(window.innerWidth)")));
    }

    /**
     * Runs axe-core on the page shown now and keeps its violations; returns them. A page state already checked in
     * this JVM (same address, width and markup, CSRF tokens aside: the sign-in page after each sign-out, say) is not
     * checked again: its violations are taken from that run.
     */
    List<Axe.Violation> axe() {
        String page;
        try {
            page = new URI(driver.getCurrentUrl()).getPath() + " @"
                    + driver.manage().window().getSize().getWidth() + "px";
        } catch (URISyntaxException e) {
            page = driver.getCurrentUrl();
        }
        long started = System.nanoTime();
        String state = page + " " + driver.executeScript("""
                var s = document.documentElement.outerHTML.replace(/<(input|meta)[^>]*_csrf[^>]*>/g, '');
                var h = 0x811c9dc5;
                for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
                return s.length + ':' + (h >>> 0);""");
        List<Axe.Violation> known = CHECKED.get(state);
        List<Axe.Violation> found = known != null ? known : Axe.run(driver, page);
        CHECKED.putIfAbsent(state, found);
        violations.addAll(found);
        try { // written page by page, so an interrupted run still leaves its measurements
            Files.createDirectories(Path.of("target/axe"));
            Files.write(
                    Path.of("target/axe/violations.txt"),
                    Stream.concat(
                                    Stream.of("page " + page + (known != null ? " (checked before)" : "")),
                                    found.stream().map(Axe.Violation::toString))
                            .toList(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            Files.writeString(
                    Path.of("target/axe/timing.txt"),
                    (known != null ? "cached" : "run") + " " + (System.nanoTime() - started) / 1_000_000 + " ms " + page
                            + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    List<Axe.Violation> violations() {
        return List.copyOf(violations);
    }

    void login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(By.cssSelector("form button[type=submit]"));
    }

    void logout() {
        By button = By.cssSelector("form[action$='/logout'] button");
        // on a phone the menu is folded behind its toggler: open it first, as a person would
        if (!driver.findElement(button).isDisplayed()) {
            driver.findElement(By.cssSelector(".navbar-toggler")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10), POLL)
                    .until(ExpectedConditions.elementToBeClickable(button));
        }
        clickAndWaitForNewPage(button);
    }

    /** Clicks and waits until the browser has left the page (a form post and its redirect), so no old element is read. */
    void clickAndWaitForNewPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement target = driver.findElement(by);
        // into the middle of the view first: a sticky bar must not sit over the element being clicked
        // 'instant': Bootstrap makes scrolling smooth, and a click during the animation lands on whatever passes by
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});",
                        target);
        new WebDriverWait(driver, Duration.ofSeconds(10), POLL)
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    target.click();
                    return true;
                });
        new WebDriverWait(driver, Duration.ofSeconds(30), POLL).until(ExpectedConditions.stalenessOf(page));
        waitFor(By.tagName("main"));
        axe();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Fetches a URL with the browser's session (for downloads a headless browser would not show). */
    HttpResponse<byte[]> fetch(String path) throws Exception {
        String cookie = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .header("Cookie", cookie)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    @Override
    public void close() {
        // the Chromium stays for the next test (freshTab clears it); the JVM's end quits it
        if (violations.isEmpty()) return;
        List<String> blocking = violations.stream()
                .filter(Axe.Violation::blocking)
                .distinct()
                .map(Axe.Violation::toString)
                .toList();
        if (!blocking.isEmpty() && !"report".equals(System.getProperty("cchc.axe"))) {
            throw new AssertionError(
                    "axe-core: " + blocking.size() + " critical/serious violation(s):\n" + String.join("\n", blocking));
        }
    }
}
