package com.careerbrief.ingest.document;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that read fine but are no article are set aside with a reason a person understands. */
class ArticleScreenTests {

	private static final Path FILE = Path.of("documents/x.html");

	private static final String ENGLISH = "Medical records specialists compile, process and maintain medical records of"
			+ " hospital and clinic patients in a manner consistent with medical, administrative, ethical, legal and"
			+ " regulatory requirements of the health care system. They process, maintain, compile and report"
			+ " patient information for health requirements and standards in a manner consistent with the health care"
			+ " industry's numerical coding system. The median annual wage was $50,250 in May 2024.";

	@Test
	void anArticleInEnglishPasses() {
		assertThatCode(() -> ArticleScreen.check(FILE, "Medical records specialists", ENGLISH)).doesNotThrowAnyException();
	}

	@Test
	void errorPagesSavedByACrawlerAreSetAside() {
		assertThatThrownBy(() -> ArticleScreen.check(FILE, "404 Not Found", "The requested URL was not found on this"
				+ " server. Additionally, a 404 Not Found error was encountered.")).satisfies(ex -> {
					UnreadableDocumentException u = (UnreadableDocumentException) ex;
					org.assertj.core.api.Assertions.assertThat(u.notAnArticle()).isTrue();
					org.assertj.core.api.Assertions.assertThat(u.reason())
						.isEqualTo("an error page ('404 Not Found'), not an article");
				});
		assertThatThrownBy(() -> ArticleScreen.check(FILE, null, "Oops! Page not found. The page you are looking for"
				+ " no longer exists. Try our search or go back to the home page.")).extracting(ex -> ((UnreadableDocumentException) ex).reason())
			.isEqualTo("an error page ('Page not found'), not an article");
	}

	@Test
	void textInAnotherLanguageIsSetAside() {
		String spanish = "Los especialistas en registros médicos recopilan, procesan y mantienen los registros de los"
				+ " pacientes de hospitales y clínicas de acuerdo con los requisitos médicos, administrativos, éticos y"
				+ " legales del sistema de salud. El salario medio anual fue de 50.250 dólares en mayo de 2024, según la"
				+ " oficina de estadísticas laborales. Se espera que el empleo crezca un siete por ciento.";
		String german = "Fachkräfte für medizinische Dokumentation erfassen, verarbeiten und pflegen die Akten von"
				+ " Patienten in Krankenhäusern und Kliniken gemäß den medizinischen, rechtlichen und ethischen"
				+ " Anforderungen des Gesundheitswesens. Das mittlere Jahresgehalt lag im Mai 2024 bei 50.250 Dollar,"
				+ " wie das Amt für Arbeitsstatistik berichtet. Die Beschäftigung soll um sieben Prozent wachsen.";

		assertThatThrownBy(() -> ArticleScreen.check(FILE, null, spanish))
			.extracting(ex -> ((UnreadableDocumentException) ex).reason()).asString()
			.matches("not English: \\d of its \\d+ words \\(\\d%\\) are common English words, where English prose has"
					+ " about 40%");
		assertThatThrownBy(() -> ArticleScreen.check(FILE, null, german))
			.extracting(ex -> ((UnreadableDocumentException) ex).reason()).asString().startsWith("not English: ");
	}

	@Test
	void aFileWithNextToNoTextIsSetAsideWhenItGivesNoClaim() {
		assertThatThrownBy(() -> ArticleScreen.checkLength(FILE, "Medical records technician"))
			.extracting(ex -> ((UnreadableDocumentException) ex).reason()).isEqualTo("no article text: only 3 words");
		assertThatThrownBy(() -> ArticleScreen.checkLength(FILE, "Salary: $50,250"))
			.extracting(ex -> ((UnreadableDocumentException) ex).reason()).isEqualTo("no article text: only 1 word");
	}

}
