package vn.cchc.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
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
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

    private final WebDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium/chromedriver not installed: browser tests skipped");
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("cchc-chromium"));
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
    }

    void login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(By.cssSelector("form button[type=submit]"));
    }

    void logout() {
        clickAndWaitForNewPage(By.cssSelector("form[action$='/logout'] button"));
    }

    /** Clicks and waits until the browser has left the page (a form post and its redirect), so no old element is read. */
    void clickAndWaitForNewPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        waitFor(By.tagName("main"));
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
    }
}
