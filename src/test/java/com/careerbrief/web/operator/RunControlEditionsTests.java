package com.careerbrief.web.operator;

import java.nio.file.Path;
import java.util.Map;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.occupation.OccupationCatalog;

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

	private final OccupationCatalog catalog = new OccupationCatalog();

	private RunControl portal(String states) {
		CareerBriefProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("careerbrief.output", output.toString(), "careerbrief.states", states)))
			.bindOrCreate("careerbrief", CareerBriefProperties.class);
		return new RunControl(properties, null, new PublishedRuns(properties), catalog);
	}

	@Test
	void theNewYorkEditionsOfThePublishedRunAreNamedWhenThePortalWouldNotWriteThem() throws Exception {
		// the fixture's run has a New York edition of 29-2072, as its occupation page records
		PublishedOutputFixture.publish(output, 1, "a");

		assertThat(portal("").editionsARunWouldDrop()).containsExactly("NY");
		assertThat(portal("").editions()).isEqualTo("none");
		assertThat(portal("IN").editionsARunWouldDrop()).containsExactly("NY");
		assertThat(portal("ny").editionsARunWouldDrop()).isEmpty();
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
