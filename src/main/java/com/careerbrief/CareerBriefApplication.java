package com.careerbrief;

import java.util.Arrays;
import java.util.List;

import com.careerbrief.web.PortalApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Entry point: runs the career report job once (or on a schedule) and exits with its status; with
 * {@code --serve} starts the download portal instead (see {@link PortalApplication}), which never opens
 * the job repository. The job's context leaves out the portal's package, and is never a web application.
 * It also leaves out the auto-configuration only the portal uses (templates, security, metrics, health,
 * HTTP clients): about 1.4 s of a run's start-up. The broker's is left out unless a profile of the
 * remote group is active (application.yml).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
		"org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
		"org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
		"org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration",
		"org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration",
		"org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration",
		"org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration",
		"org.springframework.boot.autoconfigure.reactor.ReactorAutoConfiguration",
		"org.springframework.boot.autoconfigure.cache.CacheAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.observation.batch.BatchObservationAutoConfiguration" })
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.careerbrief\\.web\\..*") })
@ConfigurationPropertiesScan("com.careerbrief.config")
public class CareerBriefApplication {

	public static void main(String[] args) {
		if (CommandLineOptions.wantsHelp(args)) {
			System.out.print(CommandLineOptions.USAGE);
			return;
		}
		List<String> problems = CommandLineOptions.problems(args);
		if (!problems.isEmpty()) {
			problems.forEach(p -> System.err.println("careerbrief: " + p));
			System.err.println("careerbrief: nothing was run; --help lists the options");
			System.exit(2);
			return;
		}
		if (Arrays.asList(args).contains("--serve")) {
			PortalApplication.main(args);
			return;
		}
		if (Arrays.asList(args).contains("--hash-password")) {
			PortalApplication.hashPassword();
			return;
		}
		ConfigurableApplicationContext context;
		try {
			context = SpringApplication.run(CareerBriefApplication.class, args); // never a web application: JobIsNotAWebApplication
		}
		catch (RuntimeException ex) {
			// Spring Boot has already reported why (e.g. another run holds the state folder): exit 1, no stack trace.
			// Spring's own unwrapping: the innermost cause says why (e.g. the run lock is held).
			System.err.println("careerbrief: could not start: " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			System.exit(1);
			return;
		}
		System.exit(SpringApplication.exit(context));
	}

}
