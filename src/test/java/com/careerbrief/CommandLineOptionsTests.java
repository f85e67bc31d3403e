package com.careerbrief;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineOptionsTests {

	@Test
	void aMistypedOptionIsRefusedWithTheOneMeant() {
		assertThat(CommandLineOptions.problems(new String[] { "--inptu=/tmp/trial/input", "--outptu=/tmp/x" }))
			.containsExactly("unknown option --inptu (did you mean --input?)",
					"unknown option --outptu (did you mean --output?)");
	}

	@Test
	void theDocumentedOptionsAndSpringPropertiesPass() {
		assertThat(CommandLineOptions.problems(new String[] { "--input=in", "--output=out", "--state=st", "--states=IN",
				"--force", "--allow-shrink", "--history", "--schedule=0 0 6 * * *", "--careerbrief.threads=2",
				"--server.port=8081", "--spring.profiles.active=worker" })).isEmpty();
	}

	@Test
	void aWordWithoutDashesIsNotSilentlyIgnored() {
		assertThat(CommandLineOptions.problems(new String[] { "input" }))
			.containsExactly("unexpected argument 'input': options start with -- (e.g. --input=input)");
		assertThat(CommandLineOptions.problems(new String[] { "--frobnicate" })).containsExactly("unknown option --frobnicate");
	}

	@Test
	void helpIsAskedForWithEitherSpelling() {
		assertThat(CommandLineOptions.wantsHelp(new String[] { "--help" })).isTrue();
		assertThat(CommandLineOptions.wantsHelp(new String[] { "-h" })).isTrue();
		assertThat(CommandLineOptions.wantsHelp(new String[] { "--history" })).isFalse();
		assertThat(CommandLineOptions.USAGE).contains("--input=DIR", "--states=IN,NY", "--serve");
	}
}
