package vn.cchc.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final java.util.List<Axe.Violation> violations = new java.util.ArrayList<>();

    Browser(String baseUrl) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium/chromedriver not installed: browser tests skipped");
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi", "--force-prefers-reduced-motion",
                "--user-data-dir=" + Files.createTempDirectory("cchc-chromium"));
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        axe();
    }

    /** Sets the window's width (1366 desktop, 390 phone); the height stays 1000. */
    void width(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 1000));
    }

    /** Runs axe-core on the page shown now and keeps its violations; returns them. */
    java.util.List<Axe.Violation> axe() {
        String page;
        try {
            page = new java.net.URI(driver.getCurrentUrl()).getPath()
                    + " @" + driver.manage().window().getSize().getWidth() + "px";
        } catch (java.net.URISyntaxException e) {
            page = driver.getCurrentUrl();
        }
        java.util.List<Axe.Violation> found = Axe.run(driver, page);
        violations.addAll(found);
        try {   // written page by page, so an interrupted run still leaves its measurements
            Files.createDirectories(Path.of("target/axe"));
            Files.write(Path.of("target/axe/violations.txt"),
                    java.util.stream.Stream.concat(java.util.stream.Stream.of("page " + page),
                            found.stream().map(Axe.Violation::toString)).toList(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    java.util.List<Axe.Violation> violations() {
        return java.util.List.copyOf(violations);
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
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(button));
        }
        clickAndWaitForNewPage(button);
    }

    /** Clicks and waits until the browser has left the page (a form post and its redirect), so no old element is read. */
    void clickAndWaitForNewPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement target = driver.findElement(by);
        // into the middle of the view first: a sticky bar must not sit over the element being clicked
        // 'instant': Bootstrap makes scrolling smooth, and a click during the animation lands on whatever passes by
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", target);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    target.click();
                    return true;
                });
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        waitFor(By.tagName("main"));
        axe();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Fetches a URL with the browser's session (for downloads a headless browser would not show). */
    java.net.http.HttpResponse<byte[]> fetch(String path) throws Exception {
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                path.startsWith("http") ? path : baseUrl + path)).header("Cookie", cookie).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
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
        driver.quit();
        if (violations.isEmpty()) return;
        java.util.List<String> blocking = violations.stream().filter(Axe.Violation::blocking).distinct()
                .map(Axe.Violation::toString).toList();
        if (!blocking.isEmpty() && !"report".equals(System.getProperty("cchc.axe"))) {
            throw new AssertionError("axe-core: " + blocking.size() + " critical/serious violation(s):\n"
                    + String.join("\n", blocking));
        }
    }
}
