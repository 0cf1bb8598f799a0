package org.sanctionsplatform.assessment.application;

import java.util.Optional;
import org.sanctionsplatform.assessment.domain.CaseFile;

/** Where the inputs of each case are kept. */
public interface CaseFiles {

    Optional<CaseFile> find(String caseId);

    void save(CaseFile file);
}
