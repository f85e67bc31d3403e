package com.careerbrief.web;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.careerbrief.config.CareerBriefProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The download portal ({@code --serve}): a web application over what the latest published run wrote. It
 * never opens the job repository nor takes the run lock, so it keeps serving while a run started by hand
 * or on a schedule works in another process on the same state folder; runs it starts are such processes.
 */
@SpringBootApplication(exclude = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, BatchAutoConfiguration.class,
		SqlInitializationAutoConfiguration.class })
@EnableConfigurationProperties({ CareerBriefProperties.class, PortalProperties.class })
@EnableScheduling
public class PortalApplication {

	/** Starts the portal; {@code --serve} is the command line's switch to it. */
	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class,
				Arrays.stream(args).filter(a -> !a.equals("--serve")).toArray(String[]::new));
	}

	/** {@code --hash-password}: reads a password and prints its bcrypt hash for careerbrief.portal.users. */
	public static void hashPassword() {
		Console console = System.console();
		String password;
		if (console != null) {
			password = new String(console.readPassword("Password: "));
		}
		else {
			try {
				password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (password == null || password.isEmpty()) {
			System.err.println("careerbrief: no password given");
			System.exit(1);
		}
		System.out.println(new BCryptPasswordEncoder().encode(password));
	}

}
