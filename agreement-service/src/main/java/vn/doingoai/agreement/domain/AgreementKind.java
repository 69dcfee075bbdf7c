package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementKind", description = "Kind of international agreement. Extensible; labels from GET /api/v1/reference/agreement-kinds.")
public enum AgreementKind {
    FRIENDSHIP_COOPERATION, MEMORANDUM_OF_UNDERSTANDING, TWINNING, COOPERATION_PROGRAMME, OTHER
}
