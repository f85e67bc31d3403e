package com.careerbrief.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.report.BriefFileName;
import com.careerbrief.report.OccupationPage;
import com.careerbrief.report.PartFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes {@link OccupationPage}, the portal's copy of a brief's facts, as {@code <soc>.json}: from the same
 * sections' answers the PDF prints, through a temporary file moved into place like the brief.
 */
public class OccupationPageWriter {

	/** The folder in a run's folder that holds the pages. */
	public static final String FOLDER = "occupations";

	private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

	private final BriefOptions options;

	public OccupationPageWriter(BriefOptions options) {
		this.options = options;
	}

	/**
	 * Writes the page of one occupation into {@code folder}.
	 * @param stateBriefs state code to state edition file name, for the editions written
	 */
	public Path write(OccupationReport report, Map<String, String> stateBriefs, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path target = folder.resolve(report.occupation().socCode() + ".json");
		Path temp = PartFiles.create(folder, ".page-", ".json.part");
		try {
			JSON.writeValue(temp.toFile(), page(report, stateBriefs));
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	OccupationPage page(OccupationReport report, Map<String, String> stateBriefs) {
		BriefContext context = new BriefContext(new ReportFacts(report), null, options, null, 0);
		var occupation = report.occupation();
		List<String> description = context.facts().texts(OccupationText.Kind.DESCRIPTION, 1);
		return new OccupationPage(occupation.socCode(), occupation.title(),
				description.isEmpty() ? occupation.description() : description.get(0),
				HeaderSection.otherTitles(context, context.cap(HeaderSection.MAX_OFFICIAL_TITLES)), searchTitles(context),
				HeaderSection.dataDate(context).orElse(null), quickFacts(context),
				PaySection.summary(context).orElse(null), sourcesSay(context),
				BriefFileName.of(occupation.socCode(), occupation.title()), Map.copyOf(stateBriefs));
	}

	private static List<String> searchTitles(BriefContext context) {
		Set<String> titles = new LinkedHashSet<>(context.facts().texts(OccupationText.Kind.ALTERNATE_TITLE, Integer.MAX_VALUE));
		titles.addAll(HeaderSection.otherTitles(context, context.cap(HeaderSection.MAX_OFFICIAL_TITLES)));
		return List.copyOf(titles);
	}

	private static List<OccupationPage.Fact> quickFacts(BriefContext context) {
		List<OccupationPage.Fact> facts = new ArrayList<>();
		for (String[] tile : QuickFactsSection.tiles(context)) {
			facts.add(new OccupationPage.Fact(tile[0], tile[1], tile[2]));
		}
		return facts;
	}

	private static List<OccupationPage.SourceSays> sourcesSay(BriefContext context) {
		HoldingFigure holding = new HoldingFigure();
		List<OccupationPage.SourceSays> says = new ArrayList<>();
		for (SourcesSaySection.Checked c : new SourcesSaySection().checked(context)) {
			Optional<HoldingFigure.Holding> holds = holding.of(context.facts(), c.claim(), c.verdicts());
			says.add(new OccupationPage.SourceSays(ArticleSaysSentence.sentence(c.claim()), c.reason(),
					c.claim().source() == null ? null : c.claim().source().title(),
					holds.map(HoldingFigure.Holding::value).orElse(null), holds.map(HoldingFigure.Holding::label).orElse(null),
					c.holds()));
		}
		return says;
	}

}
