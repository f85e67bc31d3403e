package com.careerbrief.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolving occupation wording through the shipped O*NET title files. */
class OccupationResolverTests {

	private static OnetTitleIndex index;

	@BeforeAll
	static void load() throws Exception {
		index = OnetTitleIndex.load(Path.of("input/onet"));
	}

	@Test
	void alternateTitlesMapToSoc2018WithoutTheDetailSuffix() {
		assertThat(index.lookup("medical records technicians")).extracting(OnetTitleIndex.Entry::socCode)
			.containsExactly("29-2072");
		// O*NET lists this wording under two occupations; the index keeps both
		assertThat(index.lookup("Health Information Technician")).extracting(OnetTitleIndex.Entry::socCode)
			.containsExactlyInAnyOrder("29-2072", "29-9021");
		assertThat(index.lookup("Medical Records Tech")).isNotEmpty();
		assertThat(index.occupationTitle("29-2072")).isEqualTo("Medical Records Specialists");
	}

	@Test
	void subjectResolvedWithAcronymAndEvidence() {
		OccupationResolver resolver = new OccupationResolver(index);
		OccupationResolver.Resolution r = resolver.resolveSubject("Working as an MRT", List.of(),
				"A medical records technician files charts. MRTs code diagnoses. Many MRTs work in hospitals.");
		assertThat(r.socCode()).isEqualTo("29-2072");
		assertThat(r.evidence()).contains("medical records technician").contains("MRT (initials)")
			.contains("Medical Records Specialists");
		assertThat(r.confidence()).isGreaterThan(0.5);
	}

	@Test
	void nothingRecognisableIsNull() {
		OccupationResolver.Resolution r = new OccupationResolver(index).resolveSubject("A good job", List.of(),
				"Many people like their job and their pay.");
		assertThat(r.socCode()).isNull();
		assertThat(r.confidence()).isZero();
	}

	@Test
	void sentenceMentionKeepsTheWording() {
		assertThat(new OccupationResolver(index).firstMention("the median wage for medical records specialists was"))
			.hasValueSatisfying(m -> {
				assertThat(m.asWorded()).isEqualTo("medical records specialists");
				assertThat(m.socCode()).isEqualTo("29-2072");
			});
	}

	@Test
	void aTitleWrittenWithItsCommasIsFoundAndAListAcrossACommaIsNot() {
		OccupationResolver resolver = new OccupationResolver(index);
		// O*NET's own title has commas: a third of its occupation titles do
		assertThat(resolver.firstMention("Plumbers, pipefitters, and steamfitters install and repair pipes."))
			.hasValueSatisfying(m -> {
				assertThat(m.asWorded()).isEqualTo("Plumbers, pipefitters, and steamfitters");
				assertThat(m.socCode()).isEqualTo("47-2152");
			});
		assertThat(resolver.resolveSubject("Becoming a plumber", List.of(),
				"Plumbers, pipefitters, and steamfitters install pipes. Plumbers, pipefitters, and steamfitters earn well.")
			.socCode()).isEqualTo("47-2152");
		// "retail cashier" is no title with a comma, so the comma keeps the two words apart
		assertThat(resolver.mentions("In retail, cashiers earn less.")).extracting(OccupationResolver.Mention::asWorded)
			.doesNotContain("retail, cashiers");
	}
}
