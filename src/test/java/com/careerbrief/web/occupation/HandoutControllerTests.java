package com.careerbrief.web.occupation;

import java.nio.file.Path;

import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.security.SecurityConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HandoutController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class, OccupationCatalog.class })
class HandoutControllerTests {

	@TempDir
	static Path output;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void publish() throws Exception {
		PublishedOutputFixture.publish(output, 2, "two");
	}

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> output.toString());
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void twoOccupationsMakeOnePdfWithBothBriefsInTheOrderPicked() throws Exception {
		MvcResult started = mvc.perform(get("/handout").param("soc", "29-2055", "29-2072")).andReturn();
		MvcResult result = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"careerbrief-handout-2-occupations.pdf\""))
			.andReturn();
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text.indexOf("Surgical Technologists brief two")).isNotNegative()
				.isLessThan(text.indexOf("Medical Records Specialists brief two"));
		}
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void noOccupationOrAnUnknownOneIsRefused() throws Exception {
		mvc.perform(get("/handout")).andExpect(status().isBadRequest());
		mvc.perform(get("/handout").param("soc", "29-2072", "00-0000"))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("No occupation 00-0000 in the published run."));
		mvc.perform(get("/handout").param("soc", "29-2072", "29 2055"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason("“29 2055” is not a SOC code: expected a code like 29-2072."));
	}

}
