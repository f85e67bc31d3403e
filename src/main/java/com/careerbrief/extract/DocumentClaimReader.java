package com.careerbrief.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.ingest.document.ArticleMetadata;
import com.careerbrief.ingest.document.ArticleMetadataReader;
import com.careerbrief.ingest.document.ArticleScreen;
import com.careerbrief.ingest.document.CleanedText;
import com.careerbrief.ingest.document.DocumentFileReader;
import com.careerbrief.ingest.document.LoadedDocument;
import com.careerbrief.ingest.document.PageFurnitureCleaner;
import com.careerbrief.ingest.document.UnreadableDocumentException;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.occupation.OccupationResolver;

/**
 * Reads a career article file into its metadata, cleaned text and claims (figures and facts with
 * their quotes); the entry point of the document stage.
 */
public class DocumentClaimReader {

	private final OccupationResolver resolver;

	private final DocumentFileReader fileReader = new DocumentFileReader();

	private final PageFurnitureCleaner cleaner = new PageFurnitureCleaner();

	private final ArticleMetadataReader metadataReader = new ArticleMetadataReader();

	private final ClaimCollector collector = new ClaimCollector();

	public DocumentClaimReader(OccupationResolver resolver) {
		this.resolver = resolver;
	}

	/** Reads one file and returns its claims; ids are "{documentId}#{n}" in order of first quote. */
	public ExtractedDocument read(Path file) throws IOException {
		return readWithText(file).extracted();
	}

	/**
	 * Reads one file of the documents folder under its id.
	 * @param documentId the file's path relative to the documents folder, extension included
	 */
	public ExtractedDocument read(Path file, String documentId) throws IOException {
		return readWithText(file, documentId).extracted();
	}

	/**
	 * Reads every file in a folder (sorted by name); a file that cannot be read (unknown format, empty,
	 * corrupt) is listed with its reason and the others are still read.
	 */
	public DocumentFolderResult readFolder(Path folder) throws IOException {
		List<DocumentReadResult> results = new ArrayList<>();
		List<UnreadableDocument> unreadable = new ArrayList<>();
		for (Path file : fileReader.list(folder)) {
			try {
				results.add(readWithText(file));
			}
			catch (UnreadableDocumentException ex) {
				unreadable.add(new UnreadableDocument(ex.fileName(), ex.reason()));
			}
		}
		return new DocumentFolderResult(results, unreadable);
	}

	/**
	 * Reads one file and returns its claims together with the cleaned text they quote.
	 * @throws UnreadableDocumentException when the file cannot be read (its name and reason are in it)
	 */
	public DocumentReadResult readWithText(Path file) throws IOException {
		return readWithText(file, file.getFileName().toString());
	}

	/**
	 * Reads one file under its id: the file's path relative to the documents folder, extension included,
	 * so that {@code x.html} and {@code x.pdf}, or {@code a/x.txt} and {@code b/x.txt}, stay two documents.
	 * @throws UnreadableDocumentException when the file cannot be read, or is no article (a 404 page,
	 *         another language, next to no text)
	 */
	public DocumentReadResult readWithText(Path file, String documentId) throws IOException {
		LoadedDocument loaded = fileReader.read(file);
		ArticleScreen.check(file, loaded.metaTitle(), loaded.text());
		CleanedText cleaned = cleaner.clean(loaded.text());
		ArticleMetadata meta = metadataReader.read(loaded, cleaned);
		DocumentLayout layout = DocumentLayout.of(cleaned.text(), loaded.headings());
		OccupationResolver.Resolution subject = resolver.resolveSubject(meta.title(), layout.headings(), cleaned.text());
		String fileName = documentId;
		DocumentInfo info = new DocumentInfo(documentId, fileName, meta.title(), meta.author(), meta.date(),
				meta.dateInferred(), meta.dateEvidence(), loaded.contentHash(), subject.socCode(), subject.evidence(),
				subject.confidence(), List.copyOf(cleaned.dropped()));
		SourceRef source = new SourceRef(documentId, meta.author(), meta.title(), null,
				meta.date() == null ? null : meta.date().getYear() + (meta.dateInferred() ? " (inferred)" : ""),
				SourceKind.ARTICLE, fileName, 0);
		ExtractionContext ctx = new ExtractionContext(layout, inheritedPeriod(meta), resolver);
		List<ClaimDraft> drafts = merge(collector.collect(ctx), layout);
		List<com.careerbrief.model.Claim> claims = new ArrayList<>();
		for (ClaimDraft d : drafts) {
			claims.add(d.build(documentId + "#" + (claims.size() + 1), documentId, subject.socCode(), source));
		}
		if (claims.isEmpty()) {
			ArticleScreen.checkLength(file, cleaned.text());
		}
		return new DocumentReadResult(new ReadDocument(info, cleaned.text()), new ExtractedDocument(info, claims));
	}

	private static Period inheritedPeriod(ArticleMetadata meta) {
		if (meta.date() == null) {
			return Period.none();
		}
		int y = meta.date().getYear();
		return new Period("none stated (document " + (meta.dateInferred() ? "c. " : "") + y + ")", y, y,
				PeriodKind.INHERITED);
	}

	/** Merges drafts saying the same thing, then lends a block's attribution to its unattributed figures. */
	private static List<ClaimDraft> merge(List<ClaimDraft> drafts, DocumentLayout layout) {
		Map<String, ClaimDraft> merged = new LinkedHashMap<>();
		for (ClaimDraft d : drafts) {
			merged.merge(d.mergeKey(), d, (a, b) -> {
				a.absorb(b);
				return a;
			});
		}
		List<ClaimDraft> result = new ArrayList<>(merged.values());
		for (ClaimDraft d : result) {
			if (d.figure && d.attribution == null) {
				d.attribution = result.stream().filter(o -> o.figure && o.attribution != null && sharesBlock(o, d, layout))
					.map(o -> o.attribution).findFirst().orElse(null);
			}
			d.quotes.sort(Comparator.comparingInt(com.careerbrief.model.Quote::start));
		}
		result.sort(Comparator.comparingInt(ClaimDraft::firstOffset));
		return result;
	}

	private static boolean sharesBlock(ClaimDraft a, ClaimDraft b, DocumentLayout layout) {
		return a.quotes.stream().anyMatch(qa -> b.quotes.stream()
			.anyMatch(qb -> layout.blockAt(qa.start()) == layout.blockAt(qb.start())));
	}
}
