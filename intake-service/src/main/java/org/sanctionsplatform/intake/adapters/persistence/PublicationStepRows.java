package org.sanctionsplatform.intake.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsplatform.intake.domain.MilestoneId;
import org.sanctionsplatform.intake.domain.PublicationStep;
import org.sanctionsplatform.intake.domain.PublicationStep.Scope;

/**
 * A {@link PublicationStep} as a row of {@code publication_step}: {@code step_kind} names the step, {@code choice}
 * holds a decision or a Disclosure's ground, {@code text} the amendment, the officer's text or the designated person,
 * {@code reason} a decision's reason or the reason not to identify the designated person.
 */
final class PublicationStepRows {

    private PublicationStepRows() {
    }

    /** {@code rowId} is the row's id for the steps that have none of their own (a decision or disclosure keeps its id). */
    static void bind(PreparedStatement st, String rowId, String caseId, int seq, PublicationStep step, Instant recordedAt)
            throws SQLException {
        String id = rowId;
        String kind;
        String choice = null;
        String reason = null;
        String coverage = null;
        String text = null;
        String actor = null;
        String notice = null;
        Boolean named = null;
        if (step instanceof PublicationStep.PublicationDecided d) {
            id = d.decisionId();
            kind = "DECIDED";
            choice = d.decision().name();
            reason = d.reason();
            coverage = d.coverage() == null ? null : d.coverage().name();
            text = d.amendment();
            actor = d.decidedBy();
        } else if (step instanceof PublicationStep.DisclosureIntended d) {
            id = d.disclosureId();
            kind = "DISCLOSURE_INTENDED";
            choice = d.ground().name();
            reason = d.designatedPersonWithheldReason();
            text = d.designatedPerson();
            notice = d.noticeMilestoneId() == null ? null : d.noticeMilestoneId().value();
            named = d.named();
        } else if (step instanceof PublicationStep.TextWritten t) {
            kind = "TEXT_WRITTEN";
            text = t.trueUnderstanding();
            actor = t.writtenBy();
        } else if (step instanceof PublicationStep.TextShared t) {
            kind = "TEXT_SHARED";
            actor = t.sharedBy();
        } else if (step instanceof PublicationStep.ReleaseAuthorised r) {
            kind = "RELEASE_AUTHORISED";
            actor = r.authorisedBy();
        } else {
            throw new IllegalArgumentException("unknown publication step " + step);
        }
        st.setString(1, id);
        st.setString(2, caseId);
        st.setInt(3, seq);
        st.setString(4, kind);
        st.setString(5, step.scope().name());
        text(st, 6, choice);
        text(st, 7, reason);
        text(st, 8, coverage);
        text(st, 9, text);
        text(st, 10, actor);
        text(st, 11, notice);
        st.setObject(12, step.on());
        if (named == null) {
            st.setNull(13, Types.BOOLEAN);
        } else {
            st.setBoolean(13, named);
        }
        st.setTimestamp(14, Timestamp.from(recordedAt));
    }

    /** A row of {@link CaseFileQuery#PUBLICATION_STEP}. */
    static PublicationStep read(ResultSet rs) throws SQLException {
        String id = rs.getString("t1");
        String kind = rs.getString("t2");
        Scope scope = Scope.valueOf(rs.getString("t3"));
        String choice = rs.getString("t4");
        String reason = rs.getString("t5");
        String coverage = rs.getString("t6");
        String text = rs.getString("t7");
        String actor = rs.getString("t8");
        String notice = rs.getString("t9");
        LocalDate on = rs.getObject("d1", LocalDate.class);
        return switch (kind) {
            case "DECIDED" -> new PublicationStep.PublicationDecided(id, scope,
                    PublicationStep.Decision.valueOf(choice), reason,
                    coverage == null ? null : PublicationStep.WithheldCoverage.valueOf(coverage), text, on, actor);
            case "DISCLOSURE_INTENDED" -> new PublicationStep.DisclosureIntended(id, rs.getBoolean("b1"),
                    PublicationStep.DisclosureGround.valueOf(choice), text, reason, on,
                    notice == null ? null : new MilestoneId(notice));
            case "TEXT_WRITTEN" -> new PublicationStep.TextWritten(scope, text, on, actor);
            case "TEXT_SHARED" -> new PublicationStep.TextShared(scope, on, actor);
            case "RELEASE_AUTHORISED" -> new PublicationStep.ReleaseAuthorised(scope, on, actor);
            default -> throw new IllegalStateException("unknown publication step kind " + kind);
        };
    }

    private static void text(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }
}
