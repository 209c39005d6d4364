package plenary.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own chromedriver (Selenium Manager would try to download one).
 * Where Chromium is missing the browser tests are skipped on a developer's machine, but fail in CI, which
 * installs it.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000");
        // Keeps the console's messages (a refused script or style among them) for consoleMessages().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
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
        return loading(driver.findElement(By.cssSelector("form.record button[type=submit]")));
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

    /** Types into the field the selector finds, where a page has several fields of one name. */
    Browser fill(String cssSelector, String text) {
        WebElement field = driver.findElement(By.cssSelector(cssSelector));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option of this value in the list the selector finds. */
    Browser pick(String cssSelector, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(cssSelector))).selectByValue(value);
        return this;
    }

    /** Ticks the box or the radio button the selector finds, unless it is ticked already. */
    Browser tick(String cssSelector) {
        WebElement box = driver.findElement(By.cssSelector(cssSelector));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /**
     * Sets a date field. Typed, a date takes the order of the browser's locale (month first in Chromium's en-US),
     * so the value is set as the form sends it, in ISO order.
     */
    Browser date(String cssSelector, LocalDate day) {
        WebElement field = driver.findElement(By.cssSelector(cssSelector));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, day.toString());
        return this;
    }

    /** Presses the layout's "Sign out" and waits for the page it leads to. */
    Browser signOut() {
        return press("Sign out");
    }

    Browser submit(String formSelector) {
        return loading(driver.findElement(By.cssSelector(formSelector + " button[type=submit]")));
    }

    Browser click(String linkText) {
        return loading(driver.findElement(By.linkText(linkText)));
    }

    /**
     * Follows the n-th link (from 0) of these words, which htmx answers in place, and waits until what the selector
     * finds has arrived. Clicked before htmx has started, the link would load a page of its own instead.
     */
    Browser clickInPlace(String linkText, int index, String arrivedSelector) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && typeof htmx !== 'undefined';"));
        driver.findElements(By.linkText(linkText)).get(index).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(arrivedSelector)));
        return this;
    }

    /** Presses the button whose words start so, and waits for the page it leads to. */
    Browser press(String buttonWords) {
        return loading(
                driver.findElement(By.xpath("//button[starts-with(normalize-space(.), '" + buttonWords + "')]")));
    }

    /** Presses the button of the form the selector finds whose words start so, and waits for the next page. */
    Browser pressIn(String formSelector, String buttonWords) {
        WebElement form = driver.findElement(By.cssSelector(formSelector));
        return loading(form.findElement(By.xpath(".//button[starts-with(normalize-space(.), '" + buttonWords + "')]")));
    }

    // Clicks and waits until the browser has left the current page, so that what follows reads the next one.
    private Browser loading(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
        return this;
    }

    // Chromium answers a question about a node of a page it has just left either as Selenium expects (stale) or,
    // while the next document arrives, with "Node with given id does not belong to the document": both mean gone.
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    String text() {
        return textOf("body");
    }

    /** The text of an element, read again if a page load replaced it meanwhile. */
    String textOf(String cssSelector) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.cssSelector(cssSelector)).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** What the pages loaded so far wrote to the console, the browser's own refusals included. */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The value of an attribute of the element the selector finds, as the browser resolves it (links absolute). */
    String attribute(String cssSelector, String name) {
        return driver.findElement(By.cssSelector(cssSelector)).getDomProperty(name);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The size of a phone's screen (an iPhone's 390 by 844 points), for the pages that follow. */
    Browser phone() {
        return size(PHONE);
    }

    /** The size of a laptop's window, which the browser opens at. */
    Browser desktop() {
        return size(DESKTOP);
    }

    private Browser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** The width the page is laid out in, in CSS pixels. */
    int width() {
        return ((Number) script("return window.innerWidth;")).intValue();
    }

    /**
     * Whether the page is wider than the window, so that a reader would have to scroll it sideways: empty if not,
     * else how wide, and the outermost elements that reach past the window's edge.
     */
    Optional<String> sidewaysOverflow() {
        return Optional.ofNullable((String) script("""
                const width = window.innerWidth;
                if (document.documentElement.scrollWidth <= width + 1) return null;
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1);
                const classes = e => typeof e.className === 'string' ? e.className.trim().split(/\\s+/) : [];
                const name = e => [e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''), ...classes(e)]
                    .filter(Boolean).join('.');
                return document.documentElement.scrollWidth + ' px wide, by '
                    + wide.filter(e => !wide.includes(e.parentElement)).slice(0, 3).map(name).join(', ');
                """));
    }

    /** Saves what the window shows as {@code target/screenshots/<name>-<width>.png}, and returns the file. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + "-" + width() + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The page printed to PDF as Chromium prints it, its print styles applied: its text, every run of white space
     * one space. The PDF is kept beside the screenshots.
     */
    String printed(String name) {
        byte[] pdf = Base64.getDecoder()
                .decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What axe-core finds wrong with the page's accessibility (see {@link Axe}). */
    List<Axe.Violation> axe() {
        return Axe.check((JavascriptExecutor) driver);
    }

    /** The errors the pages loaded since the last call wrote to the console (a failed request among them). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
