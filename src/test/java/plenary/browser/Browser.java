package plenary.browser;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by its own chromedriver (Selenium Manager would try to download one).
 * Where Chromium is missing the browser tests are skipped on a developer's machine, but fail in CI, which
 * installs it.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(int port) {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium is not installed here (.ci/run installs it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return new Browser(driver, "http://localhost:" + port);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    Browser signIn(String username, String password) {
        go("/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("form.record button[type=submit]")).click();
        return this;
    }

    Browser type(String name, String text) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser select(String name, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name(name))).selectByVisibleText(visibleText);
        return this;
    }

    Browser submit(String formSelector) {
        driver.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
        return this;
    }

    Browser click(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        return this;
    }

    WebDriver driver() {
        return driver;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String textOf(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
