package com.careerbrief.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark (a command, not a test): concurrent logged-in clients against a running portal, each in
 * turn searching and downloading a brief, for a fixed time after all have logged in and a warm-up; prints
 * requests per second, p50 and p99 latency per kind of request, and errors (warm-up ones included).
 *
 * <pre>
 * java -jar target/careerbrief.jar --serve --server.port=18080 ...   # in one shell
 * ./mvnw -q -o test-compile exec:java ... or:
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" com.careerbrief.web.PortalLoadBenchmark \
 *      http://127.0.0.1:18080 USER PASSWORD [seconds=60] [clients=50] [warm-up seconds=10]
 * </pre>
 */
public final class PortalLoadBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern BRIEF = Pattern.compile("href=\"/briefs/([^\"]+\\.pdf)\"");

	private PortalLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String user = args[1];
		String password = args[2];
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
		int clients = args.length > 4 ? Integer.parseInt(args[4]) : 50;
		int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;

		String brief = findBrief(logIn(base, user, password), base);
		List<Long> searches = Collections.synchronizedList(new ArrayList<>());
		List<Long> briefs = Collections.synchronizedList(new ArrayList<>());
		List<Long> unmeasured = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		// Every client logs in first (bcrypt on purpose takes tens of milliseconds of CPU each), then all
		// start together; requests of the warm-up seconds (a fresh JVM compiling) are not counted.
		CountDownLatch loggedIn = new CountDownLatch(clients);
		CountDownLatch go = new CountDownLatch(1);
		AtomicLong measuredFrom = new AtomicLong();
		AtomicLong end = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long loginStart = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			pool.execute(() -> {
				try {
					HttpClient client;
					try {
						client = logIn(base, user, password);
					}
					finally {
						loggedIn.countDown();
					}
					go.await();
					while (System.nanoTime() < end.get()) {
						boolean measured = System.nanoTime() >= measuredFrom.get();
						timed(client, base + "/?q=medical+coder", measured ? searches : unmeasured, errors);
						timed(client, base + "/briefs/" + brief, measured ? briefs : unmeasured, errors);
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
			});
		}
		loggedIn.await();
		System.out.printf("%d clients logged in in %.1f s; the first %d s are warm-up, not counted%n", clients,
				(System.nanoTime() - loginStart) / 1e9, warmup);
		measuredFrom.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup));
		end.set(measuredFrom.get() + TimeUnit.SECONDS.toNanos(seconds));
		go.countDown();
		pool.shutdown();
		pool.awaitTermination(warmup + seconds + 120L, TimeUnit.SECONDS);
		long total = searches.size() + briefs.size();
		System.out.printf("%d clients, %d s: %d requests, %.0f per second, %d errors%n", clients, seconds, total,
				total / (double) seconds, errors.get());
		report("search", searches);
		report("brief " + brief, briefs);
	}

	private static void timed(HttpClient client, String url, List<Long> latencies, AtomicLong errors) {
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200 || response.body().length == 0) {
				errors.incrementAndGet();
				return;
			}
			latencies.add(System.nanoTime() - start);
		}
		catch (Exception ex) {
			errors.incrementAndGet();
		}
	}

	private static void report(String what, List<Long> latencies) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			System.out.println(what + ": no successful request");
			return;
		}
		System.out.printf("%-50s n=%6d  p50 %6.1f ms  p99 %6.1f ms%n", what, sorted.size(), ms(sorted, 0.50),
				ms(sorted, 0.99));
	}

	private static double ms(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	private static HttpClient logIn(String base, String user, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No login form at " + base + "/login");
		}
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.uri().getPath().equals("/login")) {
			throw new IllegalStateException("Login refused for " + user);
		}
		return client;
	}

	private static String findBrief(HttpClient client, String base) throws Exception {
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/occupations/29-2072")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher brief = BRIEF.matcher(page);
		if (!brief.find()) {
			throw new IllegalStateException("No brief link on the page of 29-2072");
		}
		return brief.group(1);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
