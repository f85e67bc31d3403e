package com.careerbrief.web.operator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.careerbrief.config.CareerBriefProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A portal started without --states would publish a run without the state editions the published run has. */
class RunControlEditionsTests {

	@TempDir
	Path output;

	private RunControl portal(String states) {
		CareerBriefProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("careerbrief.output", output.toString(), "careerbrief.states", states)))
			.bindOrCreate("careerbrief", CareerBriefProperties.class);
		return new RunControl(properties, null);
	}

	@Test
	void theIndianaEditionsOfThePublishedRunAreNamedWhenThePortalWouldNotWriteThem() throws Exception {
		Path briefs = Files.createDirectories(output.resolve("latest/briefs"));
		Files.writeString(briefs.resolve("29-2072-medical-records-specialists.pdf"), "%PDF-");
		Files.writeString(briefs.resolve("29-2072-medical-records-specialists-in.pdf"), "%PDF-");
		// a national brief whose title ends in a state's letters is no edition: no "99-9999-stand.pdf" beside it
		Files.writeString(briefs.resolve("99-9999-stand-in.pdf"), "%PDF-");
		Files.writeString(briefs.resolve("99-9998-made-up-or.pdf"), "%PDF-");

		assertThat(portal("").editionsARunWouldDrop()).containsExactly("IN");
		assertThat(portal("").editions()).isEqualTo("none");
		assertThat(portal("IN").editionsARunWouldDrop()).isEmpty();
		assertThat(portal("ALL").editionsARunWouldDrop()).isEmpty();
		assertThat(portal("in,ny").editions()).isEqualTo("IN, NY");
	}

	@Test
	void aPortalStartedWithAnUnknownStateCodeRefusesToStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> portal("IN,ZZ"))
			.withMessage("Unknown state code \"ZZ\"; use a two-letter postal code such as IN or CA");
	}

	@Test
	void nothingIsDroppedBeforeAnythingWasPublished() {
		assertThat(portal("").editionsARunWouldDrop()).isEmpty();
	}
}
