package com.careerbrief.occupation;

import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrosswalkSocCrosswalkTests {

	static final Path FILE = Path.of("input/crosswalk/soc_2010_to_2018_crosswalk.csv");

	static SocCrosswalk crosswalk;

	@BeforeAll
	static void load() throws IOException {
		crosswalk = CrosswalkFile.load(FILE);
	}

	@Test
	void splitMedicalRecordsCodeMapsToMedicalRecordsSpecialistsWithSplitNote() {
		SocCrosswalk.Mapping mapping = crosswalk.map("29-2071");

		assertThat(mapping.socCode()).isEqualTo("29-2072");
		assertThat(mapping.note()).isEqualTo("SOC 2010 29-2071 Medical Records and Health Information Technicians"
				+ " → 29-2072 Medical Records Specialists (code split; part now 29-9021)");
	}

	@Test
	void soc2018CodeMapsToItselfWithoutNote() {
		assertThat(crosswalk.map("29-2072")).isEqualTo(new SocCrosswalk.Mapping("29-2072", null));
		assertThat(crosswalk.map("29-9021")).isEqualTo(new SocCrosswalk.Mapping("29-9021", null));
	}

	@Test
	void unchangedSoc2010CodeMapsToItselfWithoutNote() {
		assertThat(crosswalk.map("11-1011")).isEqualTo(new SocCrosswalk.Mapping("11-1011", null));
	}

	@Test
	void oewsHybridCodesAreKeptWithHybridNote() {
		for (String hybrid : new String[] { "29-2098", "29-9098" }) {
			SocCrosswalk.Mapping mapping = crosswalk.map(hybrid);
			assertThat(mapping.socCode()).isEqualTo(hybrid);
			assertThat(mapping.note()).startsWith("OEWS hybrid code " + hybrid);
		}
	}

	@Test
	void realSoc2018AllOtherCodeIsNotMistakenForHybrid() {
		// 15-1299 ends in 9, and it is a real SOC 2018 code ("Computer Occupations, All Other").
		assertThat(crosswalk.map("15-1299").note()).isNull();
	}

	@Test
	void splitCodeThatSurvivesKeepsItsNumber() {
		SocCrosswalk.Mapping mapping = crosswalk.map("29-9099");

		assertThat(mapping.socCode()).isEqualTo("29-9099");
		assertThat(mapping.note()).contains("code split; part now 29-9021, 29-9093");
	}

	@Test
	void splitIntoMergedCodesOnlyPicksTheMostSimilarTitle() {
		// 15-1199 went to 13-1082, 15-1243, 15-1253, 15-1255 and 15-1299, all marked (##).
		assertThat(crosswalk.map("15-1199").socCode()).isEqualTo("15-1299");
		// 15-1132 went to 15-1252 Software Developers (##) and 15-1253 Software Quality Assurance (##).
		assertThat(crosswalk.map("15-1132").socCode()).isEqualTo("15-1252");
	}

	@Test
	void renumberedCodeMapsToItsSuccessor() {
		// 15-1131 Computer Programmers became 15-1251 in SOC 2018.
		assertThat(crosswalk.map("15-1131").socCode()).isEqualTo("15-1251");
		assertThat(crosswalk.map("15-1131").note()).startsWith("SOC 2010 15-1131 Computer Programmers → 15-1251");
	}

	@Test
	void unknownCodeMapsToItself() {
		assertThat(crosswalk.map("00-0000")).isEqualTo(new SocCrosswalk.Mapping("00-0000", null));
	}

}
