package io.blastwatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import io.blastwatch.testing.Ports;
import io.blastwatch.testing.JarProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs), served
 * by the packaged jar after the example articles were ingested from another process.
 */
class DashboardIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void shouldShowThePeakCountAndTheIncidents(@TempDir Path dataDir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED: install Debian's chromium and chromium-driver (.ci/run does) to run the browser test");
        int kafkaPort = Ports.free();
        int httpPort = Ports.free();
        try (JarProcess run = JarProcess.start("run", "--data-dir", dataDir.toString(), "-s", "broker.port=" + kafkaPort,
                "-s", "broker.controller.port=" + Ports.free(), "-s", "http.port=" + httpPort)) {
            run.awaitStderr("blastwatch: running on Kafka", Duration.ofSeconds(90));
            // One incident east of the Urals, 3,000 km from the others and outside their four months.
            Path siberia = dataDir.resolveSibling(dataDir.getFileName() + "-siberia.json");
            Files.writeString(siberia, "{\"id\": \"biysk-2022\", \"outlet\": \"Dashboard Test\", "
                    + "\"published\": \"2022-06-11\", \"text\": \"An explosion hit the Biysk Oleum Plant in Biysk, "
                    + "Altai Krai, on 10 June 2022. Officials have not said what caused the blast.\"}");
            JarProcess.Result ingest = JarProcess.run(Duration.ofMinutes(1), "ingest", "--bootstrap-servers",
                    "127.0.0.1:" + kafkaPort, "examples/articles", siberia.toString());
            assertThat(ingest.exitCode()).as(ingest.stderr()).isZero();

            ChromeDriver browser = browser();
            try {
                browser.manage().window().setSize(new Dimension(1280, 1700));
                browser.get("http://127.0.0.1:" + httpPort + "/");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofMillis(500));
                // The counts, the incident table and the alert, which waits for the counts to settle, arrive apart.
                wait.until(d -> "5".equals(d.findElement(By.id("peak")).getDomAttribute("data-peak"))
                        && d.findElements(By.cssSelector("#incidents tbody tr")).size() == 12
                        && d.findElement(By.id("alerts")).getText().contains("FIRING"));

                assertThat(browser.findElement(By.id("peak-label")).getText()).isEqualTo("peak 5");
                assertThat(browser.findElement(By.id("peak")).getText()).contains("peak 5").contains("2024-02-07");
                assertThat(browser.findElement(By.id("count-line")).getDomAttribute("d")).isNotBlank();
                List<WebElement> rows = browser.findElements(By.cssSelector("#incidents tbody tr"));
                assertThat(rows).hasSize(12);
                assertThat(rows.get(0).getText()).contains("2024-02-07").contains("Votkinsk Machine Building Plant");
                assertThat(browser.findElements(By.cssSelector("#map circle"))).hasSize(12);
                assertMapShows(browser, "the whole of Russia, Ukraine and Belarus");
                WebElement biysk = browser.findElement(
                        By.xpath("//*[@id='map']/*[local-name()='circle'][*[local-name()='title'][contains(., 'Biysk')]]"));
                new org.openqa.selenium.interactions.Actions(browser).moveToElement(biysk).perform();
                // The map is redrawn every five seconds: read the label afresh until it is seen, a redraw aside.
                String label = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(200))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> {
                            WebElement l = d.findElement(By.cssSelector("#map .map-label"));
                            return "visible".equals(l.getDomAttribute("visibility")) ? l.getDomProperty("textContent")
                                    : null;
                        });
                assertThat(label).as("label on hover").contains("Biysk").contains("2022-06-10");
                String wholeBox = browser.findElement(By.id("map")).getDomAttribute("viewBox");
                browser.findElement(By.id("map-zoom")).click();
                assertThat(browser.findElement(By.id("map")).getDomAttribute("viewBox")).isNotEqualTo(wholeBox);
                assertMapShows(browser, "zoomed to the incidents");
                assertThat(browser.findElement(By.id("alerts")).getText()).contains("FIRING")
                        .contains("5 unexplained explosions at Russian military-industrial sites");

                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Path saved = Path.of("target/dashboard.png");
                Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
                assertThat(Files.size(saved)).isGreaterThan(10_000);
            } finally {
                browser.quit();
            }
        }
    }

    /** Every incident dot lies inside the map's visible box: nothing east of the Urals falls off. */
    private static void assertMapShows(ChromeDriver browser, String view) {
        String[] box = browser.findElement(By.id("map")).getDomAttribute("viewBox").split(" ");
        double x0 = Double.parseDouble(box[0]), y0 = Double.parseDouble(box[1]);
        double x1 = x0 + Double.parseDouble(box[2]), y1 = y0 + Double.parseDouble(box[3]);
        for (WebElement dot : browser.findElements(By.cssSelector("#map circle"))) {
            double cx = Double.parseDouble(dot.getDomAttribute("cx")), cy = Double.parseDouble(dot.getDomAttribute("cy"));
            assertThat(cx).as("%s: x of %s", view, dot.getDomAttribute("data-id")).isBetween(x0, x1);
            assertThat(cy).as("%s: y of %s", view, dot.getDomAttribute("data-id")).isBetween(y0, y1);
        }
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags of a headless Chromium on a machine without network access or a display.
        // Its profile and temporary files go where the tests' go (target/), not to /tmp.
        String tmp = System.getProperty("java.io.tmpdir");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Path.of(tmp, "chromium-profile-" + System.nanoTime()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(java.util.Map.of("TMPDIR", tmp)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
