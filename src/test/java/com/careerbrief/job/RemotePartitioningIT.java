package com.careerbrief.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbrief.run.OutputPublisher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as one manager and remote workers (profiles postgres,manager and postgres,worker) on
 * the shipped input, with PostgreSQL and RabbitMQ running as their own processes on loopback. .ci/run
 * starts both and sets CAREERBRIEF_TEST_PG_URL, CAREERBRIEF_TEST_BROKER_PORT and CAREERBRIEF_TEST_BROKER_DIR
 * (the broker's folder, for scripts/loopback-broker.sh to restart it). Each test has a schema and a queue
 * of its own. The outputs (with --states=IN, as the golden run) are compared with the golden copy of a single-JVM run
 * (CareerReportJobFunctionalTests.GOLDEN): every sheet's cells, every brief's text, every portal page.
 */
class RemotePartitioningIT {

	private static final Path INPUT = Path.of("input").toAbsolutePath();

	@TempDir
	Path work;

	private TestSchema schema;

	private int brokerPort;

	private Path brokerDir;

	private final Map<String, JarRun> processes = new java.util.LinkedHashMap<>();

	@BeforeEach
	void connectOrSkip() throws SQLException {
		String port = System.getenv("CAREERBRIEF_TEST_BROKER_PORT");
		schema = TestSchema.createOrSkip("cb_remote_", "remote-partitioning test",
				port == null || port.isBlank() ? "CAREERBRIEF_TEST_BROKER_PORT" : null);
		brokerPort = Integer.parseInt(port);
		brokerDir = Path.of(System.getenv("CAREERBRIEF_TEST_BROKER_DIR"));
	}

	/** Stops the processes and keeps their logs in target/remote-partitioning-it/, to read when a test fails. */
	@AfterEach
	void stopProcessesAndDropTheSchema(org.junit.jupiter.api.TestInfo test) throws Exception {
		Path logs = Path.of("target/remote-partitioning-it", test.getTestMethod().orElseThrow().getName());
		Files.createDirectories(logs);
		for (Map.Entry<String, JarRun> process : processes.entrySet()) {
			process.getValue().kill();
			Files.writeString(logs.resolve(process.getKey() + ".log"), process.getValue().log());
		}
		if (schema != null) {
			schema.drop();
		}
	}

	/** How long a partition may go without its worker saving anything; a reconcile worker's first chunk loads the run. */
	private static final String STALL = "--careerbrief.remote.stall-timeout=40s";

	/**
	 * One run through the faults, in the order an operator meets them: a worker killed with SIGKILL in the
	 * middle of a partition fails the run once the manager finds the partition stalled in the job
	 * repository; the relaunch runs only the unfinished partitions, a worker started after it began takes
	 * some of them, and the broker is stopped and started while requests wait in its queue; nothing is
	 * lost or doubled, and the outputs equal a single JVM's. Last, a request delivered again is ignored.
	 */
	@Test
	void aKilledWorkerALateWorkerABrokerRestartAndADuplicateRequestLeaveTheOutputsOfOneJvm() throws Exception {
		JarRun doomed = worker("doomed");
		JarRun survivor = ready(worker("survivor"));
		ready(doomed);
		JarRun manager = manager(STALL);
		// Its first partition: the worker has claimed it and is reading the run's staged rows.
		doomed.awaitLine("running reconcileWorker:occupations\\d of run 1");
		doomed.kill();
		String lost = lastMatch(doomed.log(), "running (reconcileWorker:occupations\\d) of run 1");

		assertThat(manager.awaitExit()).as(manager.log()).isNotZero();
		assertThat(manager.log()).contains("careerbrief: Run 1 FAILED")
			.containsPattern("reconcile: 1 of 8 partitions was taken for lost, saved nothing for PT40S \\(" + lost
					+ " STARTED, worker \\S+ pid \\d+, 0 written, last saved \\d+ s ago\\)")
			.contains("Launch the run again: only the unfinished partitions run")
			.contains("the outputs of the last good run are untouched");
		assertThat(output().resolve(OutputPublisher.WORKBOOK)).doesNotExist();

		JarRun relaunch = manager(STALL);
		JarRun late = worker("late");
		relaunch.awaitLine("writeBriefs: 8 partition requests sent to queue " + queue());
		System.out.printf("%s requests sent%n", java.time.LocalTime.now());
		broker("stop");
		broker("start");
		assertThat(relaunch.awaitExit()).as(relaunch.log()).isZero();

		assertThat(relaunch.log()).contains("Resuming run 1 from its last committed chunk");
		assertThat(goldenDigest()).containsExactlyElementsOf(Files.readAllLines(CareerReportJobFunctionalTests.GOLDEN));
		assertThat(completedPartitions())
			.as("every partition of the four partitioned steps completed once, none lost in the broker")
			.hasSize(8 + 2 + 8 + 8) // table files in 8 shares, the 2 articles one each, occupations in 8 slices twice
			.allSatisfy(p -> assertThat(p).endsWith(" 1"))
			.contains("ingestTablesWorker:files7 1", "ingestDocumentsWorker:files1 1");
		assertThat(partitionsOfExecution(2)).as("the relaunch ran the lost partition and the briefs, nothing else")
			.hasSize(9)
			.contains(lost + " COMPLETED")
			.filteredOn(p -> p.startsWith("reconcile"))
			.containsExactly(lost + " COMPLETED");
		assertThat(List.of(survivor.log(), late.log()))
			.as("the broker stopped while requests waited in its queue; a worker took them once it was back")
			.anySatisfy(log -> {
				int down = log.indexOf("Cannot take partition requests from queue " + queue() + ": ConnectException");
				assertThat(down).isNotNegative();
				assertThat(log.lastIndexOf("running writeBriefsWorker")).isGreaterThan(down);
			});
		assertThat(late.log()).as("the worker started after the relaunch took partitions")
			.containsPattern("worker \\S+ pid \\d+: running writeBriefsWorker:occupations\\d of run 1");
		assertThat(relaunch.log().lines().filter(line -> line.contains("Worker:occupations")))
			.as("the run's summary names the worker of each partition")
			.hasSize(9)
			.allSatisfy(line -> assertThat(line).containsPattern(" COMPLETED .* worker \\S+ pid \\d+$"));

		// The same request delivered again: the workers see the partition completed and write nothing.
		Map<Path, String> before = filesAndTimes(output());
		resend("writeBriefsWorker:occupations0");
		String ignored = "Ignored a request for writeBriefsWorker:occupations0 of run 1: it is already COMPLETED";
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (count(survivor.log() + late.log(), ignored) < 2 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(count(survivor.log() + late.log(), ignored)).as("both deliveries ignored").isEqualTo(2);
		assertThat(filesAndTimes(output())).as("no output file written again").isEqualTo(before);
	}

	// Processes

	private JarRun worker(String name, String... extra) throws IOException {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres,worker"));
		args.addAll(shared());
		args.addAll(List.of(extra));
		JarRun worker = JarRun.start(INPUT, output(), work.resolve("state-" + name), args.toArray(String[]::new));
		processes.put("worker-" + name, worker);
		return worker;
	}

	private static JarRun ready(JarRun worker) throws InterruptedException {
		worker.awaitLine("Worker ready");
		return worker;
	}

	private JarRun manager(String... extra) throws IOException {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres,manager"));
		args.addAll(shared());
		args.addAll(List.of(extra));
		JarRun manager = JarRun.start(INPUT, output(), work.resolve("state-manager"), args.toArray(String[]::new));
		processes.put("manager-" + processes.size(), manager);
		return manager;
	}

	/** What every machine of the run shares: the database, the broker, the queue. */
	private List<String> shared() {
		return List.of("--spring.datasource.url=" + schema.url(), "--spring.datasource.username=" + schema.user(),
				"--spring.datasource.password=", "--spring.rabbitmq.addresses=amqp://guest:guest@127.0.0.1:" + brokerPort,
				"--careerbrief.remote.queue=" + queue(), CareerReportJobFunctionalTests.STATES);
	}

	private String queue() {
		return "careerbrief.test." + schema.name();
	}

	private Path output() {
		return work.resolve("output");
	}

	/** Stops or starts the broker (scripts/loopback-broker.sh); its output goes to the test's log with the time. */
	private void broker(String action) throws Exception {
		long start = System.nanoTime();
		Process process = new ProcessBuilder("scripts/loopback-broker.sh", action, brokerDir.toString(),
				String.valueOf(brokerPort)).redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		int exit = process.waitFor();
		System.out.printf("%s broker %s: exit %d after %d ms %s%n", java.time.LocalTime.now(), action, exit,
				(System.nanoTime() - start) / 1_000_000, output.strip());
		assertThat(exit).as("loopback-broker.sh %s: %s", action, output).isZero();
	}

	/** Sends the request the manager sent for a partition of run 1 once more, as a broker may redeliver it. */
	private void resend(String partition) throws SQLException {
		long[] ids = query("SELECT JOB_EXECUTION_ID, STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '"
				+ partition + "' AND STATUS = 'COMPLETED'", row -> new long[] { row.getLong(1), row.getLong(2) }).get(0);
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", brokerPort);
		try {
			RabbitTemplate rabbit = new RabbitTemplate(connections);
			StepExecutionRequest request = new StepExecutionRequest(partition.substring(0, partition.indexOf(':')),
					ids[0], ids[1]);
			rabbit.convertAndSend(queue(), request); // twice: once as a redelivery, once more
			rabbit.convertAndSend(queue(), request);
		}
		finally {
			connections.destroy();
		}
	}

	// What the run left

	private List<String> goldenDigest() throws Exception {
		LocalDate today = LocalDate.now();
		return OutputDigest.golden(output(), List.of(today.minusDays(1), today))
			.entrySet()
			.stream()
			.map(e -> e.getKey() + " = " + e.getValue())
			.toList();
	}

	/** Each remote partition that completed, with how many times it completed ("name count"). */
	private List<String> completedPartitions() throws SQLException {
		return query("SELECT STEP_NAME, COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE '%Worker:%' "
				+ "AND STATUS = 'COMPLETED' GROUP BY STEP_NAME ORDER BY STEP_NAME",
				row -> row.getString(1) + " " + row.getLong(2));
	}

	/** "name status" of the partitions the n-th job execution of run 1 ran. */
	private List<String> partitionsOfExecution(int n) throws SQLException {
		return query("SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE '%Worker:%' AND "
				+ "JOB_EXECUTION_ID = (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID "
				+ "OFFSET " + (n - 1) + " LIMIT 1) ORDER BY STEP_NAME", row -> row.getString(1) + " " + row.getString(2));
	}

	private interface RowMapper<T> {

		T map(ResultSet row) throws SQLException;

	}

	private <T> List<T> query(String sql, RowMapper<T> mapper) throws SQLException {
		List<T> rows = new ArrayList<>();
		try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			while (row.next()) {
				rows.add(mapper.map(row));
			}
		}
		return rows;
	}

	/** Every file under the folder with its size and modification time. */
	private static Map<Path, String> filesAndTimes(Path folder) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			Map<Path, String> found = new java.util.TreeMap<>();
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				found.put(file, Files.size(file) + " bytes, " + Files.getLastModifiedTime(file));
			}
			return found;
		}
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static String lastMatch(String log, String regex) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(log);
		String found = null;
		while (m.find()) {
			found = m.group(1);
		}
		assertThat(found).as("/%s/ in\n%s", regex, log).isNotNull();
		return found;
	}

}
