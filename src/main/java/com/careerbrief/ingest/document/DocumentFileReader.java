package com.careerbrief.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

import com.careerbrief.ingest.table.TextFiles;

/**
 * Reads career-article files (.txt, .md, .html, .pdf, .docx) from the documents folder into plain
 * text with their metadata and content hash; the first stage of document ingestion.
 */
public class DocumentFileReader {

	/** File extensions this reader accepts. */
	public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf", "docx");

	/**
	 * Every non-hidden file in a folder, sorted by name so runs are deterministic; files of other
	 * formats are listed too, so that reading them reports them instead of skipping them silently.
	 */
	public List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
				.toList();
		}
	}

	/**
	 * Reads one file.
	 * @throws UnreadableDocumentException for an unknown format, an empty file, a corrupt PDF or DOCX,
	 *         or a file with no text, naming the file and the reason
	 */
	public LoadedDocument read(Path file) throws IOException {
		String ext = extension(file);
		if (!EXTENSIONS.contains(ext)) {
			throw new UnreadableDocumentException(file, "unknown format '" + (ext.isEmpty() ? "no extension" : "." + ext)
					+ "': expected one of .txt, .md, .html, .htm, .pdf, .docx", null);
		}
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length == 0) {
			throw new UnreadableDocumentException(file, "empty file (0 bytes)", null);
		}
		String mismatch = ContentType.mismatch(ext, bytes);
		if (mismatch != null) {
			throw new UnreadableDocumentException(file, mismatch, null);
		}
		if (ext.equals("docx") && !ContentType.zipComplete(bytes)) {
			throw new UnreadableDocumentException(file, "corrupt .docx: the file is cut short (the end of its zip"
					+ " archive is missing); save it again from the word processor", null);
		}
		String hash = sha256(bytes);
		LoadedDocument doc = switch (ext) {
			case "txt", "md" -> new LoadedDocument(file, plain(bytes), null, null, null, hash);
			case "html", "htm" -> html(file, Jsoup.parse(decode(bytes)), hash, null);
			case "pdf" -> PdfDocumentReader.read(file, bytes, hash);
			default -> tika(file, bytes, hash);
		};
		if (doc.text().isBlank()) {
			throw new UnreadableDocumentException(file, "no text in the file (a scanned image or an empty document?)",
					null);
		}
		return doc;
	}

	private static String plain(byte[] bytes) {
		String text = decode(bytes);
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * UTF-8, or UTF-16 when the bytes say so (a byte-order mark, or NUL in every other byte), or Windows-1252
	 * when they are not valid UTF-8 (Notepad's and Word's "ANSI": decoded as UTF-8, its curly quotes would
	 * become U+FFFD and the sentences around them lose their claims); no BOM.
	 */
	static String decode(byte[] bytes) {
		Charset utf16 = ContentType.utf16(bytes);
		String text;
		if (utf16 != null) {
			text = new String(bytes, utf16);
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException notUtf8) {
				text = new String(bytes, TextFiles.WINDOWS_1252);
			}
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
		HtmlBlockText rendered = HtmlBlockText.of(body);
		return new LoadedDocument(file, rendered.text(), title, author, date, hash, rendered.headings());
	}

	private static LoadedDocument tika(Path file, byte[] bytes, String hash) throws IOException {
		ToXMLContentHandler handler = new ToXMLContentHandler();
		Metadata metadata = new Metadata();
		try {
			new AutoDetectParser().parse(new ByteArrayInputStream(bytes), handler, metadata, new ParseContext());
		}
		catch (SAXException | TikaException | RuntimeException ex) {
			throw new UnreadableDocumentException(file, "corrupt or not a " + extension(file).toUpperCase(Locale.ROOT)
					+ " file: " + ex.getMessage(), ex);
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
