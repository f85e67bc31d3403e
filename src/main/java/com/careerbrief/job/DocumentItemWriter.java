package com.careerbrief.job;

import java.util.List;
import java.util.stream.Collectors;

import com.careerbrief.extract.ExtractedDocument;
import com.careerbrief.ingest.InputFolder;
import com.careerbrief.model.Claim;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Stages each document's metadata and claims, and its line in the input accounting: accepted when it
 * gave at least one claim about an occupation the run recognises, filtered with the reason when it gave
 * none (no claim at all, or no occupation to place them under). Claims left without an occupation in an
 * accepted article are listed on the Rejected input sheet too, so none is dropped unseen.
 */
class DocumentItemWriter implements ItemWriter<ExtractedDocument> {

	static final String NO_CLAIM = "no figure or fact found in the article";

	/** Characters of claim quotes the Rejected input sheet shows for an article's unreported claims. */
	private static final int RAW_LIMIT = 1000;

	private final StagingRepository staging;

	private final long runId;

	DocumentItemWriter(StagingRepository staging, long runId) {
		this.staging = staging;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ExtractedDocument> chunk) {
		for (ExtractedDocument document : chunk) {
			String name = InputFolder.DOCUMENTS + "/" + document.info().documentId();
			if (document.claims().isEmpty()) {
				staging.addRejects(runId, List.of(new RejectedRow(name, 0, "", NO_CLAIM, true)));
				staging.saveAccounting(runId, accounting(name, 0, 1, 0, null));
				continue;
			}
			staging.saveDocument(runId, document.info(), document.claims());
			List<Claim> unplaced = document.claims().stream().filter(c -> c.socCode() == null).toList();
			if (unplaced.size() == document.claims().size()) {
				staging.addRejects(runId, List.of(new RejectedRow(name, 0, quotes(unplaced), noOccupation(document), true)));
				staging.saveAccounting(runId, accounting(name, 0, 1, 0, null));
				continue;
			}
			if (!unplaced.isEmpty()) {
				staging.addRejects(runId, List.of(new RejectedRow(name, 0, quotes(unplaced), unplaced.size() + " of its "
						+ document.claims().size() + " claims name no occupation the run recognises, so they are not reported",
						true)));
			}
			staging.saveAccounting(runId, accounting(name, 1, 0, 0, null));
		}
	}

	/** Why an article whose occupation was not recognised gives nothing to report, and what would help. */
	static String noOccupation(ExtractedDocument document) {
		int n = document.claims().size();
		return "no occupation recognised (" + document.info().socEvidence() + "), so its " + n
				+ (n == 1 ? " claim" : " claims") + " cannot be checked or reported; an article is placed by the O*NET "
				+ "occupation titles and alternate titles it names, its title and headings counting most";
	}

	/** The quoted sentences of claims, for the Rejected input sheet's raw text column. */
	private static String quotes(List<Claim> claims) {
		String joined = claims.stream().map(c -> c.quotes().isEmpty() ? c.text() : c.quotes().get(0).sentence())
			.distinct().collect(Collectors.joining(" | "));
		return joined.length() <= RAW_LIMIT ? joined : joined.substring(0, RAW_LIMIT - 1) + "…";
	}

	/** A document's line in the input accounting: one item, read whole. */
	static FileAccounting accounting(String name, int accepted, int filtered, int rejected, String error) {
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "no extension";
		return new FileAccounting(name, "article (" + ext + ")", 1, accepted, filtered, rejected, error);
	}

}
