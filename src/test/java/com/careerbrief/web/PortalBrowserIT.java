package com.careerbrief.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.careerbrief.job.InProcessRun;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as people use it: the packaged jar publishes a small run, then serves it; Debian's chromium,
 * driven headless through chromium-driver, logs in as a counselor and as an analyst and downloads what
 * they came for; the test reads the files it downloaded. Screenshots of the main pages go to
 * target/portal-screenshots (copied into docs/).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

	@TempDir
	static Path work;

	static Path output;

	static PortalServer portal;

	ChromeDriver browser;

	Path downloads;

	@BeforeAll
	static void publishASmallRunAndServeIt() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		output = work.resolve("output");
		PortalServer.runJob("--input=" + input, "--output=" + output, "--state=" + work.resolve("state"),
				"--states=NY,WA");
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		portal = PortalServer.serve(Stream.of(
				List.of("--output=" + output, "--state=" + work.resolve("state"), "--input=" + input),
				user(0, "carla", bcrypt.encode("counsel-pass"), "COUNSELOR"),
				user(1, "anna", bcrypt.encode("analyst-pass"), "ANALYST"),
				user(2, "otto", bcrypt.encode("operator-pass"), "OPERATOR"))
			.flatMap(List::stream)
			.toArray(String[]::new));
		Files.createDirectories(SCREENSHOTS);
	}

	private static List<String> user(int i, String name, String hash, String role) {
		String prefix = "--careerbrief.portal.users[" + i + "].";
		return List.of(prefix + "name=" + name, prefix + "password=" + hash, prefix + "role=" + role);
	}

	@AfterAll
	static void stop() throws Exception {
		if (portal != null) {
			portal.close();
		}
	}

	@BeforeEach
	void openBrowser() throws IOException {
		downloads = Files.createTempDirectory(work, "downloads");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000")
			.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@Order(1)
	void aCounselorFindsMedicalCoderSeesItsPayAndDownloadsItsBrief() throws Exception {
		logIn("carla", "counsel-pass");
		browser.findElement(By.id("q")).sendKeys("medical coder");
		browser.findElement(By.cssSelector("form.search button")).click();
		screenshot("portal-search");
		browser.findElement(By.linkText("Medical Records Specialists")).click();

		assertThat(browser.getCurrentUrl()).endsWith("/occupations/29-2072");
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("$50,250 per year").contains("What sources say").contains("Data: May 2024");
		screenshot("portal-occupation");

		browser.findElement(By.id("download-brief")).click();
		Path brief = downloaded("29-2072-medical-records-specialists.pdf");
		String text = pdfText(brief);
		assertThat(text).contains("Medical Records Specialists").contains("$50,250");
	}

	@Test
	@Order(2)
	void aCounselorPicksSeveralOccupationsAndGetsOneHandoutPdf() throws Exception {
		logIn("carla", "counsel-pass");
		browser.get(portal.url("/?q=29-20"));
		browser.findElement(By.id("pick-29-2072")).click();
		browser.findElement(By.id("pick-29-2055")).click();
		browser.findElement(By.id("download-handout")).click();

		Path handout = downloaded("careerbrief-handout-2-occupations.pdf");
		Path briefs = output.resolve("latest/briefs");
		try (PDDocument merged = Loader.loadPDF(handout.toFile());
				PDDocument first = Loader.loadPDF(briefs.resolve("29-2072-medical-records-specialists.pdf").toFile());
				PDDocument second = Loader.loadPDF(briefs.resolve("29-2055-surgical-technologists.pdf").toFile())) {
			assertThat(merged.getNumberOfPages()).isEqualTo(first.getNumberOfPages() + second.getNumberOfPages());
			String text = new PDFTextStripper().getText(merged);
			// In the order of the list they were picked from (by SOC code).
			assertThat(text.indexOf("Surgical Technologists")).isNotNegative()
				.isLessThan(text.indexOf("Medical Records Specialists"));
		}
	}

	@Test
	@Order(3)
	void anAnalystDownloadsTheWorkbookThatOpensInPoi() throws Exception {
		logIn("anna", "analyst-pass");
		browser.findElement(By.linkText("Analyst")).click();
		screenshot("portal-analyst");
		browser.findElement(By.id("download-workbook")).click();

		Path workbook = downloaded("careerbrief-run-1.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
			Sheet occupations = book.getSheet("Occupations");
			assertThat(occupations).as("sheet Occupations").isNotNull();
			assertThat(cells(occupations)).contains("29-2072", "Medical Records Specialists");
		}
	}

	@Test
	@Order(4)
	void aCounselorIsRefusedTheWorkbookAndTheRunControlsAndAnAnonymousVisitorGetsTheLoginPage() throws Exception {
		browser.get(portal.url("/analyst"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("careerbrief");
		screenshot("portal-login");

		browser.manage().deleteAllCookies(); // else the login goes on to the /analyst asked for above
		logIn("carla", "counsel-pass");
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		assertThat(status("/analyst/workbook", session)).isEqualTo(403);
		assertThat(status("/operator", session)).isEqualTo(403);
		assertThat(status("/occupations/29-2072", session)).isEqualTo(200);
		assertThat(status("/analyst/workbook", null)).as("anonymous").isEqualTo(302);
	}

	@Test
	@Order(5)
	void traversalAgainstTheRealServerIsRefused() throws Exception {
		logIn("anna", "analyst-pass");
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		Files.writeString(work.resolve("secret.pdf"), "not for the portal");
		Files.createSymbolicLink(output.resolve("outside.pdf"), work.resolve("secret.pdf"));
		for (String path : List.of("/briefs/..%2fcareerbrief.xlsx", "/briefs/%2e%2e%2f%2e%2e%2fsecret.pdf",
				"/briefs/%252e%252e%252fsecret.pdf", "/briefs/..%5c..%5csecret.pdf", "/briefs/%2Ftmp%2Fsecret.pdf",
				"/briefs/..%2f..%2foutside.pdf", "/briefs/../../outside.pdf")) {
			assertThat(status(path, session)).as(path).isIn(400, 404);
		}
	}

	@Test
	@Order(6)
	void anOperatorStartsARunWatchesItsProgressAndSeesItPublished() throws Exception {
		logIn("otto", "operator-pass");
		browser.get(portal.url("/operator"));
		browser.findElement(By.name("force")).click();
		browser.findElement(By.id("start-run")).click();

		// The page reloads itself every 2 s while the run goes on.
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(8), Duration.ofSeconds(1));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		String progress = wait.until(d -> d.findElements(By.id("progress")).stream()
			.map(e -> e.getText())
			.filter(t -> t.matches("\\w+: \\d+/\\d+ \\(\\d+ per second.*"))
			.findFirst()
			.orElse(null));
		screenshot("portal-operator");
		String exitCode = wait.until(d -> d.findElements(By.id("exit-code")).stream().map(e -> e.getText()).findFirst().orElse(null));

		assertThat(exitCode).as(browser.findElement(By.id("run-log")).getText()).isEqualTo("0");
		assertThat(progress).as("a progress line seen while it ran").isNotBlank();
		assertThat(output.resolve("latest").toRealPath().getFileName()).hasToString("2");
		browser.get(portal.url("/?q=coder"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("from run 2");

		// The run history, from the analyst page: the run just published, and the first, still kept.
		browser.get(portal.url("/analyst"));
		browser.findElement(By.id("run-history")).click();
		screenshot("portal-run-history");
		List<String> rows = browser.findElements(By.cssSelector("table.data tbody tr")).stream().map(e -> e.getText()).toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("2 2 COMPLETED").contains("yes: the portal serves it");
		assertThat(rows.get(1)).startsWith("1 1 COMPLETED").contains("yes: kept");

		// Monitoring: health for anyone, its details and the metrics for operators.
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		assertThat(body("/actuator/health", null)).contains("\"status\":\"UP\"").doesNotContain("latestRun");
		assertThat(body("/actuator/health", session)).contains("\"latestRun\":2").contains("\"running\":false");
		assertThat(body("/actuator/metrics/careerbrief.publish.last", session)).contains("\"VALUE\"");
		assertThat(status("/actuator/metrics", null)).isEqualTo(302);
	}

	private String body(String path, String session) throws Exception {
		return HttpClient.newHttpClient().send(request(path, session), HttpResponse.BodyHandlers.ofString()).body();
	}

	@Test
	@Order(7)
	void aDownloadThatOverlapsAPublishReturnsTheWholeOldFile() throws Exception {
		logIn("anna", "analyst-pass");
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		Path oldRun = output.resolve("latest").toRealPath();
		byte[] oldWorkbook = Files.readAllBytes(oldRun.resolve("careerbrief.xlsx"));
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(request("/analyst/workbook", session), HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			byte[] start = body.readNBytes(4096);
			// A new run is published (latest switched by an atomic rename) and the old one pruned, mid-download.
			Path newRun = output.resolve("runs/99");
			FileSystemUtils.copyRecursively(oldRun, newRun);
			Files.writeString(newRun.resolve("careerbrief.xlsx"), "the next run's workbook");
			Files.createSymbolicLink(output.resolve(".latest.tmp"), Path.of("runs", "99"));
			Files.move(output.resolve(".latest.tmp"), output.resolve("latest"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			FileSystemUtils.deleteRecursively(oldRun);
			byte[] rest = body.readAllBytes();

			byte[] whole = new byte[start.length + rest.length];
			System.arraycopy(start, 0, whole, 0, start.length);
			System.arraycopy(rest, 0, whole, start.length, rest.length);
			assertThat(whole).as("bytes of the download that began before the publish").isEqualTo(oldWorkbook);
		}
		HttpResponse<String> after = HttpClient.newHttpClient()
			.send(request("/analyst/workbook", session), HttpResponse.BodyHandlers.ofString());
		assertThat(after.body()).isEqualTo("the next run's workbook");
	}

	private void logIn(String user, String password) {
		browser.get(portal.url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("nav")));
	}

	private Path downloaded(String name) throws InterruptedException {
		Path file = downloads.resolve(name);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
				return file;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No download " + name + " in " + downloads + "; log:\n" + portal.log());
	}

	private void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private int status(String path, String session) throws Exception {
		return HttpClient.newHttpClient().send(request(path, session), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest request(String path, String session) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(portal.url(path)));
		if (session != null) {
			builder.header("Cookie", "JSESSIONID=" + session);
		}
		return builder.build();
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static List<String> cells(Sheet sheet) {
		return Stream.iterate(0, i -> i <= sheet.getLastRowNum(), i -> i + 1)
			.map(sheet::getRow)
			.filter(java.util.Objects::nonNull)
			.flatMap(row -> Stream.iterate(0, i -> i < row.getLastCellNum(), i -> i + 1).map(row::getCell))
			.filter(java.util.Objects::nonNull)
			.map(Cell::toString)
			.toList();
	}

}
