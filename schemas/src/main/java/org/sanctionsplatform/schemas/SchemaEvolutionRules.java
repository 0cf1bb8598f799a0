package org.sanctionsplatform.schemas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * The rules a new version of a topic schema must keep so that nothing already written, and no reader
 * already deployed, breaks (DESIGN §2): the new schema reads every record an old one wrote; union
 * branches and enum symbols are only ever appended (never removed or reordered); every enum names a
 * default symbol so that an old reader survives a new symbol.
 */
public final class SchemaEvolutionRules {

    private SchemaEvolutionRules() {
    }

    /** What would break if {@code next} replaced {@code released}; empty when the change is safe. */
    public static List<String> violations(Schema released, Schema next) {
        List<String> problems = new ArrayList<>();
        SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(next, released);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            compatibility.getResult().getIncompatibilities().forEach(i -> problems.add(
                    "the new schema cannot read data written by the released one at " + i.getLocation()
                            + ": " + i.getMessage()));
        }
        compareAppendOnly(released, next, released.getFullName(), problems, new HashSet<>());
        enumsWithoutDefault(next, problems, new HashSet<>());
        return problems;
    }

    private static void compareAppendOnly(Schema old, Schema now, String path, List<String> problems, Set<String> seen) {
        if (old.getType() != now.getType()) {
            return; // a type change is reported by the compatibility check when it matters
        }
        switch (old.getType()) {
            case RECORD -> {
                if (!seen.add(old.getFullName())) {
                    return;
                }
                for (Schema.Field f : old.getFields()) {
                    Schema.Field nf = now.getField(f.name());
                    if (nf != null) {
                        compareAppendOnly(f.schema(), nf.schema(), path + "." + f.name(), problems, seen);
                    }
                }
            }
            case UNION -> {
                List<Schema> ob = old.getTypes();
                List<Schema> nb = now.getTypes();
                for (int i = 0; i < ob.size(); i++) {
                    if (i >= nb.size() || !branchName(ob.get(i)).equals(branchName(nb.get(i)))) {
                        problems.add("union at " + path + ": branch " + i + " was " + branchName(ob.get(i))
                                + "; union branches may only be appended at the end, never removed or reordered");
                        return;
                    }
                    compareAppendOnly(ob.get(i), nb.get(i), path + "[" + branchName(ob.get(i)) + "]", problems, seen);
                }
            }
            case ENUM -> {
                List<String> os = old.getEnumSymbols();
                List<String> ns = now.getEnumSymbols();
                if (ns.size() < os.size() || !ns.subList(0, os.size()).equals(os)) {
                    problems.add("enum " + old.getFullName() + " at " + path + ": symbols " + os + " became " + ns
                            + "; symbols may only be appended");
                }
            }
            case ARRAY -> compareAppendOnly(old.getElementType(), now.getElementType(), path + "[]", problems, seen);
            case MAP -> compareAppendOnly(old.getValueType(), now.getValueType(), path + "{}", problems, seen);
            default -> {
                // primitives and fixed: covered by the compatibility check
            }
        }
    }

    private static void enumsWithoutDefault(Schema s, List<String> problems, Set<String> seen) {
        switch (s.getType()) {
            case RECORD -> {
                if (seen.add(s.getFullName())) {
                    s.getFields().forEach(f -> enumsWithoutDefault(f.schema(), problems, seen));
                }
            }
            case UNION -> s.getTypes().forEach(t -> enumsWithoutDefault(t, problems, seen));
            case ARRAY -> enumsWithoutDefault(s.getElementType(), problems, seen);
            case MAP -> enumsWithoutDefault(s.getValueType(), problems, seen);
            case ENUM -> {
                if (seen.add(s.getFullName()) && s.getEnumDefault() == null) {
                    problems.add("enum " + s.getFullName() + " has no default symbol; old readers would fail on a new symbol");
                }
            }
            default -> {
            }
        }
    }

    private static String branchName(Schema s) {
        return s.getType() == Schema.Type.RECORD || s.getType() == Schema.Type.ENUM || s.getType() == Schema.Type.FIXED
                ? s.getFullName() : s.getType().getName();
    }
}
