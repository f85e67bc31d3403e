package com.careerbrief.web.download;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.security.SecurityConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DownloadController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class })
class DownloadControllerTests {

	@TempDir
	static Path root;

	static Path output;

	static Path run;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void publish() throws Exception {
		output = Files.createDirectories(root.resolve("output"));
		run = PublishedOutputFixture.publish(output, 3, "three");
		// A secret beside output/, and links in output/ and in the run folder that point at it.
		Path secret = Files.writeString(root.resolve("secret.pdf"), "not for the portal");
		Files.createSymbolicLink(run.resolve("briefs").resolve("leak.pdf"), secret);
		Files.createSymbolicLink(output.resolve("outside.pdf"), secret);
	}

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> output.toString());
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aBriefIsAPdfAttachmentWithItsNameEtagAndLastModified() throws Exception {
		byte[] expected = Files.readAllBytes(run.resolve("briefs").resolve(PublishedOutputFixture.MEDICAL_RECORDS_BRIEF));
		MvcResult result = mvc.perform(get("/briefs/" + PublishedOutputFixture.MEDICAL_RECORDS_BRIEF))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"29-2072-medical-records-specialists.pdf\""))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(expected);
		String etag = result.getResponse().getHeader(HttpHeaders.ETAG);

		mvc.perform(get("/briefs/" + PublishedOutputFixture.MEDICAL_RECORDS_BRIEF).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aRangeRequestGetsThosePartOfTheFile() throws Exception {
		byte[] whole = Files.readAllBytes(run.resolve("briefs").resolve(PublishedOutputFixture.MEDICAL_RECORDS_BRIEF));
		mvc.perform(get("/briefs/" + PublishedOutputFixture.MEDICAL_RECORDS_BRIEF).header(HttpHeaders.RANGE, "bytes=10-109"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 10-109/" + whole.length))
			.andExpect(content().bytes(Arrays.copyOfRange(whole, 10, 110)));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aCounselorMayNotDownloadTheWorkbook() throws Exception {
		mvc.perform(get("/analyst/workbook")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void anOperatorIsAnAnalystTooAndGetsTheWorkbookOfTheLatestRun() throws Exception {
		mvc.perform(get("/analyst/workbook"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE,
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careerbrief-run-3.xlsx\""))
			.andExpect(content().string("workbook of run 3 three"));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aBriefNotInThePublishedRunIsAnErrorThatSaysWhereToFindIt() throws Exception {
		mvc.perform(get("/briefs/99-9999-old-occupation.pdf"))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("No brief named 99-9999-old-occupation.pdf in the published run: it may be from an "
					+ "older run. Search for the occupation to find its brief."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/briefs/../careerbrief.xlsx", "/briefs/..%2fcareerbrief.xlsx", "/briefs/%2e%2e%2fcareerbrief.xlsx",
			"/briefs/%2e%2e/%2e%2e/secret.pdf", "/briefs/%252e%252e%252fsecret.pdf", "/briefs/..%5c..%5csecret.pdf",
			"/briefs/..\\..\\secret.pdf", "/briefs/%2fetc%2fpasswd.pdf", "/briefs//etc/passwd.pdf", "/briefs/leak.pdf",
			"/briefs/..%2f..%2foutside.pdf", "/briefs/.published.pdf", "/briefs/%00.pdf" })
	@WithMockUser(roles = "OPERATOR")
	void traversalInAnyEncodingIsRefusedAndNeverServesAFileOutsideThePublishedRun(String path) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path.replace("\\", "%5C")))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isIn(400, 404);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("not for the portal").doesNotContain("workbook");
	}

}
