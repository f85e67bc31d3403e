package com.careerbrief.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every entry below the input folder, each with what the run does with it: read as a table, read as a
 * document, or set aside with the reason. The only way the run lists its inputs, so that nothing
 * outside the input folder is ever read (a link is followed only when its target lies inside) and no
 * entry is passed over without a line in the accounting.
 */
public final class InputFolder {

	/** Where source articles live, relative to the input folder. */
	public static final String DOCUMENTS = "documents";

	/** What the run does with an entry. */
	public enum Use {
		/** read by the table readers */
		TABLE,
		/** read as a source article */
		DOCUMENT,
		/** deliberately not read (notes, hidden files): filtered, with the reason */
		NOT_READ,
		/** refused (a link leading outside, a dangling link, a device): rejected, with the reason */
		REFUSED
	}

	/**
	 * One entry below the input folder.
	 *
	 * @param path where to read it (inside the input folder; for a link, the link itself)
	 * @param name its path relative to the input folder, with '/' separators: its identity in every output
	 * @param use what the run does with it
	 * @param reason why it is not read, or null for a table or document
	 */
	public record Entry(Path path, String name, Use use, String reason) {

		/** Its path relative to the documents folder: a document's id. */
		public String documentName() {
			return name.startsWith(DOCUMENTS + "/") ? name.substring(DOCUMENTS.length() + 1) : name;
		}
	}

	static final String OUTSIDE = "link to a target outside the input folder: not followed, not read";

	static final String DANGLING = "dangling link: its target does not exist";

	private final List<Entry> entries;

	private InputFolder(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/** Lists the folder; a missing folder has no entries. */
	public static InputFolder scan(Path input) {
		if (!Files.isDirectory(input)) {
			return new InputFolder(List.of());
		}
		try {
			// Walked from its real path, so that an input folder reached through a link is still walked.
			Scanner scanner = new Scanner(input.toRealPath());
			Files.walkFileTree(scanner.root, scanner);
			scanner.found.sort(Comparator.comparing(Entry::name));
			return new InputFolder(scanner.found);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list input folder " + input, ex);
		}
	}

	public List<Entry> entries() {
		return entries;
	}

	public List<Entry> tables() {
		return of(Use.TABLE);
	}

	public List<Entry> documents() {
		return of(Use.DOCUMENT);
	}

	/** Entries not read, filtered or refused, each with its reason. */
	public List<Entry> setAside() {
		return entries.stream().filter(e -> e.use() == Use.NOT_READ || e.use() == Use.REFUSED).toList();
	}

	private List<Entry> of(Use use) {
		return entries.stream().filter(e -> e.use() == use).toList();
	}

	/** Walks without following links; each link is judged by where its target really is. */
	private static final class Scanner extends SimpleFileVisitor<Path> {

		final Path root;

		final List<Entry> found = new ArrayList<>();

		Scanner(Path root) {
			this.root = root;
		}

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
			if (!dir.equals(root) && hidden(dir)) {
				add(dir, Use.NOT_READ, "hidden folder: not read");
				return FileVisitResult.SKIP_SUBTREE;
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
			if (attrs.isSymbolicLink()) {
				link(file);
			}
			else if (attrs.isRegularFile()) {
				regular(file);
			}
			else {
				add(file, Use.REFUSED, "not a regular file (a device, pipe or socket): not read");
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException ex) {
			add(file, Use.REFUSED, "cannot be read (" + ex.getClass().getSimpleName() + ")");
			return FileVisitResult.CONTINUE;
		}

		private void link(Path link) {
			if (!Files.exists(link)) {
				add(link, Use.REFUSED, DANGLING);
				return;
			}
			Path target;
			try {
				target = link.toRealPath();
			}
			catch (IOException ex) {
				add(link, Use.REFUSED, "link whose target cannot be resolved (" + ex.getClass().getSimpleName() + ")");
				return;
			}
			if (!target.startsWith(root)) {
				add(link, Use.REFUSED, OUTSIDE);
			}
			else if (Files.isDirectory(target)) {
				add(link, Use.NOT_READ, "link to a folder inside the input folder: its files are read where they are");
			}
			else if (!Files.isRegularFile(target)) {
				add(link, Use.REFUSED, "link to something that is not a regular file: not read");
			}
			else {
				regular(link);
			}
		}

		private void regular(Path file) {
			String name = name(file);
			boolean document = name.startsWith(DOCUMENTS + "/");
			if (hidden(file)) {
				add(file, Use.NOT_READ, "hidden file: not read");
			}
			else if (document) {
				add(file, Use.DOCUMENT, null);
			}
			else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
				add(file, Use.NOT_READ, "Markdown notes (outside documents/): not a table, not read");
			}
			else {
				add(file, Use.TABLE, null);
			}
		}

		private void add(Path path, Use use, String reason) {
			found.add(new Entry(path, name(path), use, reason));
		}

		private String name(Path path) {
			return root.relativize(path).toString().replace('\\', '/');
		}

		private static boolean hidden(Path path) {
			return path.getFileName().toString().startsWith(".");
		}
	}

}
