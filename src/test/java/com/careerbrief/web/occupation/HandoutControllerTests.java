package com.careerbrief.web.occupation;

import java.nio.file.Path;
import java.util.Collections;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ HandoutController.class, OccupationController.class })
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
	void theFormSentWithNothingTickedGoesBackToTheSameSearchSayingWhatToDo() throws Exception {
		String form = mvc.perform(get("/").param("q", "medical coder")).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("<input type=\"hidden\" name=\"q\" value=\"medical coder\">");
		MvcResult sent = mvc.perform(get("/handout").param("q", "medical coder"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/?q=medical+coder"))
			.andReturn();
		mvc.perform(get("/").param("q", "medical coder").flashAttrs(sent.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Tick at least one brief to download: the box in the Pick column beside each occupation you want in the handout.")))
			.andExpect(content().string(containsString("href=\"/occupations/29-2072\"")));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void anUnknownOrMalformedOccupationOrTooManyAreRefusedSayingWhy() throws Exception {
		mvc.perform(get("/handout").param("soc", Collections.nCopies(31, "29-2072").toArray(String[]::new)))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason("A handout holds at most 30 briefs; 31 were picked."));
		mvc.perform(get("/handout").param("soc", "29-2072", "00-0000"))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("No occupation 00-0000 in the published run."));
		mvc.perform(get("/handout").param("soc", "29-2072", "29 2055"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason("“29 2055” is not a SOC code: expected a code like 29-2072."));
	}

}
