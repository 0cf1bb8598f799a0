package org.sanctionsplatform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bank holidays read from a document in the GOV.UK {@code bank-holidays.json} format, so that an operator
 * can add a newly proclaimed bank holiday without a release (DESIGN §4):
 *
 * <pre>{@code
 * {"england-and-wales": {"division": "england-and-wales",
 *                        "events": [{"title": "...", "date": "2026-12-25", "notes": "", "bunting": true}]},
 *  "scotland": {...}, "northern-ireland": {...}}
 * }</pre>
 *
 * <p>The reader is strict, so that a typing mistake cannot silently leave a holiday out: the top level must
 * be an object whose members are division names (any may be omitted); each division needs a
 * {@code division} member equal to its name and an {@code events} array; each event needs a non-blank
 * {@code title} and a {@code date} in {@code yyyy-MM-dd}, may have a string {@code notes} and a boolean
 * {@code bunting}, and nothing else; a date may appear only once per division. Errors are
 * {@link BankHolidaysFormatException}s naming the file, the division, the event and the bad value.
 */
public final class GovUkBankHolidays {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DIVISION_MEMBERS = Set.of("division", "events");
    private static final Set<String> EVENT_MEMBERS = Set.of("title", "date", "notes", "bunting");
    private static final GovUkBankHolidays EMPTY = new GovUkBankHolidays("no extra bank holidays", Map.of());

    private final String source;
    private final Map<Division, List<BankHoliday>> byDivision;

    private GovUkBankHolidays(String source, Map<Division, List<BankHoliday>> byDivision) {
        this.source = source;
        this.byDivision = byDivision;
    }

    /** No extra bank holidays. */
    public static GovUkBankHolidays empty() {
        return EMPTY;
    }

    /**
     * Reads a UTF-8 {@code bank-holidays.json} file.
     *
     * @throws BankHolidaysFormatException naming the file if it is not in the GOV.UK format
     * @throws UncheckedIOException naming the file if it cannot be read
     */
    public static GovUkBankHolidays load(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bank holidays file " + file + ": " + e, e);
        }
        return parse(decodeUtf8(bytes, file.toString()), file.toString());
    }

    /**
     * Reads a UTF-8 {@code bank-holidays.json} document from a stream (not closed by this method).
     *
     * @param sourceName names the document in error messages, e.g. a classpath resource or URL
     */
    public static GovUkBankHolidays load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bank holidays from " + sourceName + ": " + e, e);
        }
        return parse(decodeUtf8(bytes, sourceName), sourceName);
    }

    /**
     * Parses a {@code bank-holidays.json} document held in a string.
     *
     * @param sourceName names the document in error messages
     */
    public static GovUkBankHolidays parse(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        Object document = JsonReader.parse(json, sourceName);
        if (!(document instanceof Map<?, ?> divisions)) {
            throw new BankHolidaysFormatException(sourceName,
                    "the top level must be an object keyed by division (" + Division.govUkNames()
                            + ") but is " + describe(document));
        }
        Map<Division, List<BankHoliday>> byDivision = new EnumMap<>(Division.class);
        for (Map.Entry<?, ?> entry : divisions.entrySet()) {
            String name = (String) entry.getKey();
            Division division;
            try {
                division = Division.fromGovUkName(name);
            } catch (IllegalArgumentException e) {
                throw new BankHolidaysFormatException(sourceName, e.getMessage());
            }
            byDivision.put(division, readDivision(sourceName, division, entry.getValue()));
        }
        return new GovUkBankHolidays(sourceName, Map.copyOf(byDivision));
    }

    private static List<BankHoliday> readDivision(String source, Division division, Object value) {
        String where = "division \"" + division.govUkName() + "\"";
        Map<?, ?> members = requireObject(source, where, value);
        rejectUnknownMembers(source, where, members, DIVISION_MEMBERS);
        Object declared = require(source, where, members, "division");
        if (!division.govUkName().equals(declared)) {
            throw new BankHolidaysFormatException(source, where + ": member \"division\" must be \""
                    + division.govUkName() + "\" but is " + describe(declared));
        }
        Object events = require(source, where, members, "events");
        if (!(events instanceof List<?> list)) {
            throw new BankHolidaysFormatException(source,
                    where + ": member \"events\" must be an array but is " + describe(events));
        }
        List<BankHoliday> holidays = new ArrayList<>(list.size());
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            BankHoliday holiday = readEvent(source, where + ", event #" + (i + 1), list.get(i));
            Integer earlier = seen.putIfAbsent(holiday.date(), i + 1);
            if (earlier != null) {
                throw new BankHolidaysFormatException(source, where + ", event #" + (i + 1) + ": date "
                        + holiday.date() + " is already listed as event #" + earlier);
            }
            holidays.add(holiday);
        }
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(holidays);
    }

    private static BankHoliday readEvent(String source, String where, Object value) {
        Map<?, ?> members = requireObject(source, where, value);
        rejectUnknownMembers(source, where, members, EVENT_MEMBERS);
        Object title = require(source, where, members, "title");
        if (!(title instanceof String text) || text.isBlank()) {
            throw new BankHolidaysFormatException(source,
                    where + ": member \"title\" must be a non-blank string but is " + describe(title));
        }
        String titled = where + " (\"" + text + "\")";
        Object date = require(source, titled, members, "date");
        if (!(date instanceof String iso) || !ISO_DATE.matcher(iso).matches()) {
            throw new BankHolidaysFormatException(source,
                    titled + ": date " + describe(date) + " is not in the form yyyy-MM-dd");
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(iso);
        } catch (DateTimeException e) {
            throw new BankHolidaysFormatException(source,
                    titled + ": date \"" + iso + "\" is not a valid calendar date");
        }
        if (members.containsKey("notes") && !(members.get("notes") instanceof String)) {
            throw new BankHolidaysFormatException(source,
                    titled + ": member \"notes\" must be a string but is " + describe(members.get("notes")));
        }
        if (members.containsKey("bunting") && !(members.get("bunting") instanceof Boolean)) {
            throw new BankHolidaysFormatException(source,
                    titled + ": member \"bunting\" must be true or false but is " + describe(members.get("bunting")));
        }
        return new BankHoliday(parsed, text, BankHoliday.Origin.OPERATOR_CONFIGURED);
    }

    private static Map<?, ?> requireObject(String source, String where, Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new BankHolidaysFormatException(source, where + ": must be an object but is " + describe(value));
    }

    private static Object require(String source, String where, Map<?, ?> members, String name) {
        if (!members.containsKey(name)) {
            throw new BankHolidaysFormatException(source, where + ": missing member \"" + name + "\"");
        }
        return members.get(name);
    }

    private static void rejectUnknownMembers(String source, String where, Map<?, ?> members, Set<String> allowed) {
        for (Object name : members.keySet()) {
            if (!allowed.contains(name)) {
                throw new BankHolidaysFormatException(source, where + ": unknown member \"" + name
                        + "\" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return String.valueOf(value);
    }

    private static String decodeUtf8(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BankHolidaysFormatException(source, "not valid UTF-8 text");
        }
    }

    /** The bank holidays listed for a division, by date; empty if the document omits the division. */
    public List<BankHoliday> holidays(Division division) {
        return byDivision.getOrDefault(Objects.requireNonNull(division, "division"), List.of());
    }

    /** The file path or description the holidays were read from. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "GovUkBankHolidays[" + source + "]";
    }
}
