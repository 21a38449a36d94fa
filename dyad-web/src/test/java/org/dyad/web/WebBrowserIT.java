package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium over the demo store: the ladder slider, the highlights of an article, and
 * hostile articles that must run no script. Screenshots go to {@code target/screenshots/}. Needs Debian's
 * {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}); fails, not skips, without them.
 */
class WebBrowserIT {
    static final Path CHROMIUM = Path.of(System.getProperty("dyad.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("dyad.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    static TestServer server;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "the browser tests need "
                + CHROMIUM + " and " + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does)");
        server = TestServer.demo();
        profile = Files.createTempDirectory("dyad-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String rungOf(String partner) {
        WebElement li = driver.findElement(By.cssSelector("#ladder-rungs li[data-partner='" + partner + "']"));
        return li.findElement(By.xpath("ancestor::section[@class='rung']/h2")).getText().replaceAll("\\s+\\d+$", "");
    }

    @Test
    void movingTheSliderFromApril2023ToOctober2023MovesTheUnitedStatesUp() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.base + "/ladder/VNM?as_of=2023-04");
        assertEquals("2023-04", driver.findElement(By.id("as-of-label")).getText());
        assertEquals("comprehensive partnership", rungOf("USA"));
        shot("ladder-vnm-2023-04");
        WebElement slider = driver.findElement(By.id("as-of-slider"));
        for (int i = 0; i < 6; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        assertEquals("2023-10", driver.findElement(By.id("as-of-label")).getText());
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "2023-10".equals(
                d.findElement(By.id("ladder-rungs")).getAttribute("data-loaded")));
        assertEquals("comprehensive strategic partnership", rungOf("USA"));
        assertTrue(driver.getCurrentUrl().endsWith("as_of=2023-10"), driver.getCurrentUrl());
        shot("ladder-vnm-2023-10");
    }

    @Test
    void anArticleShowsItsFactsHighlightedAndLinkedToTheirRecords() throws IOException {
        long id = DemoStore.id(server.store, DemoStore.EXAMPLES.resolve("05-biden-hanoi-state-visit.html"));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.base + "/article/" + id);
        List<WebElement> marks = driver.findElements(By.cssSelector(".article-text a.hl"));
        assertTrue(marks.size() >= 5, "highlights: " + marks.size());
        assertFalse(driver.findElements(By.cssSelector(".article-text a.hl.k-event")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector(".article-text a.hl.k-partnership")).isEmpty());
        shot("article-highlights");
        WebElement first = driver.findElement(By.cssSelector(".article-text a.hl.k-partnership"));
        String target = first.getAttribute("href").replaceAll(".*#", "");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
        first.click();
        assertTrue(driver.getCurrentUrl().endsWith("#" + target), driver.getCurrentUrl());
        WebElement record = driver.findElement(By.id(target));
        assertTrue(record.getText().contains("rule"), record.getText());
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(server.base + "/article/" + id);
        shot("article-phone");
    }

    @Test
    void hostileArticlesRunNoScript() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        for (String name : List.of("hostile-markup.html", "hostile-plain.txt")) {
            long id = DemoStore.id(server.store, DemoStore.HOSTILE.resolve(name));
            for (String path : List.of("/article/" + id, "/search?q=pwned", "/pair/JPN/VNM", "/")) {
                driver.get(server.base + path);
                for (WebElement a : driver.findElements(By.cssSelector(".article-text a, main a"))) {
                    String href = a.getAttribute("href");
                    assertFalse(href != null && href.toLowerCase().startsWith("javascript:"), path + ": " + href);
                }
                for (WebElement hl : driver.findElements(By.cssSelector(".article-text a.hl"))) {
                    ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new MouseEvent("
                            + "'mouseover', {bubbles: true}));", hl);
                }
                assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), path);
                assertNull(((JavascriptExecutor) driver).executeScript("return window.__pwned;"), path
                        + " ran the article's script");
            }
            driver.get(server.base + "/article/" + id);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("<script>window.__pwned="),
                    "the article's markup is shown as text");
            shot("hostile-" + name.replace('.', '-'));
        }
    }

    @Test
    void thePairPageDrawsItsTimelineAndListsItsEvents() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.base + "/pair/USA/VNM");
        assertFalse(driver.findElements(By.cssSelector(".chart svg rect")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("details.categories td")).isEmpty(), "events by category");
        List<WebElement> events = driver.findElements(By.cssSelector("ol.events > li"));
        assertTrue(events.size() >= 5);
        assertFalse(events.get(0).findElement(By.tagName("blockquote")).getText().isBlank(), "each with its sentence");
        shot("pair-usa-vnm");
        driver.get(server.base + "/forecasts");
        assertFalse(driver.findElements(By.cssSelector("li.forecast .verdict")).isEmpty());
        shot("forecasts");
    }
}
