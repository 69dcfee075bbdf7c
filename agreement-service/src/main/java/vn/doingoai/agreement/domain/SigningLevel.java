package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SigningLevel", description = "In whose name the agreement is signed (Law 70/2020 Art. 2). Extensible; labels from GET /api/v1/reference/signing-levels.")
public enum SigningLevel {
    PEOPLES_COMMITTEE, PEOPLES_COUNCIL, DEPARTMENT
}
