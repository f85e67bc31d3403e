package com.careerbrief.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

/**
 * Reads career-article files (.txt, .md, .html, .pdf, .docx) from the documents folder into plain
 * text with their metadata and content hash; the first stage of document ingestion.
 */
public class DocumentFileReader {

	/** File extensions this reader accepts. */
	public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf", "docx");

	/** The readable documents in a folder, sorted by name so runs are deterministic. */
	public List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> EXTENSIONS.contains(extension(f))).sorted().toList();
		}
	}

	/** Reads one file; throws IllegalArgumentException for an extension it does not know. */
	public LoadedDocument read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String hash = sha256(bytes);
		return switch (extension(file)) {
			case "txt", "md" -> new LoadedDocument(file, plain(bytes), null, null, null, hash);
			case "html", "htm" -> html(file, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)), hash, null);
			case "pdf", "docx" -> tika(file, bytes, hash);
			default -> throw new IllegalArgumentException("not a document this reader knows: " + file);
		};
	}

	private static String plain(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
	}

	private static LoadedDocument html(Path file, Document doc, String hash, Metadata tikaMeta) {
		String title = blankToNull(doc.title());
		String author = meta(doc, "author");
		String date = firstNonNull(meta(doc, "article:published_time"), meta(doc, "date"),
				doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
		if (tikaMeta != null) {
			title = firstNonNull(blankToNull(tikaMeta.get(TikaCoreProperties.TITLE)), title);
			author = firstNonNull(blankToNull(tikaMeta.get(TikaCoreProperties.CREATOR)), author);
			date = firstNonNull(blankToNull(tikaMeta.get(TikaCoreProperties.CREATED)), date);
		}
		doc.select(String.join(",", HtmlBlockText.FURNITURE_TAGS)).remove();
		Element body = doc.body() == null ? doc : doc.body();
		return new LoadedDocument(file, HtmlBlockText.of(body), title, author, date, hash);
	}

	private static LoadedDocument tika(Path file, byte[] bytes, String hash) throws IOException {
		ToXMLContentHandler handler = new ToXMLContentHandler();
		Metadata metadata = new Metadata();
		try {
			new AutoDetectParser().parse(new ByteArrayInputStream(bytes), handler, metadata, new ParseContext());
		}
		catch (SAXException | TikaException ex) {
			throw new IOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		return html(file, Jsoup.parse(handler.toString()), hash, metadata);
	}

	private static String meta(Document doc, String name) {
		Element el = doc.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
		return el == null ? null : blankToNull(el.attr("content"));
	}

	@SafeVarargs
	private static <T> T firstNonNull(T... values) {
		for (T v : values) {
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing from the JVM", ex);
		}
	}
}
