package com.careerbrief.web.analyst;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.web.PublishedOutputFixture;
import com.careerbrief.web.download.PublishedRuns;
import com.careerbrief.web.occupation.OccupationCatalog;
import com.careerbrief.web.security.SecurityConfiguration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AnalystTablesController.class)
@Import({ SecurityConfiguration.class, PublishedRuns.class, WorkbookTables.class, OccupationCatalog.class })
class AnalystTablesControllerTests {

	@TempDir
	static Path output;

	@Autowired
	MockMvc mvc;

	/** A workbook with the analyst's sheets: 120 rejected rows over two files, the Claims sheet in two parts. */
	@BeforeAll
	static void publish() throws Exception {
		Path run = PublishedOutputFixture.publish(output, 8, "eight");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(run.resolve("careerbrief.xlsx"))) {
			Sheet rejected = sheet(book, "Rejected input", "File", "Line", "Status", "Reason", "Raw text");
			for (int i = 1; i <= 120; i++) {
				row(rejected, i, i % 2 == 0 ? "oews/national.csv" : "oews/other/NYSDOL.csv", String.valueOf(i), "rejected",
						i % 3 == 0 ? "wage is not a number" : "unknown SOC code", "raw line " + i);
			}
			Sheet claims = sheet(book, "Claims", "SOC code", "Claim id", "Verdicts");
			row(claims, 1, "29-2072", "career-profile#F1", "STALE");
			row(claims, 2, "29-2055", "surgical#F1", "MATCHES");
			Sheet claims2 = sheet(book, "Claims 2", "SOC code", "Claim id", "Verdicts");
			row(claims2, 1, "29-2072", "how-to-become#F4", "CONFLICTS");
			Sheet conflicts = sheet(book, "Conflicts", "SOC code", "Title", "Metric", "Why chosen");
			row(conflicts, 1, "29-2072", "Medical Records Specialists", "WAGE", "Newest official median pay: $50,250");
			row(conflicts, 2, "29-2055", "Surgical Technologists", "WAGE", "Newest official median pay: $62,830");
			row(conflicts, 3, "29-2055", "Surgical Technologists", "EMPLOYMENT", "No official figure is in the data");
			sheet(book, "Input accounting", "File", "Layout", "Read");
			book.write(out);
		}
	}

	private static Sheet sheet(XSSFWorkbook book, String name, String... headers) {
		Sheet sheet = book.createSheet(name);
		row(sheet, 0, headers);
		return sheet;
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < cells.length; c++) {
			row.createCell(c).setCellValue(cells[c]);
		}
	}

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("careerbrief.output", () -> output.toString());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void rejectedRowsAreFilteredByFileAndReasonAndPaged() throws Exception {
		mvc.perform(get("/analyst/rejected").param("file", "national").param("reason", "SOC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"matching\">40</span> rows")))
			.andExpect(content().string(containsString("raw line 2<")))
			.andExpect(content().string(not(containsString("raw line 3<"))))
			.andExpect(content().string(not(containsString("next-page"))));
		mvc.perform(get("/analyst/rejected").param("page", "3"))
			.andExpect(content().string(containsString("<span id=\"matching\">120</span> rows · page <span>3</span>")))
			.andExpect(content().string(containsString("raw line 101<")))
			.andExpect(content().string(not(containsString("raw line 100<"))));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void claimsAreFilteredByVerdictAcrossTheSheetsParts() throws Exception {
		mvc.perform(get("/analyst/claims").param("verdict", "conflicts").param("soc", "29-2072"))
			.andExpect(content().string(containsString("how-to-become#F4")))
			.andExpect(content().string(not(containsString("career-profile#F1"))));
		mvc.perform(get("/analyst/conflicts").param("soc", "29-2055"))
			.andExpect(content().string(containsString("Surgical Technologists")))
			.andExpect(content().string(not(containsString("Medical Records Specialists"))));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void conflictsAreFilteredByOccupationAndByTheVerdictThatResolvedThem() throws Exception {
		mvc.perform(get("/analyst/conflicts").param("soc", "29-2055").param("verdict", "no official"))
			.andExpect(content().string(containsString("<span id=\"matching\">1</span> rows")))
			.andExpect(content().string(containsString("<td>EMPLOYMENT</td>")))
			.andExpect(content().string(not(containsString("$62,830"))));
		mvc.perform(get("/analyst/conflicts").param("verdict", "newest official"))
			.andExpect(content().string(containsString("<span id=\"matching\">2</span> rows")));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void oneOccupationsClaimsComeAsCsv() throws Exception {
		MvcResult started = mvc.perform(get("/analyst/claims.csv").param("soc", "29-2072")).andReturn();
		MvcResult result = mvc.perform(asyncDispatch(started))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"claims-29-2072-run-8.csv\""))
			.andReturn();
		assertThat(result.getResponse().getContentAsString().lines().toList()).containsExactly(
				"\"SOC code\",\"Claim id\",\"Verdicts\"", "\"29-2072\",\"career-profile#F1\",\"STALE\"",
				"\"29-2072\",\"how-to-become#F4\",\"CONFLICTS\"");
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anUnknownOccupationsClaimsAreNotFoundAndAMalformedCodeSaysWhatIsExpected() throws Exception {
		mvc.perform(get("/analyst/claims.csv").param("soc", "99-9999"))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("No occupation 99-9999 in the published run."));
		mvc.perform(get("/analyst/claims.csv").param("soc", "292072"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason("“292072” is not a SOC code: expected a code like 29-2072."));
	}

	@Test
	@WithMockUser(roles = "COUNSELOR")
	void aCounselorSeesNoneOfIt() throws Exception {
		for (String path : List.of("/analyst/rejected", "/analyst/claims", "/analyst/conflicts", "/analyst/accounting")) {
			mvc.perform(get(path)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/analyst/claims.csv").param("soc", "29-2072")).andExpect(status().isForbidden());
	}

}
