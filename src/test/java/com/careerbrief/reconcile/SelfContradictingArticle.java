package com.careerbrief.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.model.Claim;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.occupation.OccupationResolver;
import com.careerbrief.occupation.OnetTitleIndex;

/**
 * An article calling 7% growth "much faster than average" while giving 8% for all occupations, read as a
 * run reads it and reconciled against a report's official figures: what the workbook and brief tests show.
 */
public final class SelfContradictingArticle {

	private SelfContradictingArticle() {
	}

	/** The article written under {@code dir} and read with the shipped O*NET titles. */
	public static List<Claim> claims(Path dir) throws IOException {
		Path article = Files.writeString(dir.resolve("records-outlook.txt"), "Medical records specialists outlook\n\n"
				+ "Employment of medical records specialists is projected to grow 7 percent from 2024 to 2034, much faster"
				+ " than average, which for all occupations is 8 percent.\n");
		return new DocumentClaimReader(new OccupationResolver(OnetTitleIndex.load(Path.of("input/onet")))).read(article)
			.claims();
	}

	/** The claims reconciled against the report's official figures, with default tolerances and no source history. */
	public static ReconciledOccupation reconcile(OccupationReport report, List<Claim> claims) {
		ReconcileProperties props = ReconcileProperties.defaults();
		return new Reconciler(props).reconcile(report.occupation(), report.figures(), List.of(), claims,
				SourceReliability.uninformed(props));
	}

}
